// Browser test of Jobs+ (the jobs plugin): an employer (a business customer) creates an employer profile
// and posts a job, which waits for review; the platform approves it (admin API); a new karigar makes a
// profile with a photo, finds the job on the board with search and filters, applies in one tap and
// reports the post once; the employer shortlists; the karigar shares their contact and sees the
// employer's; the employer sees the karigar's phone and hires; the karigar sees "hired" and the address.
// A second karigar applied too: hiring them on the filled post is refused with the clear message.
// A second test: a demo maker (a seller member) posts from the shop's Jobs tab, is asked for the end date
// of a short job, sees the post waiting for review, and closes it.
//
//   STOREFRONT_URL=http://localhost:8010 BACKEND_URL=http://localhost:9000 MEDUSA_PUBLISHABLE_KEY=pk_... node --test storefront/e2e/jobs.e2e.test.mjs
//
// Needs a running storefront wired to a seeded Medusa backend (the admin login admin@dharavi.local /
// dharavi-admin, or SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD; the maker suresh@dharavi.local / dharavi-seller,
// or SEED_SELLER_EMAIL / SEED_SELLER_PASSWORD), and Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). It makes its own employer, post and karigars; it does not rely on demo jobs.
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
if (!BASE || !BACKEND || !PUBLISHABLE_KEY)
  throw new Error("STOREFRONT_URL, BACKEND_URL and MEDUSA_PUBLISHABLE_KEY are required")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 10 * 60_000
/** A 1×1 PNG: the karigar's photo. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

async function api(path, { method = "GET", body, token } = {}) {
  const res = await fetch(`${BACKEND}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(path.startsWith("/store") ? { "x-publishable-api-key": PUBLISHABLE_KEY } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
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

async function newPage(name) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  const shot = (step) => page.screenshot({ path: `${ARTIFACTS}jobs-${name}-${step}.png`, fullPage: true })
  return { context, page, shot }
}

async function register(page, first, last, tag) {
  const email = `e2e-jobs-${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  await page.goto(`${BASE}/en/account/register`)
  await page.getByTestId("field-first_name").fill(first)
  await page.getByTestId("field-last_name").fill(last)
  await page.getByTestId("field-email").fill(email)
  await page.getByTestId("field-password").fill("dharavi-e2e-secret")
  await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)
  assert.equal(await text(page.getByTestId("account-email")), email)
  return email
}

/** A karigar profile through the editor: leather cutting at `level`, Kumbharwada, ₹800 a day, free tomorrow. */
async function makeKarigarProfile(page, { phone, level, photo }) {
  await clickAndWaitForUrl(page, page.getByTestId("my-karigar-link"), /\/en\/account\/karigar$/)
  assert.equal(await text(page.getByTestId("karigar-title")), "Make your karigar profile")
  if (photo)
    await page.getByTestId("field-karigar-photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG })
  // The first group (leather) is open while nothing is chosen.
  await page.getByTestId("skill-leather_cutting").selectOption(level)
  await page.getByTestId("field-karigar-years").fill("8")
  await page.getByTestId("field-karigar-area").fill("Kumbharwada")
  await page.getByTestId("field-karigar-wage").fill("800")
  await page.getByTestId("field-karigar-tomorrow").check()
  await page.getByTestId("field-karigar-story").fill("Cutting wallets and belts since I was sixteen.")
  await page.getByTestId("field-karigar-phone").fill(phone)
  await clickAndWaitForUrl(page, page.getByTestId("karigar-save"), /saved=created/)
  assert.equal(await page.getByTestId("karigar-saved").getAttribute("data-saved"), "created")
}

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

describe("jobs", () => {
  test(
    "post a job, approve it, a karigar with a photo applies, shortlist, both share contact, hire, the karigar sees the address",
    { timeout: TEST_TIMEOUT },
    async () => {
      const employer = await newPage("employer")
      const karigar = await newPage("karigar")
      const late = await newPage("late")
      const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
      const title = `E2E leather cutter ${suffix}`
      const EMPLOYER_PHONE = "+91 98200 11111"
      const KARIGAR_PHONE = "+91 98200 22222"
      const ADDRESS = `Unit 7, Lane 3, Kumbharwada ${suffix}`
      let postId

      try {
        // 1. The employer, a business customer, registers and opens "Hire karigars" from the account page.
        const ep = employer.page
        await register(ep, "Farida", "Leatherworks", "employer")
        await clickAndWaitForUrl(ep, ep.getByTestId("my-employer-link"), /\/en\/account\/employer$/)
        await ep.getByTestId("employer-needs-profile").waitFor()
        assert.equal(await ep.getByTestId("new-job-post").count(), 0, "no posting before the employer profile exists")

        // 2. The employer profile.
        await ep.getByTestId("field-employer-name").fill(`Farida Leather Works ${suffix}`)
        await ep.getByTestId("field-employer-area").fill("Kumbharwada")
        await ep.getByTestId("field-employer-phone").fill(EMPLOYER_PHONE)
        await clickAndWaitForUrl(ep, ep.getByTestId("employer-save"), /saved=profile/)
        await ep.getByTestId("employer-saved").waitFor()
        await ep.getByTestId("no-employer-posts").waitFor()

        // 3. A job post: one opening for a skilled leather cutter, ₹900 a day, mornings, starting tomorrow.
        await clickAndWaitForUrl(ep, ep.getByTestId("new-job-post"), /\/en\/account\/employer\/new$/)
        await ep.getByTestId("field-post-title").fill(title)
        await ep.getByTestId("field-post-description").fill("Cutting wallet panels from chrome-tanned hides.")
        await ep.getByTestId("skill-leather_cutting").selectOption("skilled")
        await ep.getByTestId("post-type-daily").check()
        await ep.getByTestId("field-post-wage").fill("900")
        await ep.getByTestId("field-post-period").selectOption("day")
        await ep.getByTestId("post-shift-morning").check()
        await ep.getByTestId("field-post-area").fill("Kumbharwada")
        await ep.getByTestId("field-post-landmark").fill("Kala Killa")
        await ep.getByTestId("field-post-address").fill(ADDRESS)
        await ep.getByTestId("field-post-openings").fill("1")
        await employer.shot("1-post-form")
        await clickAndWaitForUrl(
          ep,
          ep.getByTestId("post-submit"),
          /\/en\/account\/employer\/posts\/[^/?]+\?saved=created/
        )
        postId = decodeURIComponent(/\/posts\/([^/?]+)/.exec(ep.url())[1])
        await ep.getByTestId("post-pending").waitFor()
        assert.equal(await ep.getByTestId("employer-post-status").getAttribute("data-status"), "pending")
        assert.equal(await ep.getByTestId("employer-post-saved").getAttribute("data-saved"), "created")
        // Nobody sees a post waiting for review.
        assert.equal((await api(`/store/jobs/posts/${postId}`)).status, 404)

        // 4. The platform approves it.
        const token = await adminToken()
        const moderated = await api(`/admin/jobs/posts/${postId}/moderate`, {
          method: "POST",
          token,
          body: { status: "live", note: "Checked by e2e" },
        })
        assert.equal(moderated.status, 200, `moderate: ${JSON.stringify(moderated.data)}`)
        await ep.reload()
        assert.equal(await ep.getByTestId("employer-post-status").getAttribute("data-status"), "live")
        await ep.getByTestId("no-applicants").waitFor()

        // 5. A karigar registers and makes a profile with a photo.
        const kp = karigar.page
        await register(kp, "Salim", "Qureshi", "karigar")
        await makeKarigarProfile(kp, { phone: KARIGAR_PHONE, level: "master", photo: true })
        const avatar = kp.locator(".photo-current img")
        await avatar.waitFor()
        assert.match((await avatar.getAttribute("src")) ?? "", /^https?:\/\/.+\.png$/)
        await karigar.shot("2-profile")
        // The public profile: photo, skills, no contact.
        await clickAndWaitForUrl(kp, kp.getByTestId("karigar-public-link"), /\/en\/karigars\/[^/]+$/)
        assert.equal(await text(kp.getByTestId("karigar-name")), "Salim Qureshi")
        assert.match(await text(kp.getByTestId("skill-tags")), /Leather cutting · Master/)
        assert.match(await text(kp.getByTestId("karigar-available")), /Tomorrow/)
        assert.ok(!(await kp.content()).includes("98200 22222"), "the public profile shows no phone")

        // 6. The board, from the header: search and filter find the job; the card shows wage, kind and place.
        await kp.goto(`${BASE}/en`)
        await clickAndWaitForUrl(kp, kp.getByTestId("nav-jobs"), /\/en\/jobs$/)
        await kp.getByTestId("jobs-title").waitFor()
        await kp.getByTestId("job-q").fill(suffix)
        await kp.locator("details.filter-box > summary").click()
        await kp.getByTestId("filter-skill").selectOption("leather_cutting")
        await kp.getByTestId("filter-type").selectOption("daily")
        await kp.getByTestId("filter-wage-min").fill("850")
        await clickAndWaitForUrl(kp, kp.getByTestId("filter-submit"), /\/en\/jobs\?.*skill=leather_cutting/)
        assert.equal(await kp.getByTestId("job-count").getAttribute("data-count"), "1")
        const card = kp.locator(`[data-testid="job-card"][data-post-id="${postId}"]`)
        await card.waitFor()
        assert.equal(await text(card.getByTestId("job-wage")), "₹900 a day")
        assert.match(await text(card), /Daily work/)
        assert.match(await text(card), /Kumbharwada · Kala Killa/)
        assert.match(await text(card.getByTestId("job-employer")), new RegExp(`Farida Leather Works ${suffix}`))
        // Wanting more than it pays finds nothing, with a way back.
        await kp.goto(`${BASE}/en/jobs?q=${suffix}&wage_min=1000`)
        await kp.getByTestId("jobs-empty").waitFor()
        await kp.getByTestId("jobs-clear").waitFor()
        await kp.goBack()
        await karigar.shot("3-board")

        // 7. The job page: details, a strong match, one tap to apply. The address stays hidden.
        await clickAndWaitForUrl(kp, card.getByTestId("job-link"), new RegExp(`/en/jobs/${postId}$`))
        assert.equal(await text(kp.getByTestId("job-title")), title)
        assert.equal(await text(kp.getByTestId("job-wage")), "₹900 a day")
        assert.match(await text(kp.getByTestId("job-shifts")), /Morning/)
        assert.match(await text(kp.getByTestId("job-where")), /Kumbharwada · Kala Killa/)
        assert.equal(await kp.getByTestId("job-openings").getAttribute("data-left"), "1")
        assert.equal(await kp.getByTestId("match-score").getAttribute("data-score"), "100")
        await kp.getByTestId("safety-note").waitFor()
        assert.ok(!(await kp.content()).includes(ADDRESS), "the address is not shown before hiring")
        await clickAndWaitForUrl(kp, kp.getByTestId("apply-button"), /applied=1/)
        await kp.getByTestId("apply-done").waitFor()
        assert.equal(await kp.getByTestId("my-application").getAttribute("data-status"), "applied")
        assert.equal(await kp.getByTestId("apply-button").count(), 0, "applied once: no second apply button")

        // 8. Report this post: "asks for money" (once).
        await kp.locator('[data-testid="report-section"] summary').click()
        await kp.getByTestId("report-asks_for_money").check()
        await clickAndWaitForUrl(kp, kp.getByTestId("report-submit"), /reported=1/)
        await kp.getByTestId("report-done").waitFor()
        await kp.locator('[data-testid="report-section"] summary').click()
        await kp.getByTestId("report-asks_for_money").check()
        await clickAndWaitForUrl(kp, kp.getByTestId("report-submit"), /error=already_reported/)
        assert.equal(await kp.getByTestId("report-error").getAttribute("data-error"), "already_reported")

        // 9. My applications: applied; contact not shared yet.
        await kp.goto(`${BASE}/en/account`)
        await clickAndWaitForUrl(kp, kp.getByTestId("my-applications-link"), /\/en\/account\/applications$/)
        const row = kp.locator(`[data-testid="application-row"][data-post-id="${postId}"]`)
        await row.waitFor()
        assert.equal(await text(row.getByTestId("application-title")), title)
        assert.equal(await row.getByTestId("application-status").getAttribute("data-status"), "applied")
        assert.equal(await row.getByTestId("share-box").getAttribute("data-shared"), "false")
        assert.equal(await row.getByTestId("employer-contact").count(), 0)

        // 9b. A second karigar (no photo) applies too.
        const lp = late.page
        await register(lp, "Imtiaz", "Ansari", "late")
        await makeKarigarProfile(lp, { phone: "+91 98200 33333", level: "skilled", photo: false })
        await lp.goto(`${BASE}/en/jobs/${postId}`)
        await clickAndWaitForUrl(lp, lp.getByTestId("apply-button"), /applied=1/)
        assert.equal(await lp.getByTestId("my-application").getAttribute("data-status"), "applied")

        // 10. The employer sees the applicant with the match score, and shortlists.
        await ep.reload()
        const applicant = ep.locator('[data-testid="applicant"]').filter({ hasText: "Salim Qureshi" })
        await applicant.waitFor()
        assert.equal(await applicant.getByTestId("applicant-status").getAttribute("data-status"), "applied")
        assert.equal(await applicant.getByTestId("match-score").getAttribute("data-score"), "100")
        assert.equal(await applicant.getByTestId("show-contact").count(), 0, "no contact before both agree")
        await ep.getByTestId("post-matches").waitFor()
        await clickAndWaitForUrl(ep, applicant.getByTestId("applicant-shortlist"), /saved=shortlisted/)
        assert.equal(await applicant.getByTestId("applicant-status").getAttribute("data-status"), "shortlisted")
        await applicant.getByTestId("contact-waiting").waitFor()
        await employer.shot("4-shortlisted")

        // 11. The karigar shares their contact, and sees the employer's.
        await kp.reload()
        assert.equal(await row.getByTestId("application-status").getAttribute("data-status"), "shortlisted")
        await clickAndWaitForUrl(kp, row.getByTestId("share-contact"), /saved=shared/)
        assert.equal(await row.getByTestId("share-box").getAttribute("data-shared"), "true")
        await row.getByTestId("employer-contact").getByTestId("show-contact").click()
        await row.getByTestId("contact-card").waitFor()
        assert.equal(await text(row.getByTestId("contact-phone")), EMPLOYER_PHONE)
        assert.equal(await text(row.getByTestId("contact-name")), `Farida Leather Works ${suffix}`)

        // 12. The employer sees the karigar's phone, and hires.
        await ep.reload()
        await applicant.getByTestId("show-contact").click()
        await applicant.getByTestId("contact-card").waitFor()
        assert.equal(await text(applicant.getByTestId("contact-phone")), KARIGAR_PHONE)
        await clickAndWaitForUrl(ep, applicant.getByTestId("applicant-hire"), /saved=hired/)
        assert.equal(await applicant.getByTestId("applicant-status").getAttribute("data-status"), "hired")
        assert.equal(await ep.getByTestId("employer-post-filled").getAttribute("data-filled"), "1")
        assert.equal(await ep.getByTestId("employer-post-status").getAttribute("data-status"), "filled")
        await employer.shot("5-hired")

        // 13. The karigar is hired and sees where to go.
        await kp.reload()
        assert.equal(await row.getByTestId("application-status").getAttribute("data-status"), "hired")
        assert.equal(await text(row.getByTestId("hired-address")), ADDRESS)
        assert.equal(await row.getByTestId("withdraw-application").count(), 0)
        await karigar.shot("6-hired")

        // 14. The post is full: the second applicant cannot be hired, and the page says why.
        const second = ep.locator('[data-testid="applicant"]').filter({ hasText: "Imtiaz Ansari" })
        await clickAndWaitForUrl(ep, second.getByTestId("applicant-hire"), /error=post_full/)
        assert.equal(await ep.getByTestId("employer-post-error").getAttribute("data-error"), "post_full")
        assert.match(await text(ep.getByTestId("employer-post-error")), /Every opening of this job is already filled/)
        assert.equal(await second.getByTestId("applicant-status").getAttribute("data-status"), "applied")
        assert.equal(await ep.getByTestId("employer-post-filled").getAttribute("data-filled"), "1")
        // The job's page says it is filled.
        await lp.goto(`${BASE}/en/jobs/${postId}`)
        assert.equal(await lp.getByTestId("job-status").getAttribute("data-status"), "filled")
        assert.equal(await lp.getByTestId("my-application").getAttribute("data-status"), "applied")
      } catch (error) {
        await Promise.all(
          [employer.shot("failure"), karigar.shot("failure"), late.shot("failure")].map((p) => p.catch(() => {}))
        )
        throw error
      } finally {
        await Promise.all([employer.context.close(), karigar.context.close(), late.context.close()])
      }
    }
  )

  test(
    "a seller member hires from the shop's Jobs tab: employer profile, a post waiting for review, closed again",
    { timeout: TEST_TIMEOUT },
    async () => {
      const seller = await newPage("seller")
      const sp = seller.page
      const title = `E2E bag stitcher ${Date.now().toString(36)}`
      try {
        // A demo maker signs in to the seller dashboard and opens the first shop's Jobs tab.
        await sp.goto(`${BASE}/en/sell/login`)
        await sp.getByTestId("field-email").fill(process.env.SEED_SELLER_EMAIL || "suresh@dharavi.local")
        await sp.getByTestId("field-password").fill(process.env.SEED_SELLER_PASSWORD || "dharavi-seller")
        await clickAndWaitForUrl(sp, sp.getByTestId("seller-login-submit"), /\/en\/sell\/dashboard/)
        if (!/\/sell\/dashboard\/[^/]+$/.test(new URL(sp.url()).pathname)) {
          await clickAndWaitForUrl(sp, sp.getByTestId("shop-row").first(), /\/en\/sell\/dashboard\/[^/]+$/)
        }
        await clickAndWaitForUrl(sp, sp.getByTestId("tab-jobs"), /\/en\/sell\/dashboard\/[^/]+\/jobs$/)
        assert.equal(await sp.getByTestId("tab-jobs").getAttribute("aria-current"), "page")
        // The shop's employer profile (created the first time, kept as it is after).
        if (await sp.getByTestId("employer-needs-profile").count()) {
          await sp.getByTestId("field-employer-name").fill("Suresh Leather Workshop")
          await sp.getByTestId("field-employer-area").fill("Dharavi Main Road")
          await sp.getByTestId("field-employer-phone").fill("+91 98200 44444")
          await clickAndWaitForUrl(sp, sp.getByTestId("employer-save"), /saved=profile/)
        }
        // A short job: it needs an end date, and waits for review.
        await clickAndWaitForUrl(sp, sp.getByTestId("new-job-post"), /\/jobs\/new$/)
        await sp.getByTestId("field-post-title").fill(title)
        await sp.getByTestId("skill-bag_making").selectOption("learner")
        await sp.getByTestId("post-type-short_term").check()
        await sp.getByTestId("field-post-wage").fill("18000")
        await sp.getByTestId("field-post-period").selectOption("month")
        await sp.getByTestId("field-post-area").fill("Dharavi Main Road")
        await sp.getByTestId("field-post-openings").fill("2")
        // Without an end date the form comes back with the field marked.
        await sp.evaluate(() => document.querySelector('[data-testid="post-form"]').setAttribute("novalidate", ""))
        await clickAndWaitForUrl(sp, sp.getByTestId("post-submit"), /error=fields&fields=ends_on/)
        assert.equal(await sp.getByTestId("post-error").getAttribute("data-error"), "fields")
        await sp.locator("#p-ends-error").waitFor()
        await sp.getByTestId("field-post-title").fill(title)
        await sp.getByTestId("skill-bag_making").selectOption("learner")
        await sp.getByTestId("post-type-short_term").check()
        await sp.getByTestId("field-post-wage").fill("18000")
        await sp.getByTestId("field-post-period").selectOption("month")
        await sp.getByTestId("field-post-area").fill("Dharavi Main Road")
        const ends = await sp.getByTestId("field-post-starts").inputValue()
        await sp.getByTestId("field-post-ends").fill(ends)
        await clickAndWaitForUrl(sp, sp.getByTestId("post-submit"), /\/jobs\/posts\/[^/?]+\?saved=created/)
        await sp.getByTestId("post-pending").waitFor()
        assert.equal(await text(sp.getByTestId("employer-post-title")), title)
        assert.equal(await sp.getByTestId("employer-post-status").getAttribute("data-status"), "pending")
        await seller.shot("1-pending")
        // The post is listed on the tab, then closed (the demo board stays as it was).
        await clickAndWaitForUrl(sp, sp.getByTestId("employer-back"), /\/jobs$/)
        const listed = sp.locator('[data-testid="employer-post"]').filter({ hasText: title })
        assert.equal(await listed.getAttribute("data-status"), "pending")
        await clickAndWaitForUrl(sp, listed, /\/jobs\/posts\/[^/?]+$/)
        await clickAndWaitForUrl(sp, sp.getByTestId("close-post"), /saved=closed/)
        assert.equal(await sp.getByTestId("employer-post-status").getAttribute("data-status"), "closed")
      } catch (error) {
        await seller.shot("failure").catch(() => {})
        throw error
      } finally {
        await seller.context.close()
      }
    }
  )
})
