// Browser test of wholesale buying: a new customer registers their company (and puts one piece in the
// cart while it waits), the platform approves it, the buyer adds a product in whole cases from its
// minimum at their tier price, fixes the single piece with the cart's one-tap fix, asks the maker for a
// quote; the maker logs into the seller dashboard and sends a counter-offer; the buyer finds the offer
// in their quote inbox, accepts it and sees the order it became. Last, the bulk order form refuses an
// unknown SKU and a quantity below the minimum, and adds a good line to the cart.
//
//   STOREFRONT_URL=http://localhost:8000 BACKEND_URL=http://localhost:9000 MEDUSA_PUBLISHABLE_KEY=pk_... \
//     node --test storefront/e2e/wholesale.e2e.test.mjs
//
// Needs a running storefront wired to a seeded backend with the marketplace and wholesale plugins, and
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH). The platform's approval, and the leather tote's
// wholesale terms and price tiers when the seed has none, go through the admin and seller APIs
// (ADMIN_EMAIL / ADMIN_PASSWORD, SELLER_PASSWORD; defaults: the demo seed's). Screenshots go to
// storefront/e2e/artifacts/ (wholesale-*).
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
if (!BASE) throw new Error("STOREFRONT_URL is required, e.g. STOREFRONT_URL=http://localhost:8000")
const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
if (!BACKEND) throw new Error("BACKEND_URL is required, e.g. BACKEND_URL=http://localhost:9000")
const PK = process.env.MEDUSA_PUBLISHABLE_KEY ?? ""
if (!PK) throw new Error("MEDUSA_PUBLISHABLE_KEY is required (the store API needs it)")
const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@dharavi.local",
  password: process.env.ADMIN_PASSWORD || "dharavi-admin",
}
const SELLER_PASSWORD = process.env.SELLER_PASSWORD || "dharavi-seller"

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 8 * 60_000
const PHONE = { width: 390, height: 844 }
const PRODUCT = "leather-tote"
/** The terms the test gives the tote's colours it uses when the seed gave them none: 12 at least, cases of 6, 10 days. */
const TERMS = { min_order_quantity: 12, case_pack: 6, lead_time_days: 10 }

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

/** JSON from the backend; fails the test with the body when the status is not the expected one. */
async function api(path, { method = "GET", token, body, expect = [200, 201] } = {}) {
  const res = await fetch(`${BACKEND}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": PK,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const json = await res.json().catch(() => null)
  assert.ok(expect.includes(res.status), `${method} ${path}: HTTP ${res.status} ${JSON.stringify(json)}`)
  return json
}

async function login(actor, email, password) {
  const { token } = await api(`/auth/${actor}/emailpass`, { method: "POST", body: { email, password } })
  assert.ok(token, `${actor} token`)
  return token
}

/** A GSTIN-shaped number no other run uses (the plugin checks the format; the number is unique). */
function uniqueGstin() {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
  const pick = (set, n) => Array.from({ length: n }, () => set[Math.floor(Math.random() * set.length)]).join("")
  return `27${pick(letters, 5)}${pick("0123456789", 4)}${pick(letters, 1)}${pick("123456789", 1)}Z${pick(letters, 1)}`
}

async function newPage() {
  const context = await browser.newContext({ viewport: PHONE, locale: "en-IN" })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return { context, page }
}

describe("wholesale", () => {
  test(
    "a company registers and is approved, buys in cases, asks for a quote, the maker counter-offers, the buyer accepts",
    { timeout: TEST_TIMEOUT },
    async () => {
      const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
      const email = `e2e-wholesale-${run}@example.com`
      const companyName = `Crawford Traders ${run}`
      const gstin = uniqueGstin()
      const buyer = await newPage()
      const seller = await newPage()
      const page = buyer.page
      const shot = (p, name) => p.screenshot({ path: `${ARTIFACTS}wholesale-${name}.png`, fullPage: true })

      try {
        // 0. The tote, its maker, and its wholesale terms (the seller sets them when the seed did not).
        const { products } = await api(
          `/store/products?handle=${PRODUCT}&fields=id,title,variants.id,variants.sku,variants.title,%2Bvariants.inventory_quantity,%2Bseller.id,%2Bseller.handle`
        )
        const tote = products[0]
        assert.ok(tote?.seller?.id, "the leather tote belongs to a maker")
        // The colours with the most stock: wholesale quantities must fit in it (other tests buy totes too).
        const [main, other] = [...tote.variants].sort(
          (a, b) => (b.inventory_quantity ?? 0) - (a.inventory_quantity ?? 0)
        )
        assert.ok(
          main.inventory_quantity >= 48 && other.inventory_quantity >= 24,
          "enough totes in stock for a wholesale order"
        )
        const { sellers } = await api(`/store/sellers?limit=100`)
        assert.ok(
          sellers.find((s) => s.id === tote.seller.id),
          "the tote's maker is listed"
        )
        const sellerEmail = "imran@dharavi.local"
        const sellerToken = await login("seller", sellerEmail, SELLER_PASSWORD)
        const me = await api("/vendors/me", { token: sellerToken })
        assert.ok(
          me.memberships.some((m) => m.seller.id === tote.seller.id),
          `${sellerEmail} manages the tote's maker (${tote.seller.handle})`
        )
        let { variants } = await api(`/store/products/${tote.id}/wholesale?currency_code=inr`)
        const bare = [main, other].filter((m) => {
          const v = variants.find((x) => x.variant_id === m.id)
          return !v || (v.min_order_quantity === 1 && v.case_pack === 1)
        })
        for (const v of bare)
          await api(`/vendors/sellers/${tote.seller.id}/wholesale/terms/${v.id}`, {
            method: "POST",
            token: sellerToken,
            body: TERMS,
          })
        if (bare.length) ({ variants } = await api(`/store/products/${tote.id}/wholesale?currency_code=inr`))

        // 1. A new customer registers, then finds Wholesale in the header.
        await page.goto(`${BASE}/en/account/register`)
        await page.getByTestId("field-first_name").fill("Zainab")
        await page.getByTestId("field-last_name").fill("Merchant")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)
        await page.getByTestId("wholesale-account-link").waitFor()
        await clickAndWaitForUrl(page, page.getByTestId("nav-wholesale"), /\/en\/wholesale$/)
        assert.equal(await page.locator('[data-testid^="wholesale-benefit-"]').count(), 4)

        // 2. They register their company: name, GSTIN (typed in small letters), email, phone, address.
        await page.getByTestId("company-name").fill(companyName)
        await page.getByTestId("company-gst_number").fill(gstin.toLowerCase())
        assert.equal(await page.getByTestId("company-email").inputValue(), email, "the company email starts as theirs")
        await page.getByTestId("company-phone").fill("+91 98200 55555")
        await page.getByTestId("company-address_1").fill("Shop 4, Crawford Market")
        await page.getByTestId("company-city").fill("Mumbai")
        await page.getByTestId("company-postal_code").fill("400001")
        await shot(page, "1-register")
        await clickAndWaitForUrl(page, page.getByTestId("company-submit"), /\/en\/wholesale\?done=registered$/)
        assert.equal(await page.getByTestId("company-status").getAttribute("data-status"), "pending")
        assert.equal(await text(page.getByTestId("company-gst")), gstin)
        assert.equal(await page.getByTestId("colleague-form").count(), 1, "the company's first buyer is its admin")

        // While the company waits, they shop like anyone: one piece of another colour, no tiers yet.
        await page.goto(`${BASE}/en/products/${PRODUCT}`)
        await page.locator('[data-testid="product-form"][data-hydrated="true"]').waitFor()
        await page.getByTestId("wholesale-terms").waitFor()
        assert.equal(await page.getByTestId("tier-table").count(), 0, "no wholesale prices before approval")
        assert.equal(await page.getByTestId("wholesale-register-link").count(), 1)
        await page.locator("label", { hasText: new RegExp(`^${other.title}$`) }).click()
        const single = await page.getByTestId("product-form").getAttribute("data-variant-id")
        assert.equal(single, other.id)
        await clickAndWaitForUrl(page, page.getByTestId("add-to-cart"), /\?added=1/)

        // 3. The platform approves it (admin API).
        const admin = await login("user", ADMIN.email, ADMIN.password)
        const { companies } = await api(`/admin/wholesale/companies?status=pending&limit=100`, { token: admin })
        const company = companies.find((c) => c.name === companyName)
        assert.ok(company, "the admin sees the company waiting for review")
        await api(`/admin/wholesale/companies/${company.id}/review`, {
          method: "POST",
          token: admin,
          body: { status: "approved" },
        })
        await page.goto(`${BASE}/en/wholesale`)
        assert.equal(await page.getByTestId("company-status").getAttribute("data-status"), "approved")
        await page.getByTestId("wholesale-shortcuts").waitFor()
        await shot(page, "2-approved")

        // Price tiers for the wholesale group (a Medusa price list), when the seed has none for the tote.
        const forBuyer = await api(`/store/products/${tote.id}/wholesale?currency_code=inr`, {
          token: await login("customer", email, "dharavi-e2e-secret"),
        })
        assert.equal(forBuyer.is_wholesale_buyer, true)
        if (forBuyer.variants.every((v) => !v.tiers?.length)) {
          const { customer_groups } = await api(`/admin/customer-groups?q=Wholesale&limit=20`, { token: admin })
          const group = customer_groups.find((g) => g.name === "Wholesale buyers") ?? customer_groups[0]
          assert.ok(group, "approval created the wholesale customer group")
          await api("/admin/price-lists", {
            method: "POST",
            token: admin,
            body: {
              title: `Wholesale tiers (e2e ${run})`,
              description: "Tote: 10+ and 50+",
              status: "active",
              type: "override",
              rules: { "customer.groups.id": [group.id] },
              prices: tote.variants.flatMap((v) => [
                { variant_id: v.id, currency_code: "inr", amount: 2400, min_quantity: 10, max_quantity: 49 },
                { variant_id: v.id, currency_code: "inr", amount: 2100, min_quantity: 50 },
              ]),
            },
          })
        }

        // 4. The product page: the wholesale box with the terms and the buyer's tiers; the quantity
        //    starts at the first allowed quantity and steps by the case pack.
        await page.goto(`${BASE}/en/products/${PRODUCT}`)
        await page.locator('[data-testid="product-form"][data-hydrated="true"]').waitFor()
        const box = page.getByTestId("wholesale-box")
        await box.waitFor()
        await page.locator("label", { hasText: new RegExp(`^${main.title}$`) }).click()
        const shownId = await page.getByTestId("product-form").getAttribute("data-variant-id")
        assert.equal(shownId, main.id)
        const chosen = variants.find((v) => v.variant_id === shownId)
        assert.ok(
          chosen && (chosen.min_order_quantity > 1 || chosen.case_pack > 1),
          "the chosen variant has wholesale terms"
        )
        const start = Math.ceil(Math.max(chosen.min_order_quantity, 1) / chosen.case_pack) * chosen.case_pack
        const terms = await text(box.getByTestId("wholesale-terms"))
        assert.match(terms, new RegExp(`Minimum order: ${chosen.min_order_quantity} pieces`))
        assert.match(terms, new RegExp(`Packed in cases of ${chosen.case_pack}`))
        assert.ok((await box.getByTestId("tier-row").count()) >= 1, "the buyer sees the price tiers")
        const quantity = page.getByTestId("wholesale-quantity")
        assert.equal(await quantity.getAttribute("min"), String(start))
        assert.equal(await quantity.getAttribute("step"), String(chosen.case_pack))
        assert.equal(await quantity.inputValue(), String(start))
        const tierNow = await text(box.getByTestId("tier-now"))
        assert.match(tierNow, new RegExp(`^${start} pcs at ₹`), "the price at this quantity")
        const tierPrice = /at (₹[\d,.]+) each/.exec(tierNow)?.[1]
        await shot(page, "3-product")
        await clickAndWaitForUrl(page, page.getByTestId("add-to-cart"), /\?added=1/)

        // 5. The cart: the new line at that quantity and the tier price, the terms beside it. The single
        //    piece from before the approval breaks the rules: the cart says so and offers the fix.
        await clickAndWaitForUrl(page, page.getByTestId("view-cart"), /\/en\/cart$/)
        const line = page.locator(`[data-testid="line-item"][data-variant-id="${shownId}"]`)
        assert.equal(await line.getByTestId("line-quantity").getAttribute("data-quantity"), String(start))
        assert.match(await text(line.getByTestId("line-terms")), new RegExp(`cases of ${chosen.case_pack}`))
        assert.ok(
          (await text(line)).includes(`${tierPrice} each`),
          `Medusa priced the line at the buyer's tier (${tierPrice})`
        )
        await page.getByTestId("wholesale-problems").waitFor()
        assert.equal(await page.getByTestId("checkout-link").count(), 0, "no checkout while a line breaks the rules")
        const broken = page.locator(`[data-testid="line-item"][data-variant-id="${single}"]`)
        assert.match(await broken.getByTestId("line-problem").getAttribute("data-codes"), /below_minimum_quantity/)
        const singleTerms = variants.find((v) => v.variant_id === single)
        const fixTo =
          Math.ceil(Math.max(singleTerms.min_order_quantity, 1) / singleTerms.case_pack) * singleTerms.case_pack
        assert.equal(await text(broken.getByTestId("fix-quantity")), `Change to ${fixTo}`)
        await shot(page, "4-cart-problem")
        await clickAndWaitForUrl(page, broken.getByTestId("fix-quantity"), /\/en\/cart$/)
        await page.getByTestId("checkout-link").waitFor()
        assert.equal(await page.getByTestId("wholesale-problems").count(), 0)
        assert.equal(await broken.getByTestId("line-quantity").getAttribute("data-quantity"), String(fixTo))
        await page.getByTestId("request-quote").waitFor()
        await page
          .getByTestId("quote-message")
          .fill(`Need ${start} for our Diwali window. Can you do a better price for ${start * 2}?`)
        await shot(page, "5-cart")
        await clickAndWaitForUrl(page, page.getByTestId("quote-submit"), /\/en\/account\/quotes\?requested=1$/)
        assert.equal(
          await page.getByTestId("cart-count").getAttribute("data-count"),
          "0",
          "a fresh cart after the request"
        )
        const row = page.getByTestId("quote-row").first()
        assert.equal(await row.getAttribute("data-status"), "pending_merchant")
        const quoteId = await row.getAttribute("data-quote-id")
        await shot(page, "6-inbox")

        // 6. The maker signs in to the seller dashboard and answers with a counter-offer.
        const sp = seller.page
        await sp.goto(`${BASE}/en/sell/login?return_to=${encodeURIComponent(`/en/sell/dashboard/${tote.seller.id}`)}`)
        await sp.getByTestId("field-email").fill(sellerEmail)
        await sp.getByTestId("field-password").fill(SELLER_PASSWORD)
        await clickAndWaitForUrl(
          sp,
          sp.getByTestId("seller-login-submit"),
          new RegExp(`/en/sell/dashboard/${tote.seller.id}$`)
        )
        // The product's wholesale terms, as the maker sees and edits them: the lead time changes.
        await sp.goto(`${BASE}/en/sell/dashboard/${tote.seller.id}/products/${tote.id}`)
        const termsRow = sp.locator(`[data-testid="terms-row"][data-variant-id="${main.id}"]`)
        assert.equal(await termsRow.getByTestId("terms-moq").inputValue(), String(chosen.min_order_quantity))
        assert.equal(await termsRow.getByTestId("terms-pack").inputValue(), String(chosen.case_pack))
        await termsRow.getByTestId("terms-lead").fill("7")
        await clickAndWaitForUrl(sp, sp.getByTestId("save-wholesale-terms"), /\?saved=wholesale/)
        assert.equal(
          await sp
            .locator(`[data-testid="terms-row"][data-variant-id="${main.id}"]`)
            .getByTestId("terms-lead")
            .inputValue(),
          "7"
        )
        await sp.goto(`${BASE}/en/sell/dashboard/${tote.seller.id}`)
        await clickAndWaitForUrl(sp, sp.getByTestId("tab-quotes"), /\/quotes$/)
        const request = sp.locator(`[data-testid="seller-quote-row"][data-quote-id="${quoteId}"]`)
        assert.equal(await request.getAttribute("data-status"), "pending_merchant")
        assert.match(await text(request), new RegExp(companyName))
        await clickAndWaitForUrl(sp, request.locator("a"), new RegExp(`/quotes/${quoteId}$`))
        assert.equal(await sp.getByTestId("quote-message").first().getAttribute("data-kind"), "request")
        // Twice the first line at ₹1,900 each; the second line dropped (quantity 0).
        const offerLines = sp.getByTestId("offer-line")
        assert.equal(await offerLines.count(), 2)
        const asked = Number(await offerLines.first().getByTestId("offer-quantity").inputValue())
        assert.ok([start, fixTo].includes(asked), "the offer form starts from what the buyer asked for")
        const offered = asked * 2
        await offerLines.first().getByTestId("offer-quantity").fill(String(offered))
        await offerLines.first().getByTestId("offer-price").fill("1,900")
        await offerLines.nth(1).getByTestId("offer-quantity").fill("0")
        await sp.getByTestId("offer-lead-time").fill("10")
        await sp.getByTestId("offer-note").fill(`${offered} pieces at ₹1,900 each, ready in 10 days.`)
        await shot(sp, "7-counter-offer")
        await clickAndWaitForUrl(sp, sp.getByTestId("offer-submit"), /\?done=offer$/)
        assert.equal(await sp.getByTestId("quote-status").getAttribute("data-status"), "pending_customer")
        assert.equal(await sp.getByTestId("counter-offer").count(), 0, "no second offer while the buyer decides")

        // 7. The buyer sees the offer waiting for them, with its proposal, and accepts it.
        await page.goto(`${BASE}/en/account/quotes`)
        const offer = page.locator(`[data-testid="quote-row"][data-quote-id="${quoteId}"]`)
        assert.equal(await offer.getAttribute("data-status"), "pending_customer")
        assert.match(await text(offer), /An offer waits for you/)
        await clickAndWaitForUrl(page, offer.locator("a"), new RegExp(`/en/account/quotes/${quoteId}$`))
        assert.match(await text(page.getByTestId("next-step")), /^Your turn/)
        const total = 1900 * offered
        assert.equal(await text(page.getByTestId("quote-total")), `₹${total.toLocaleString("en-IN")}`)
        assert.equal(await page.getByTestId("quote-line").count(), 1, "the dropped line is gone")
        assert.equal(await page.getByTestId("quote-line").first().getAttribute("data-quantity"), String(offered))
        const proposal = page.locator('[data-testid="quote-message"][data-kind="counter_offer"]')
        assert.match(await text(proposal), /ready in 10 days/)
        assert.match(
          await text(proposal.getByTestId("proposal")),
          new RegExp(`Offer: ₹${total.toLocaleString("en-IN")}`)
        )
        await shot(page, "8-offer")
        await clickAndWaitForUrl(page, page.getByTestId("quote-accept"), /\?done=accept$/)
        assert.equal(await page.getByTestId("quote-status").getAttribute("data-status"), "accepted")

        // 8. The order it became.
        await clickAndWaitForUrl(page, page.getByTestId("quote-order-link"), /\/en\/order\/[^/]+\/confirmed$/)
        const displayId = await page.getByTestId("order-display-id").getAttribute("data-display-id")
        assert.ok(Number(displayId) > 0, "the order has a number")
        assert.equal(await page.getByTestId("order-item").count(), 1)
        await shot(page, "9-order")
        await page.goto(`${BASE}/en/account`)
        await page.locator(`[data-testid="order-row"][data-display-id="${displayId}"]`).waitFor()

        // 9. Order by SKU: an unknown SKU and a line below the minimum are refused in place (nothing is
        //    added); the corrected line goes into the cart.
        await page.goto(`${BASE}/en/wholesale`)
        await clickAndWaitForUrl(page, page.getByTestId("bulk-order-link"), /\/en\/wholesale\/order$/)
        const form = page.locator('[data-testid="bulk-form"][data-hydrated="true"]')
        await form.waitFor()
        const sku = tote.variants.find((v) => v.id === shownId).sku
        assert.ok(sku, "the tote has a SKU")
        const rows = page.getByTestId("bulk-row")
        await rows.nth(0).getByTestId("bulk-sku").fill(sku.toLowerCase())
        await rows.nth(0).getByTestId("bulk-quantity").fill(String(start))
        await rows.nth(1).getByTestId("bulk-sku").fill(`NO-SUCH-${run}`)
        await rows.nth(1).getByTestId("bulk-quantity").fill("5")
        await page.getByTestId("bulk-submit").click()
        await page.locator('[data-testid="bulk-error"][data-error="unknown"]').waitFor()
        assert.match(await text(page.getByTestId("bulk-error")), new RegExp(`NO-SUCH-${run}`, "i"))
        assert.equal(await rows.nth(1).getAttribute("data-errors"), "unknown")
        assert.equal(await rows.nth(0).getByTestId("bulk-sku").inputValue(), sku, "the rows come back (upper-cased)")
        await shot(page, "10-bulk-unknown")
        await rows.nth(1).getByTestId("bulk-sku").fill(sku)
        await rows.nth(1).getByTestId("bulk-quantity").fill("1")
        await page.getByTestId("bulk-submit").click()
        // The same SKU twice is one line of start + 1: not a whole case.
        await page.locator('[data-testid="bulk-error"][data-error="rules"]').waitFor()
        assert.match(
          await text(page.getByTestId("bulk-error")),
          new RegExp(`${sku}: comes in cases of ${chosen.case_pack}`)
        )
        await rows.nth(1).getByTestId("bulk-sku").fill("")
        await rows.nth(1).getByTestId("bulk-quantity").fill("")
        await clickAndWaitForUrl(page, page.getByTestId("bulk-submit"), /\/en\/cart\?bulk=1$/)
        await page.getByTestId("bulk-added").waitFor()
        assert.equal(await page.getByTestId("cart-count").getAttribute("data-count"), String(start))
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}wholesale-failure.png`, fullPage: true }).catch(() => {})
        await seller.page
          .screenshot({ path: `${ARTIFACTS}wholesale-failure-seller.png`, fullPage: true })
          .catch(() => {})
        throw error
      } finally {
        await buyer.context.close()
        await seller.context.close()
      }
    }
  )
})
