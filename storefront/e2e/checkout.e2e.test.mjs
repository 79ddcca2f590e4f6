// Browser test of the whole shopping journey, once in English and once in Hindi.
//
//   STOREFRONT_URL=http://localhost:8000 node --test storefront/e2e/
//
// Needs a running storefront (next start) wired to a seeded Medusa backend, and
// Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Screenshots go to
// storefront/e2e/artifacts/ (git-ignored) for humans to look at.
import assert from "node:assert/strict"
import { mkdirSync, readFileSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
if (!BASE) throw new Error("STOREFRONT_URL is required, e.g. STOREFRONT_URL=http://localhost:8000")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const messages = {
  en: JSON.parse(readFileSync(new URL("../messages/en.json", import.meta.url), "utf8")),
  hi: JSON.parse(readFileSync(new URL("../messages/hi.json", import.meta.url), "utf8")),
}

// First renders on a 2-core machine can be slow: be generous, but wait on selectors, never sleep.
const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 6 * 60_000

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

describe("checkout journey", () => {
  for (const locale of ["en", "hi"]) {
    test(`register, browse, buy and see the order (${locale})`, { timeout: TEST_TIMEOUT }, async () => {
      const t = messages[locale]
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: locale === "hi" ? "hi-IN" : "en-IN",
      })
      const page = await context.newPage()
      page.setDefaultTimeout(STEP_TIMEOUT)
      page.setDefaultNavigationTimeout(STEP_TIMEOUT)
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}${locale}-${name}.png`, fullPage: true })

      try {
        const email = `e2e-${locale}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`

        // 1. A new customer registers.
        await page.goto(`${BASE}/${locale}/account/register`)
        assert.equal(await page.getAttribute("html", "lang"), locale)
        await page.getByTestId("field-first_name").fill(locale === "hi" ? "आशा" : "Asha")
        await page.getByTestId("field-last_name").fill(locale === "hi" ? "पाटिल" : "Patil")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), new RegExp(`/${locale}/account$`))
        assert.equal(await text(page.getByTestId("account-email")), email)
        await page.getByTestId("no-orders").waitFor()

        // 2. Home, then a category.
        await page.goto(`${BASE}/${locale}`)
        assert.equal(await text(page.getByTestId("hero-title")), t.Home.heroTitle)
        const tile = page.locator('[data-testid="category-tile"][data-handle="leather-goods"]')
        await clickAndWaitForUrl(page, tile, /\/categories\/leather-goods$/)
        await page.getByTestId("product-card").first().waitFor()

        // 3. A product: pick a variant (the last in-stock value of every option).
        await clickAndWaitForUrl(page, page.getByTestId("product-card").first().locator("a"), /\/products\/[^/?]+$/)
        await page.locator('[data-testid="product-form"][data-hydrated="true"]').waitFor()
        const productTitle = await text(page.getByTestId("product-title"))
        assert.ok(productTitle.length > 0, "product has a title")
        const groups = page.getByTestId("option-group")
        const groupCount = await groups.count()
        for (let g = 0; g < groupCount; g++) {
          const labels = groups.nth(g).locator("label:not(.sold-out)")
          const n = await labels.count()
          if (n > 0) await labels.nth(n - 1).click()
        }
        const addToCart = page.getByTestId("add-to-cart")
        await addToCart.waitFor({ state: "visible" })
        assert.equal(await addToCart.isEnabled(), true, "the chosen variant can be bought")
        // The button label comes from the locale's message file (Hindi in the Hindi run).
        assert.equal(await text(addToCart), t.Product.addToCart)
        if (locale === "hi") {
          assert.match(await text(addToCart), /[\u0900-\u097F]/, "Hindi text in Devanagari")
          assert.match(await text(page.getByTestId("stock-state")), /[\u0900-\u097F]/, "stock state in Hindi")
        }

        // 4. Add to cart.
        await addToCart.click()
        await page.getByTestId("added-notice").waitFor()
        const count = Number(await page.getByTestId("cart-count").getAttribute("data-count"))
        assert.ok(count >= 1, `cart count is ${count}`)
        await shot("1-product")

        // 5. Cart, then checkout.
        await clickAndWaitForUrl(page, page.getByTestId("cart-link"), new RegExp(`/${locale}/cart$`))
        assert.ok((await page.getByTestId("line-item").count()) >= 1, "the cart has a line")
        if (locale === "hi") assert.equal(await text(page.getByTestId("checkout-link")), t.Cart.checkout)
        await clickAndWaitForUrl(page, page.getByTestId("checkout-link"), new RegExp(`/${locale}/checkout`))

        // 6. Address in India (the INR region; the country list only has the cart's countries).
        await page.getByTestId("address-form").waitFor()
        const countries = await page
          .locator('[data-testid="field-country_code"] option')
          .evaluateAll((os) => os.map((o) => o.value))
        assert.deepEqual(countries, ["in"])
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-first_name").fill("Asha")
        await page.getByTestId("field-last_name").fill("Patil")
        await page.getByTestId("field-address_1").fill("Shop 12, 90 Feet Road, Kumbharwada")
        await page.getByTestId("field-city").fill("Mumbai")
        await page.getByTestId("field-province").fill("Maharashtra")
        await page.getByTestId("field-postal_code").fill("400017")
        await page.getByTestId("field-phone").fill("+91 98200 00000")
        await page.getByTestId("field-country_code").selectOption("in")
        await page.getByTestId("submit-address").click()

        // 7. Shipping option.
        await page.getByTestId("shipping-form").waitFor()
        const options = page.getByTestId("shipping-option")
        assert.ok((await options.count()) >= 1, "there is a shipping option")
        await options.first().check()
        await page.getByTestId("submit-shipping").click()

        // 8. Payment with the system provider.
        await page.getByTestId("payment-form").waitFor()
        await page.locator('[data-testid="payment-option"][value="pp_system_default"]').check()
        await page.getByTestId("submit-payment").click()

        // 9. Place the order and see the confirmation with its number.
        const placeOrder = page.getByTestId("place-order")
        await placeOrder.waitFor()
        if (locale === "hi") assert.ok((await text(placeOrder)).startsWith(t.Checkout.placeOrder))
        await clickAndWaitForUrl(page, placeOrder, new RegExp(`/${locale}/order/[^/]+/confirmed$`))
        const displayIdEl = page.getByTestId("order-display-id")
        await displayIdEl.waitFor()
        const displayId = await displayIdEl.getAttribute("data-display-id")
        assert.match(displayId ?? "", /^\d+$/, "order has a numeric display id")
        assert.equal(await text(displayIdEl), `#${displayId}`)
        assert.ok((await page.getByTestId("order-item").count()) >= 1)
        await page.screenshot({ path: `${ARTIFACTS}${locale}-confirmation.png`, fullPage: true })

        // The cart is finished: the header shows an empty cart again.
        assert.equal(await page.getByTestId("cart-count").getAttribute("data-count"), "0")

        // 10. The account page lists the order.
        await page.goto(`${BASE}/${locale}/account`)
        const row = page.locator(`[data-testid="order-row"][data-display-id="${displayId}"]`)
        await row.waitFor()
        assert.ok((await text(row)).includes(displayId))
        await shot("2-account")
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}${locale}-failure.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    })
  }
})
