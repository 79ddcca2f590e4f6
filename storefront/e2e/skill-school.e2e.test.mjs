// Browser test of the Skill School (the skill-school plugin): the platform publishes a paid course with
// two lessons (the first a free preview) and a free course (admin API); a new customer registers, finds
// the paid course in the catalogue (from the header, with the craft and price filters), opens the preview
// lesson, sees the second lesson locked, buys the course through the cart and checkout, opens the
// learning page, completes both lessons (the second brings the certificate code), finds the course with
// its certificate in My courses, and the public verification page shows their name; a code typed in small
// letters without dashes finds it too. The free course is joined in one tap.
//
//   STOREFRONT_URL=http://localhost:8010 BACKEND_URL=http://localhost:9000 node --test storefront/e2e/skill-school.e2e.test.mjs
//
// Needs a running storefront wired to a seeded Medusa backend (the admin login admin@dharavi.local /
// dharavi-admin, or SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD), and Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). It makes its own courses; it does not rely on demo Skill School data.
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { checkoutWithoutDelivery, clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
if (!BASE || !BACKEND) throw new Error("STOREFRONT_URL and BACKEND_URL are required")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 10 * 60_000
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function api(path, { method = "GET", body, token } = {}) {
  const res = await fetch(`${BACKEND}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await res.json().catch(() => ({}))
  return { status: res.status, data }
}

async function adminToken() {
  const { status, data } = await api("/auth/user/emailpass", {
    method: "POST",
    body: {
      email: process.env.SEED_ADMIN_EMAIL || "admin@dharavi.local",
      password: process.env.SEED_ADMIN_PASSWORD || "dharavi-admin",
    },
  })
  assert.equal(status, 200, `admin login: ${JSON.stringify(data)}`)
  return data.token
}

/** A published course with its lessons, through the plugin's admin routes. */
async function createCourse(token, course, lessons) {
  const created = await api("/admin/courses", { method: "POST", token, body: { status: "published", ...course } })
  assert.equal(created.status, 201, `course: ${JSON.stringify(created.data)}`)
  const ids = []
  for (const [i, lesson] of lessons.entries()) {
    const res = await api(`/admin/courses/${created.data.course.id}/lessons`, {
      method: "POST",
      token,
      body: { position: i, ...lesson },
    })
    assert.equal(res.status, 201, `lesson: ${JSON.stringify(res.data)}`)
    ids.push(res.data.lesson.id)
  }
  return { ...created.data.course, lessonIds: ids }
}

let browser
let paid
let free

before(async () => {
  browser = await launchChromium()
  const token = await adminToken()
  paid = await createCourse(
    token,
    {
      handle: `e2e-kolhapuri-${RUN}`,
      title: `Kolhapuri stitching ${RUN}`,
      title_i18n: { hi: `कोल्हापुरी सिलाई ${RUN}` },
      summary: "Hand-stitch a Kolhapuri sole the Dharavi way.",
      description: "Two short lessons.\n\nThe first is free to try.",
      teacher_type: "expert",
      teacher_name: "Ustad Salim Qureshi",
      languages: ["hi", "en"],
      level: "beginner",
      craft: "leather",
      prices: [{ currency_code: "inr", amount: 499 }],
    },
    [
      {
        title: "Tools of the trade",
        kind: "text",
        body: "An awl, waxed thread and a curved needle.\n\nKeep the awl sharp.",
        is_preview: true,
        duration_minutes: 5,
      },
      {
        title: "The saddle stitch",
        kind: "text",
        body: "Two needles, one thread: pass each needle through the same hole.",
        is_preview: false,
        duration_minutes: 12,
      },
    ]
  )
  free = await createCourse(
    token,
    {
      handle: `e2e-money-${RUN}`,
      title: `Keeping accounts ${RUN}`,
      teacher_type: "expert",
      teacher_name: "Asha Patil",
      languages: ["mr"],
      level: "beginner",
      craft: "finance",
      is_free: true,
    },
    [{ title: "A cash book", kind: "text", body: "Write every rupee in and out.", is_preview: false }]
  )
})

after(async () => {
  await browser?.close()
})

describe("skill school", () => {
  test(
    "preview, buy a course through checkout, learn both lessons, get a certificate anyone can verify",
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
      const page = await context.newPage()
      page.setDefaultTimeout(STEP_TIMEOUT)
      page.setDefaultNavigationTimeout(STEP_TIMEOUT)
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}skill-school-${name}.png`, fullPage: true })

      try {
        // 1. A new customer registers.
        const email = `e2e-school-${RUN}@example.com`
        await page.goto(`${BASE}/en/account/register`)
        await page.getByTestId("field-first_name").fill("Meher")
        await page.getByTestId("field-last_name").fill("Ansari")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)
        assert.equal(await text(page.getByTestId("account-email")), email)

        // 2. The catalogue from the header; the leather chip and "paid" find the course, "free" does not.
        await clickAndWaitForUrl(page, page.getByTestId("nav-courses"), /\/en\/courses$/)
        await clickAndWaitForUrl(page, page.getByTestId("craft-leather"), /craft=leather/)
        await page.getByTestId("filter-free").selectOption("paid")
        await clickAndWaitForUrl(page, page.getByTestId("filter-submit"), /free=paid/)
        const card = page.locator(`[data-testid="course-card"][data-handle="${paid.handle}"]`)
        await card.waitFor()
        assert.equal(await text(card.getByTestId("course-price-kind")), "Paid")
        await page.goto(`${BASE}/en/courses?craft=leather&free=free`)
        assert.equal(
          await page.locator(`[data-testid="course-card"][data-handle="${paid.handle}"]`).count(),
          0,
          "a paid course is not listed as free"
        )
        // In Hindi the title is the course's Hindi title.
        await page.goto(`${BASE}/hi/courses?craft=leather`)
        assert.equal(
          await text(
            page.locator(`[data-testid="course-card"][data-handle="${paid.handle}"]`).getByTestId("course-link")
          ),
          `कोल्हापुरी सिलाई ${RUN}`
        )
        await page.goto(`${BASE}/en/courses?craft=leather&free=paid`)
        await shot("1-catalogue")

        // 3. The course page: teacher, the price from its Medusa product, lessons with the preview badge.
        await clickAndWaitForUrl(
          page,
          page.locator(`[data-testid="course-card"][data-handle="${paid.handle}"]`).getByTestId("course-link"),
          new RegExp(`/en/courses/${paid.handle}$`)
        )
        assert.equal(await text(page.getByTestId("course-title")), `Kolhapuri stitching ${RUN}`)
        assert.match(await text(page.getByTestId("course-teacher")), /Ustad Salim Qureshi/)
        assert.equal(await text(page.getByTestId("course-price")), "₹499")
        const rows = page.getByTestId("lesson-row")
        assert.equal(await rows.count(), 2)
        assert.equal(await rows.nth(0).getAttribute("data-preview"), "1")
        assert.equal(await rows.nth(0).getByTestId("preview-badge").count(), 1)
        assert.equal(
          await rows.nth(1).getByTestId("lesson-link").count(),
          0,
          "the second lesson is locked before buying"
        )
        await shot("2-course")

        // 4. The preview lesson opens before buying; the second lesson's page asks to buy.
        await clickAndWaitForUrl(
          page,
          rows.nth(0).getByTestId("lesson-link"),
          new RegExp(`/learn/${paid.lessonIds[0]}$`)
        )
        assert.equal(await text(page.getByTestId("lesson-title")), "Tools of the trade")
        assert.match(await text(page.getByTestId("lesson-body")), /Keep the awl sharp/)
        await page.getByTestId("preview-cta").waitFor()
        assert.equal(await page.getByTestId("mark-done").count(), 0, "no progress before buying")
        await page.goto(`${BASE}/en/courses/${paid.handle}/learn/${paid.lessonIds[1]}`)
        assert.equal(await page.getByTestId("lesson-locked").getAttribute("data-reason"), "join")
        assert.equal(await page.getByTestId("lesson-body").count(), 0)
        await shot("3-preview")

        // 5. Add to cart: the course is a line with no quantity stepper to worry about; checkout without delivery.
        await page.goto(`${BASE}/en/courses/${paid.handle}`)
        await clickAndWaitForUrl(page, page.getByTestId("course-add-to-cart"), /\/en\/cart$/)
        const line = page.getByTestId("line-item").filter({ hasText: `Kolhapuri stitching ${RUN}` })
        await line.first().waitFor()
        assert.equal(await page.getByTestId("line-item").count(), 1)
        await shot("4-cart")

        await checkoutWithoutDelivery(page, {
          email,
          first_name: "Meher",
          last_name: "Ansari",
          address_1: "Lane 3, Kumbharwada",
        })
        await shot("5-order")

        // 6. The order enrols the customer (order.placed subscriber): the course page shows progress.
        await page.goto(`${BASE}/en/courses/${paid.handle}`)
        for (let i = 0; i < 15 && (await page.getByTestId("continue-learning").count()) === 0; i++) {
          await page.waitForTimeout(1000)
          await page.reload()
        }
        assert.equal(await page.getByTestId("course-progress").getAttribute("data-done"), "0")
        assert.equal(await page.getByTestId("course-progress").getAttribute("data-total"), "2")
        assert.equal(await page.getByTestId("course-add-to-cart").count(), 0, "nothing to buy once enrolled")

        // 7. Learn: "Start learning" opens the first lesson; "Mark as done" moves to the second, with a tick.
        await clickAndWaitForUrl(
          page,
          page.getByTestId("continue-learning"),
          new RegExp(`/learn/${paid.lessonIds[0]}$`)
        )
        await clickAndWaitForUrl(
          page,
          page.getByTestId("mark-done"),
          new RegExp(`/learn/${paid.lessonIds[1]}\\?done=lesson`)
        )
        assert.equal(await text(page.getByTestId("lesson-title")), "The saddle stitch")
        assert.match(await text(page.getByTestId("lesson-body")), /pass each needle through the same hole/)
        const sidebar = page.getByTestId("learn-lesson")
        assert.equal(await sidebar.nth(0).getAttribute("data-done"), "1")
        assert.equal(await sidebar.nth(1).getAttribute("data-done"), "0")
        await shot("6-lesson-two")

        // 8. The last lesson completes the course: the certificate code is shown.
        await clickAndWaitForUrl(page, page.getByTestId("mark-done"), /done=course/)
        await page.getByTestId("course-complete").waitFor()
        const code = await text(page.getByTestId("certificate-code"))
        assert.match(code, /^DHV-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
        assert.equal(await page.getByTestId("course-progress").getAttribute("data-done"), "2")
        await shot("7-certificate")

        // 9. My courses, from the account page: finished, with the code and a PDF download through the storefront.
        await page.goto(`${BASE}/en/account`)
        await clickAndWaitForUrl(page, page.getByTestId("my-courses-link"), /\/en\/account\/courses$/)
        const mine = page.locator(`[data-testid="my-course"][data-handle="${paid.handle}"]`)
        assert.equal(await mine.getAttribute("data-completed"), "1")
        assert.equal(await text(mine.getByTestId("certificate-code")), code)
        const href = await mine.getByTestId("certificate-download").getAttribute("href")
        assert.match(
          href,
          /^\/api\/enrolments\/[^/]+\/certificate/,
          "the PDF comes through the storefront, not the backend"
        )
        const pdf = await page.request.get(`${BASE}${href}`)
        assert.equal(pdf.status(), 200)
        assert.equal(pdf.headers()["content-type"], "application/pdf")
        assert.equal((await pdf.body()).subarray(0, 5).toString(), "%PDF-")
        await shot("8-my-courses")

        // 10. Anyone can check the certificate: a fresh browser (no login) sees the holder's name.
        const visitor = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
        try {
          const check = await visitor.newPage()
          check.setDefaultTimeout(STEP_TIMEOUT)
          await check.goto(`${BASE}/en/certificates/${code}`)
          await check.getByTestId("certificate-valid").waitFor()
          assert.equal(await text(check.getByTestId("certificate-holder")), "Meher Ansari")
          assert.equal(await text(check.getByTestId("certificate-course")), `Kolhapuri stitching ${RUN}`)
          await check.screenshot({ path: `${ARTIFACTS}skill-school-9-verify.png`, fullPage: true })
          // Typed on the form in small letters and without dashes.
          await check.goto(`${BASE}/en/certificates`)
          await check.getByTestId("verify-code").fill(code.toLowerCase().replace(/-/g, ""))
          await clickAndWaitForUrl(check, check.getByTestId("verify-submit"), new RegExp(`/en/certificates/${code}$`))
          assert.equal(await text(check.getByTestId("certificate-holder")), "Meher Ansari")
          // A code nobody holds.
          await check.goto(`${BASE}/en/certificates/DHV-2222-2222`)
          await check.getByTestId("certificate-invalid").waitFor()
        } finally {
          await visitor.close()
        }

        // 11. The free course: one tap, then its lesson opens.
        await page.goto(`${BASE}/en/courses/${free.handle}`)
        await clickAndWaitForUrl(page, page.getByTestId("join-free"), /joined=1/)
        await page.getByTestId("course-joined").waitFor()
        await clickAndWaitForUrl(
          page,
          page.getByTestId("continue-learning"),
          new RegExp(`/learn/${free.lessonIds[0]}$`)
        )
        assert.match(await text(page.getByTestId("lesson-body")), /Write every rupee/)
        await page.getByTestId("mark-done").waitFor()
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}skill-school-failure.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )
})
