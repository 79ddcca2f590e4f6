// Browser test: backend failures are shown as what they are (Trust, #15). It starts its own copy of
// the storefront's production build (`next start`) wired to a small HTTP server standing in for the
// backend, whose answers each step sets; so it needs `next build` first, but no database or Medusa.
//
//   (cd storefront && npx next build) && node --test storefront/e2e/backend-failures.e2e.test.mjs
//
// A tool-house answered 503, or stalled past the time limit, shows "We can't reach the workshop right
// now" with Try again (not the 404 page), and Try again shows the page once the backend answers; a
// tool-house the backend says does not exist shows "Page not found"; a seller sign-in answered 503
// says unavailable and one answered 429 says to wait 3 minutes, never "wrong email or password".
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import { createServer } from "node:http"
import { createRequire } from "node:module"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { launchChromium } from "./browser.mjs"

const STOREFRONT_DIR = fileURLToPath(new URL("..", import.meta.url))
const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })
const built = existsSync(`${STOREFRONT_DIR}.next/BUILD_ID`)

/** What the backend double answers next: (req) => [status, body, headers] or null to never answer. */
let answer = () => [503, { message: "Service Unavailable" }]
let backend
let storefront
let base = ""
let browser

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)))
}

async function freePort() {
  const s = createServer()
  const port = await listen(s)
  await new Promise((resolve) => s.close(resolve))
  return port
}

async function waitForHttp(url, timeout = 60_000) {
  const until = Date.now() + timeout
  while (Date.now() < until) {
    try {
      await fetch(url, { redirect: "manual" })
      return
    } catch {
      await new Promise((r) => setTimeout(r, 300))
    }
  }
  throw new Error(`${url} did not answer within ${timeout} ms`)
}

before(async () => {
  if (!built) return
  backend = createServer((req, res) => {
    const reply = answer(req)
    if (!reply) return // a stalled backend: never answers
    const [status, body, headers = {}] = reply
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(JSON.stringify(body))
  })
  const backendPort = await listen(backend)
  const port = await freePort()
  const nextBin = createRequire(`${STOREFRONT_DIR}package.json`).resolve("next/dist/bin/next")
  storefront = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: STOREFRONT_DIR,
    env: {
      ...process.env,
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${backendPort}`,
      BACKEND_TIMEOUT_MS: "1500",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  })
  base = `http://127.0.0.1:${port}`
  await waitForHttp(`${base}/en`)
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
  if (storefront?.pid) {
    try {
      process.kill(-storefront.pid, "SIGTERM")
    } catch {
      // already gone
    }
  }
  backend?.closeAllConnections?.()
  await new Promise((resolve) => (backend ? backend.close(resolve) : resolve()))
})

const TOOL_HOUSE = {
  id: "th_double",
  handle: "kala-killa-tool-house",
  name: "Kala Killa Tool-House",
  timezone: "Asia/Kolkata",
  units: [],
  opening_hours: [],
}

describe(
  "backend failures",
  { skip: built ? false : "no production build of the storefront (run `next build` in storefront/ first)" },
  () => {
    test(
      "a tool-house page during a backend failure says unavailable with a retry; a missing one says not found",
      { timeout: 120_000 },
      async () => {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
        page.setDefaultTimeout(30_000)
        try {
          // 503 from the backend: the error state, not the 404 page.
          answer = () => [503, { message: "Service Unavailable" }]
          const res = await page.goto(`${base}/en/tool-houses/kala-killa-tool-house`)
          assert.equal(res.status(), 500)
          const state = page.getByTestId("error-state")
          await state.waitFor()
          assert.equal(await state.getAttribute("data-kind"), "unavailable")
          assert.match(await state.innerText(), /We can't reach the workshop right now/)
          assert.equal(await page.getByTestId("not-found").count(), 0)
          await page.screenshot({ path: `${ARTIFACTS}failures-unavailable.png`, fullPage: true })

          // Try again once the backend answers: the tool-house itself.
          answer = (req) =>
            req.url?.startsWith("/store/tool-houses/kala-killa-tool-house")
              ? [200, { tool_house: TOOL_HOUSE }]
              : [503, { message: "down" }]
          await page.getByTestId("error-retry").click()
          await page.getByTestId("tool-house-name").waitFor()
          assert.equal(await page.getByTestId("tool-house-name").innerText(), "Kala Killa Tool-House")

          // A stall past the time limit, in Marathi: unavailable too.
          answer = () => null
          await page.goto(`${base}/mr/tool-houses/kala-killa-tool-house`)
          await state.waitFor()
          assert.equal(await state.getAttribute("data-kind"), "unavailable")
          assert.match(await state.innerText(), /सध्या आम्ही वर्कशॉपपर्यंत पोहोचू शकत नाही/)

          // A tool-house the backend says does not exist: the 404 page.
          answer = () => [404, { type: "not_found", message: "Tool-house nowhere was not found" }]
          const missing = await page.goto(`${base}/en/tool-houses/nowhere`)
          assert.equal(missing.status(), 404)
          await page.getByTestId("not-found").waitFor()
          assert.equal(await page.getByTestId("error-state").count(), 0)
        } catch (error) {
          await page.screenshot({ path: `${ARTIFACTS}failures-failure.png`, fullPage: true }).catch(() => {})
          throw error
        } finally {
          await page.close()
        }
      }
    )

    test(
      "a seller sign-in answered 503 or 429 does not say wrong email or password",
      { timeout: 120_000 },
      async () => {
        const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
        page.setDefaultTimeout(30_000)
        const signIn = async (locale) => {
          await page.goto(`${base}/${locale}/sell/login`)
          await page.getByTestId("field-email").fill("imran@dharavi.local")
          await page.getByTestId("field-password").fill("dharavi-seller")
          await page.getByTestId("seller-login-submit").click()
          await page.waitForURL(/[?&]error=/)
          return page.getByTestId("auth-error")
        }
        try {
          answer = () => [503, { message: "Service Unavailable" }]
          let notice = await signIn("en")
          assert.equal(await notice.getAttribute("data-error"), "unavailable")
          assert.match(await notice.innerText(), /We can't reach the workshop right now/)
          assert.doesNotMatch(await notice.innerText(), /email or password/i)

          answer = (req) =>
            req.url === "/auth/seller/emailpass"
              ? [
                  429,
                  {
                    type: "too_many_requests",
                    code: "too_many_attempts",
                    message: "Too many sign-in attempts",
                    details: { retry_after: 170 },
                  },
                  { "retry-after": "170" },
                ]
              : [503, { message: "down" }]
          notice = await signIn("en")
          assert.equal(await notice.getAttribute("data-error"), "rate_limited")
          assert.match(await notice.innerText(), /wait 3 minutes/)
          assert.doesNotMatch(await notice.innerText(), /email or password/i)
          await page.screenshot({ path: `${ARTIFACTS}failures-seller-throttled.png`, fullPage: true })

          // A wrong password is still said as such.
          answer = () => [401, { type: "unauthorized", message: "Invalid email or password" }]
          notice = await signIn("en")
          assert.match(await notice.innerText(), /The email or password is not right/)
        } catch (error) {
          await page.screenshot({ path: `${ARTIFACTS}failures-failure.png`, fullPage: true }).catch(() => {})
          throw error
        } finally {
          await page.close()
        }
      }
    )
  }
)
