// Browser test of uploads (the Trust issue's stored XSS): an HTML page, an SVG with script and a
// polyglot JPEG (a real JPEG with a page after its end) go through every upload route — a pending
// seller's product photos, a karigar's photos, an admin's lesson files and Medusa's own
// POST /admin/uploads — and every resulting URL (or the one a refused file would have had) is opened
// in Chromium on the backend's origin with an admin session present. No script may run: the payload
// would retitle the page, log and fetch /admin/users/me, which this watches for.
//
//   BACKEND_URL=http://localhost:9000 MEDUSA_PUBLISHABLE_KEY=pk_... STOREFRONT_URL=... node --test plugins/marketplace/e2e/uploads.e2e.test.mjs
//
// Needs a seeded backend (admin admin@dharavi.local / dharavi-admin, or SEED_ADMIN_EMAIL /
// SEED_ADMIN_PASSWORD) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { SCRIPT, fakeJpeg, html, polyglotJpeg, svg } from "@dharavi/uploads/test-files"
import { launchChromium } from "../../../storefront/e2e/browser.mjs"

const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
if (!BACKEND || !PUBLISHABLE_KEY) throw new Error("BACKEND_URL and MEDUSA_PUBLISHABLE_KEY are required")
const TEST_TIMEOUT = 5 * 60_000
const RUN = Date.now().toString(36)

async function api(path, { method = "GET", body, token, form } = {}) {
  const headers = {
    ...(path.startsWith("/store") ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(form ? {} : { "content-type": "application/json" }),
  }
  const res = await fetch(`${BACKEND}${path}`, {
    method,
    headers,
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const data = await res.json().catch(() => ({}))
  return { status: res.status, data }
}

async function login(actor, email, password) {
  const { status, data } = await api(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
  assert.equal(status, 200, `${actor} login ${email}: ${JSON.stringify(data)}`)
  return data.token
}

/** Registers an identity and its actor; returns a token that carries the actor. */
async function signUp(actor, email, create) {
  const password = "upload-test-pass-1"
  const { data: reg } = await api(`/auth/${actor}/emailpass/register`, { method: "POST", body: { email, password } })
  assert.ok(reg.token, `register ${email}: ${JSON.stringify(reg)}`)
  await create(reg.token)
  return login(actor, email, password)
}

const photos = (files) => {
  const form = new FormData()
  for (const [name, type, bytes] of files) form.append("files", new Blob([bytes], { type }), name)
  return form
}

describe("uploads never run script on the backend's origin", { timeout: TEST_TIMEOUT }, () => {
  let browser, context, page
  let adminToken
  const hostile = {}
  /** [route, file, URL to open, what the upload answered]. */
  const targets = []
  /** Signs of a script having run. */
  const signs = []

  before(async () => {
    hostile.html = html()
    hostile.svg = svg()
    hostile.fake = fakeJpeg()
    hostile.polyglot = await polyglotJpeg()
    adminToken = await login(
      "user",
      process.env.SEED_ADMIN_EMAIL ?? "admin@dharavi.local",
      process.env.SEED_ADMIN_PASSWORD ?? "dharavi-admin"
    )

    browser = await launchChromium()
    context = await browser.newContext({ acceptDownloads: true })
    page = await context.newPage()
    page.on("console", (m) => m.text().includes("XSS") && signs.push(`console: ${m.text()}`))
    page.on("request", (r) => r.url().includes("/admin/users/me") && signs.push(`request: ${r.url()}`))
    page.on("download", (d) => d.cancel().catch(() => undefined))
    // The admin's session cookie on the backend's origin: what an upload's script would ride on.
    // `medusa start` sets it Secure, only over https: the request says it came through a TLS proxy
    // (Medusa trusts one), and the cookie is put into the browser for the test's plain http.
    const session = await fetch(`${BACKEND}/auth/session`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "x-forwarded-proto": "https" },
    })
    const cookie = /^([^=;]+)=([^;]*)/.exec(session.headers.get("set-cookie") ?? "")
    assert.ok(cookie, `an admin session cookie (${session.status})`)
    await context.addCookies([{ name: cookie[1], value: cookie[2], url: BACKEND }])
    await page.goto(`${BACKEND}/health`)
    const me = await page.evaluate(async () => (await fetch("/admin/users/me", { credentials: "include" })).status)
    assert.equal(me, 200, "the browser holds an admin session on the backend's origin")
    // The watch works: the payload itself, run on this origin, is seen (title, request and log).
    signs.length = 0
    await page.evaluate(SCRIPT)
    await page.waitForTimeout(500)
    assert.equal(await page.title(), "XSS-RAN")
    assert.ok(
      signs.some((s) => s.startsWith("request:")) && signs.some((s) => s.startsWith("console: XSS-READ")),
      signs.join(" | ")
    )
    signs.length = 0
  })

  after(async () => {
    await browser?.close()
  })

  test("a pending seller's product photos", async () => {
    const handle = `xss-${RUN}`
    const token = await signUp("seller", `xss-seller-${RUN}@dharavi.test`, async (t) => {
      await api("/vendors/users", { method: "POST", token: t, body: { name: "XSS Tester" } })
    })
    const { status, data } = await api("/vendors/sellers", {
      method: "POST",
      token,
      body: {
        handle,
        name: "XSS workshop",
        crafts: ["leather"],
        area: "Kumbharwada",
        contact: { phone: "+91 98200 00000", email: `${handle}@example.in` },
      },
    })
    assert.ok([200, 201].includes(status), JSON.stringify(data))
    assert.equal(data.seller.status, "pending")
    for (const [file, name, type] of [
      ["html", "evil.html", "image/jpeg"],
      ["svg", "evil.svg", "image/png"],
      ["fake", "fake.jpg", "image/jpeg"],
      ["polyglot", "poly.jpg", "image/jpeg"],
    ]) {
      const res = await api(`/vendors/sellers/${data.seller.id}/uploads`, {
        method: "POST",
        token,
        form: photos([[name, type, hostile[file]]]),
      })
      // Refused files: the URL they would have had before (the client's name kept).
      const url =
        res.status === 201 ? res.data.files[0].url : `${BACKEND}/static/sellers/${handle}/${Date.now()}-${name}`
      targets.push(["vendor uploads", file, url, res.status])
      if (file !== "polyglot")
        assert.deepEqual(
          [res.status, res.data.code],
          [400, "upload_type_not_allowed"],
          `${file}: ${JSON.stringify(res.data)}`
        )
      else assert.equal(res.status, 201)
    }
  })

  test("a karigar's photos", async () => {
    const token = await signUp("customer", `xss-karigar-${RUN}@dharavi.test`, async (t) => {
      await api("/store/customers", {
        method: "POST",
        token: t,
        body: { first_name: "Xss", last_name: "Karigar", email: `xss-karigar-${RUN}@dharavi.test` },
      })
    })
    const profile = await api("/store/jobs/profile", {
      method: "POST",
      token,
      body: {
        name: "Xss Karigar",
        area: "Kumbharwada",
        skills: [{ trade: "leather_cutting", level: "skilled" }],
        years_experience: 2,
        languages: ["hi"],
        expected_wage: 500,
        wage_period: "day",
        available_tomorrow: true,
        phone: "+91 98200 11111",
      },
    })
    assert.ok([200, 201].includes(profile.status), JSON.stringify(profile.data))
    for (const [file, name, type] of [
      ["html", "evil.html", "image/png"],
      ["svg", "evil.svg", "image/png"],
      ["fake", "fake.jpg", "image/jpeg"],
      ["polyglot", "poly.jpg", "image/jpeg"],
    ]) {
      const res = await api("/store/jobs/profile/photos", {
        method: "POST",
        token,
        form: photos([[name, type, hostile[file]]]),
      })
      const url =
        res.status === 201 ? res.data.photos[0].url : `${BACKEND}/static/karigars/${name.replace(/\.[^.]*$/, "")}.png`
      targets.push(["karigar photos", file, url, res.status])
      if (file !== "polyglot")
        assert.deepEqual(
          [res.status, res.data.code],
          [400, "upload_type_not_allowed"],
          `${file}: ${JSON.stringify(res.data)}`
        )
      else assert.equal(res.status, 201)
    }
  })

  test("an admin's lesson files", async () => {
    const { data: created } = await api("/admin/courses", {
      method: "POST",
      token: adminToken,
      body: {
        handle: `xss-course-${RUN}`,
        title: "Upload safety",
        teacher_name: "Platform",
        languages: ["en"],
        craft: "machines",
        status: "published",
        is_free: true,
      },
    })
    assert.ok(created.course, JSON.stringify(created))
    const { data: lesson } = await api(`/admin/courses/${created.course.id}/lessons`, {
      method: "POST",
      token: adminToken,
      body: { title: "Sheets", kind: "file", is_preview: true },
    })
    for (const [file, name, type] of [
      ["html", "sheet.html", "application/pdf"],
      ["svg", "diagram.svg", "image/png"],
      ["fake", "photo.jpg", "image/jpeg"],
      ["polyglot", "photo.jpg", "image/jpeg"],
    ]) {
      const res = await api(`/admin/courses/${created.course.id}/lessons/${lesson.lesson.id}/files`, {
        method: "POST",
        token: adminToken,
        body: { filename: name, mime_type: type, content_base64: hostile[file].toString("base64") },
      })
      const index = res.status === 201 ? res.data.lesson.files.length - 1 : 9
      targets.push([
        "lesson files",
        file,
        `${BACKEND}/store/courses/${created.course.id}/lessons/${lesson.lesson.id}/files/${index}`,
        res.status,
      ])
      if (file !== "polyglot")
        assert.deepEqual(
          [res.status, res.data.code],
          [400, "upload_type_not_allowed"],
          `${file}: ${JSON.stringify(res.data)}`
        )
      else assert.equal(res.status, 201)
    }
  })

  test("Medusa's POST /admin/uploads (the admin may upload anything)", async () => {
    for (const [file, name, type] of [
      ["html", "evil.html", "text/html"],
      ["svg", "evil.svg", "image/svg+xml"],
      ["fake", "fake.jpg", "image/jpeg"],
      ["polyglot", "poly.jpg", "image/jpeg"],
    ]) {
      const res = await api("/admin/uploads", {
        method: "POST",
        token: adminToken,
        form: photos([[name, type, hostile[file]]]),
      })
      assert.equal(res.status, 200, JSON.stringify(res.data))
      targets.push(["admin uploads", file, res.data.files[0].url, res.status])
    }
  })

  test("opening every upload in Chromium with the admin's session runs no script", async () => {
    assert.equal(targets.length, 16)
    // The lesson download needs the publishable key, as the storefront's proxy sends it.
    await page.setExtraHTTPHeaders({ "x-publishable-api-key": PUBLISHABLE_KEY })
    const seen = []
    for (const [route, file, url] of targets) {
      assert.ok(url.startsWith(BACKEND), `${route} ${file}: served from the backend's origin (${url})`)
      const before = signs.length
      let status = "download"
      try {
        const res = await page.goto(url, { waitUntil: "load", timeout: 30_000 })
        status = res?.status() ?? "none"
        const headers = res ? await res.allHeaders() : {}
        if (res?.ok()) {
          assert.equal(headers["x-content-type-options"], "nosniff", `${route} ${file}: nosniff`)
          assert.match(headers["content-security-policy"] ?? "", /default-src 'none'.*sandbox/, `${route} ${file}: CSP`)
        }
      } catch (error) {
        // An attachment: Chromium downloads it instead of opening a page ("Download is starting").
        if (!/Download is starting|net::ERR_ABORTED/.test(String(error))) throw error
      }
      await page.waitForTimeout(300)
      const title = await page.title().catch(() => "")
      assert.notEqual(title, "XSS-RAN", `${route} ${file}: the page's script ran`)
      assert.deepEqual(signs.slice(before), [], `${route} ${file}: script ran (${url})`)
      seen.push(`${route}/${file}:${status}`)
      await page.goto(`${BACKEND}/health`)
    }
    // Pages and SVG from /admin/uploads are downloads, never pages; the polyglots are plain images.
    assert.ok(seen.includes("admin uploads/html:download"), seen.join(" "))
    assert.ok(seen.includes("admin uploads/svg:download"), seen.join(" "))
    assert.ok(seen.includes("vendor uploads/polyglot:200"), seen.join(" "))
    assert.ok(seen.includes("karigar photos/polyglot:200"), seen.join(" "))
    assert.deepEqual(signs, [])
  })
})
