// Browser test of group buys (the commons plugin): a new customer pledges to a pool with flex, sees
// the progress move and the pledge under My pledges, changes it, withdraws a pledge to another pool,
// and after the first pool closes and is settled sees the outcome, the price breakdown (flex filled
// the last case and reached a better tier) and the order.
//
//   STOREFRONT_URL=http://localhost:8010 BACKEND_URL=http://localhost:9000 node --test storefront/e2e/commons.e2e.test.mjs
//
// Needs a running storefront wired to a seeded Medusa backend (the admin login admin@dharavi.local /
// dharavi-admin, or SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD), and Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). The test opens its own pool through the admin API, closing a little later, and
// settles it through POST /admin/pools/:id/settle once it has closed.
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
if (!BASE || !BACKEND) throw new Error("STOREFRONT_URL and BACKEND_URL are required")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 8 * 60_000
/** The pool closes this long after it is opened: long enough to pledge and change, short enough to wait for. */
const OPEN_FOR_MS = 120_000

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

/**
 * A pool of goat hides in cases of 10: ₹400 each, ₹350 from 20; minimum 10; ₹900 freight + ₹100
 * handling. Its raw material is a product of its own without stock tracking (settlement creates an
 * order per pledger, which a variant short of stock would refuse), like the seed's raw materials.
 */
async function openPool(token, handle, openForMs = OPEN_FOR_MS) {
  const made = await api("/admin/products", {
    method: "POST",
    token,
    body: {
      title: `E2E goat hide ${handle}`,
      handle: `${handle}-hide`,
      status: "published",
      options: [{ title: "Grade", values: ["A"] }],
      variants: [
        {
          title: "Grade A",
          options: { Grade: "A" },
          manage_inventory: false,
          prices: [{ currency_code: "inr", amount: 450 }],
        },
      ],
    },
  })
  assert.equal(made.status, 200, `create product: ${JSON.stringify(made.data)}`)
  const product = made.data.product
  const now = Date.now()
  const closesAt = new Date(now + openForMs)
  const created = await api("/admin/pools", {
    method: "POST",
    token,
    body: {
      handle,
      title: "E2E goat hides, tanned",
      description: { en: "Chrome-tanned goat hides, grade A, bought together." },
      product_id: product.id,
      variant_id: product.variants[0].id,
      unit: "hide",
      case_size: 10,
      tiers: [
        { min_quantity: 0, unit_price: 400 },
        { min_quantity: 20, unit_price: 350 },
      ],
      min_quantity: 10,
      max_quantity: 100,
      opens_at: new Date(now - 60_000).toISOString(),
      closes_at: closesAt.toISOString(),
      pickup_point: "Dharavi Commons Warehouse, 90 Feet Road",
      freight_cost: 900,
      handling_cost: 100,
    },
  })
  assert.equal(created.status, 201, `create pool: ${JSON.stringify(created.data)}`)
  const opened = await api(`/admin/pools/${created.data.pool.id}/open`, { method: "POST", token, body: {} })
  assert.equal(opened.status, 200, `open pool: ${JSON.stringify(opened.data)}`)
  return { id: created.data.pool.id, closesAt }
}

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

describe("commons", () => {
  test(
    "pledge with flex, see the progress, change it, withdraw another, and after settlement see the outcome and breakdown",
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
      const page = await context.newPage()
      page.setDefaultTimeout(STEP_TIMEOUT)
      page.setDefaultNavigationTimeout(STEP_TIMEOUT)
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}commons-${name}.png`, fullPage: true })
      const handle = `e2e-hides-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`

      try {
        // 1. A new customer registers.
        const email = `e2e-commons-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
        await page.goto(`${BASE}/en/account/register`)
        await page.getByTestId("field-first_name").fill("Rafiq")
        await page.getByTestId("field-last_name").fill("Bags")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)
        assert.equal(await text(page.getByTestId("account-email")), email)

        // 2. A pool opens (through the admin API), closing in two minutes.
        const token = await adminToken()
        const pool = await openPool(token, handle)

        // 3. The group buys, from the header: the new pool is open, nothing pledged yet.
        await page.goto(`${BASE}/en`)
        await clickAndWaitForUrl(page, page.getByTestId("nav-pools"), /\/en\/pools$/)
        const card = page.getByTestId("open-pools").locator(`[data-testid="pool-card"][data-handle="${handle}"]`)
        await card.waitFor()
        assert.equal(await card.getByTestId("pool-progress").getAttribute("data-pledged"), "0")
        assert.match(await text(card.getByTestId("pool-pledged")), /0 of 10 pledged/)
        assert.match(await text(card.getByTestId("pool-time-left")), /minutes? left/)
        await clickAndWaitForUrl(page, card.getByTestId("pool-link"), new RegExp(`/en/pools/${handle}$`))
        assert.equal(await text(page.getByTestId("pool-title")), "E2E goat hides, tanned")
        assert.equal(await page.getByTestId("tier-row").count(), 2)
        assert.equal(await page.getByTestId("tier-row").first().getAttribute("data-reached"), "true")
        assert.match(await text(page.getByTestId("pool-pickup")), /Dharavi Commons Warehouse/)
        await page.getByTestId("pool-costs").waitFor()

        // 4. Pledge 12 hides, and up to 8 more to fill the last case: the most it could cost is
        //    20 × ₹400 + all ₹1,000 of shared costs.
        await page.getByTestId("pledge-quantity").fill("12")
        await page.getByTestId("pledge-flex").fill("8")
        await page.locator('[data-testid="pledge-max-cost"][data-amount="9000"]').waitFor()
        assert.equal(await text(page.getByTestId("pledge-max-cost")), "₹9,000")
        await shot("1-pool")
        await clickAndWaitForUrl(page, page.getByTestId("pledge-submit"), /saved=pledged/)
        await page.getByTestId("pledge-saved").waitFor()

        // 5. The progress moved: 12 pledged, 8 to the ₹350 tier and 8 to the next full case.
        assert.equal(await page.getByTestId("pool-progress").getAttribute("data-pledged"), "12")
        assert.match(await text(page.getByTestId("pool-next-tier")), /8 more to unlock ₹350 per hide/)
        assert.equal(await page.getByTestId("pool-next-case").getAttribute("data-units"), "8")
        assert.match(await text(page.getByTestId("pool-minimum")), /minimum of 10 is reached/)
        assert.equal(await page.getByTestId("my-pledge").getAttribute("data-quantity"), "12")
        assert.match(await text(page.getByTestId("my-pledge-held")), /₹9,000/)
        await shot("2-pledged")

        // 6. My pledges, from the account page.
        await page.goto(`${BASE}/en/account`)
        await clickAndWaitForUrl(page, page.getByTestId("my-pledges-link"), /\/en\/account\/pledges$/)
        const row = page.locator(`[data-testid="pledge-row"][data-pool="${handle}"]`)
        await row.waitFor()
        assert.equal(await text(row.getByTestId("pledge-status")), "Pledged")
        assert.match(await text(row.getByTestId("pledge-quantities")), /12 firm, up to 8 flex/)
        assert.equal(await row.getByTestId("pledge-outcome").getAttribute("data-outcome"), "open")

        // 7. Change it to 16 firm and 4 flex.
        await clickAndWaitForUrl(
          page,
          row.getByRole("link", { name: "See the pool" }),
          new RegExp(`/en/pools/${handle}$`)
        )
        assert.equal(await page.getByTestId("pledge-quantity").inputValue(), "12")
        assert.equal(await page.getByTestId("pledge-flex").inputValue(), "8")
        await page.getByTestId("pledge-quantity").fill("16")
        await page.getByTestId("pledge-flex").fill("4")
        await page.locator('[data-testid="pledge-max-cost"][data-amount="9000"]').waitFor()
        await clickAndWaitForUrl(page, page.getByTestId("pledge-submit"), /saved=changed/)
        await page.getByTestId("pledge-saved").waitFor()
        assert.equal(await page.getByTestId("pool-progress").getAttribute("data-pledged"), "16")
        assert.equal(await page.getByTestId("pool-next-case").getAttribute("data-units"), "4")
        assert.equal(await page.getByTestId("my-pledge").getAttribute("data-quantity"), "16")
        assert.equal(await page.getByTestId("my-pledge").getAttribute("data-flex"), "4")
        assert.ok((await page.getByTestId("pledge-withdraw").count()) === 1, "an open pledge can be withdrawn")
        await page.goto(`${BASE}/en/account/pledges`)
        assert.match(await text(row.getByTestId("pledge-quantities")), /16 firm, up to 4 flex/)

        // 8. While it closes: a pledge to another pool is withdrawn, and its units go back.
        const other = `${handle}-b`
        await openPool(token, other, 24 * 3600_000)
        await page.goto(`${BASE}/en/pools/${other}`)
        await page.getByTestId("pledge-quantity").fill("5")
        await clickAndWaitForUrl(page, page.getByTestId("pledge-submit"), /saved=pledged/)
        assert.equal(await page.getByTestId("pool-progress").getAttribute("data-pledged"), "5")
        await clickAndWaitForUrl(page, page.getByTestId("pledge-withdraw"), /saved=withdrawn/)
        assert.equal(await page.getByTestId("pledge-saved").getAttribute("data-saved"), "withdrawn")
        assert.equal(await page.getByTestId("pool-progress").getAttribute("data-pledged"), "0")
        assert.equal(await page.getByTestId("my-pledge").count(), 0)
        await page.goto(`${BASE}/en/account/pledges`)
        const gone = page.locator(`[data-testid="pledge-row"][data-pool="${other}"]`)
        assert.equal(await text(gone.getByTestId("pledge-status")), "Withdrawn")

        // 9. The pool closes; it is settled (the job may have done it already: settling again is safe).
        const wait = pool.closesAt.getTime() + 2_000 - Date.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        let settled = null
        for (let attempt = 0; attempt < 10 && !settled; attempt++) {
          const res = await api(`/admin/pools/${pool.id}/settle`, { method: "POST", token, body: {} })
          if (res.status === 200 && ["settled", "succeeded"].includes(res.data.settlement?.status))
            settled = res.data.settlement
          else await new Promise((resolve) => setTimeout(resolve, 3_000))
        }
        assert.ok(settled, "the pool was settled")
        assert.equal(settled.status, "settled")

        // 10. My pledges: paid; the 4 flex hides filled the case to 20, which reached ₹350 a hide.
        await page.reload()
        await row.getByTestId("pledge-breakdown").waitFor()
        assert.equal(await text(row.getByTestId("pledge-status")), "Paid")
        assert.equal(await row.getByTestId("pledge-outcome").getAttribute("data-outcome"), "succeeded")
        assert.match(await text(row.getByTestId("breakdown-units")), /^20 \(of them flex: 4\)$/)
        assert.equal(await text(row.getByTestId("breakdown-unit-price")), "₹350")
        assert.equal(await row.getByTestId("breakdown-total").getAttribute("data-amount"), "8000")
        assert.equal(await text(row.getByTestId("breakdown-total")), "₹8,000")
        await shot("3-settled")
        await clickAndWaitForUrl(page, row.getByTestId("pledge-order-link"), /\/en\/order\/[^/]+\/confirmed$/)
        await page.getByTestId("order-confirmation").waitFor()

        // 11. The pools page lists it among the decided ones with its final price.
        await page.goto(`${BASE}/en/pools`)
        const decided = page.getByTestId("decided-pools").locator(`[data-testid="pool-card"][data-handle="${handle}"]`)
        await decided.waitFor()
        assert.equal(await decided.getByTestId("pool-outcome").getAttribute("data-outcome"), "succeeded")
        assert.match(await text(decided.getByTestId("pool-final-price")), /₹350 per hide for 20/)
      } catch (error) {
        await shot("failure").catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )
})
