// Browser test of the makerspace: book a work bench at a tool-house, pay for it, see it in My bookings
// with its check-in QR code; book a storage bay for whole days into the cart.
//
//   STOREFRONT_URL=http://localhost:8010 node --test storefront/e2e/makerspace.e2e.test.mjs
//
// Needs a running storefront wired to a seeded Medusa backend with the demo tool-house
// (kala-killa-tool-house), and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { checkoutWithoutDelivery, clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
if (!BASE) throw new Error("STOREFRONT_URL is required, e.g. STOREFRONT_URL=http://localhost:8010")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 6 * 60_000
const HANDLE = "kala-killa-tool-house"

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

describe("makerspace", () => {
  test(
    "register, book a work bench, pay, and see it confirmed with a check-in code",
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
      const page = await context.newPage()
      page.setDefaultTimeout(STEP_TIMEOUT)
      page.setDefaultNavigationTimeout(STEP_TIMEOUT)
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}makerspace-${name}.png`, fullPage: true })

      try {
        const email = `e2e-makerspace-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`

        // 1. A new customer registers.
        await page.goto(`${BASE}/en/account/register`)
        await page.getByTestId("field-first_name").fill("Farida")
        await page.getByTestId("field-last_name").fill("Shaikh")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)
        assert.equal(await text(page.getByTestId("account-email")), email)

        // 2. The tool-houses, from the header, then Kala Killa.
        await page.goto(`${BASE}/en`)
        await clickAndWaitForUrl(page, page.getByTestId("nav-tool-houses"), /\/en\/tool-houses$/)
        const card = page.locator(`[data-testid="tool-house-card"][data-handle="${HANDLE}"]`)
        await clickAndWaitForUrl(page, card.getByTestId("tool-house-link"), new RegExp(`/en/tool-houses/${HANDLE}$`))
        assert.equal(await text(page.getByTestId("tool-house-name")), "Kala Killa Tool House")
        await page.getByTestId("opening-hours").waitFor()
        assert.ok((await page.getByTestId("units-bench").locator("li").count()) >= 1, "the page lists work benches")

        // 3. Tomorrow, or the next day with a free bench.
        const days = page.getByTestId("day-button")
        assert.equal(await days.count(), 7)
        let found = false
        for (let i = 1; i < 7 && !found; i++) {
          const date = await days.nth(i).getAttribute("data-date")
          await clickAndWaitForUrl(page, days.nth(i), new RegExp(`date=${date}`))
          await page.getByTestId("slots-any-bench").waitFor()
          found = (await page.getByTestId("slot-any-bench").count()) > 0
        }
        assert.ok(found, "a day in the next week has a free work bench")
        await shot("1-tool-house")

        // 4. Book the first free bench slot: it lands in the cart.
        await clickAndWaitForUrl(page, page.getByTestId("slot-any-bench").first(), /\/en\/cart$/)
        const line = page.getByTestId("line-item").filter({ hasText: "Kala Killa" })
        await line.first().waitFor()
        assert.equal(await page.getByTestId("line-item").count(), 1)
        assert.ok((await text(line.getByTestId("line-subtitle"))).length > 0, "the line says when")
        assert.equal(await line.getByTestId("qty-increase").count(), 0, "a booking has no quantity stepper")
        await shot("2-cart")

        // 5. Checkout: address, no delivery step, system payment, place the order.
        await checkoutWithoutDelivery(page, {
          email,
          first_name: "Farida",
          last_name: "Shaikh",
          address_1: "Room 4, Kala Killa",
        })
        assert.equal(await page.getByTestId("cart-count").getAttribute("data-count"), "0")

        // 6. My bookings, from the account page: confirmed, with a check-in code.
        await page.goto(`${BASE}/en/account`)
        await clickAndWaitForUrl(page, page.getByTestId("my-bookings-link"), /\/en\/account\/bookings$/)
        const row = page.getByTestId("booking-row").first()
        for (let i = 0; i < 10 && (await row.getAttribute("data-status")) !== "confirmed"; i++) {
          // The booking is confirmed when the order is placed; give the backend a moment if it is slow.
          await page.waitForTimeout(1000)
          await page.reload()
        }
        assert.equal(await row.getAttribute("data-status"), "confirmed")
        assert.equal(await text(row.getByTestId("booking-status")), "Confirmed")
        const code = await text(row.getByTestId("check-in-code"))
        assert.match(code, /^[2-9A-HJ-NP-Z]{10}$/)
        // The QR image beside it: an SVG drawn on the server, labelled for screen readers with the code.
        const qr = row.getByRole("img", { name: new RegExp(`QR code for check-in code ${code}`) })
        assert.equal(await qr.getAttribute("data-testid"), "check-in-qr")
        assert.equal(await qr.locator("svg").count(), 1)
        assert.ok((await qr.locator("svg").boundingBox()).width >= 100, "the QR image is large enough to scan")
        await shot("3-bookings")

        // 7. Cancel it (more than 24 h ahead: the whole amount comes back).
        const bookingId = await row.getAttribute("data-booking-id")
        await clickAndWaitForUrl(page, row.getByTestId("cancel-booking"), /cancelled=/)
        const cancelled = page.locator(`[data-testid="booking-row"][data-booking-id="${bookingId}"]`)
        assert.equal(await cancelled.getAttribute("data-status"), "cancelled")
        assert.match(await text(cancelled.getByTestId("booking-refund")), /^Refund: ₹/)
        assert.equal(await cancelled.getByTestId("cancel-booking").count(), 0)
        await shot("4-cancelled")
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}makerspace-failure.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )

  test(
    "choose a storage bay by the day and book it for two days into the cart",
    { timeout: TEST_TIMEOUT },
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-IN" })
      const page = await context.newPage()
      page.setDefaultTimeout(STEP_TIMEOUT)
      page.setDefaultNavigationTimeout(STEP_TIMEOUT)

      try {
        const email = `e2e-storage-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
        await page.goto(`${BASE}/en/account/register`)
        await page.getByTestId("field-first_name").fill("Rukhsana")
        await page.getByTestId("field-last_name").fill("Ansari")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("register-submit"), /\/en\/account$/)

        // The Storage section: a first day and a number of days; the third start day, for two days.
        await page.goto(`${BASE}/en/tool-houses/${HANDLE}`)
        const storage = page.getByTestId("storage")
        await storage.waitFor()
        const third = await storage.getByTestId("storage-from").locator("option").nth(2).getAttribute("value")
        await storage.getByTestId("storage-from").selectOption(third)
        await storage.getByTestId("storage-days").selectOption("2")
        await clickAndWaitForUrl(
          page,
          storage.getByTestId("storage-check"),
          new RegExp(`storage_from=${third}&storage_days=2`)
        )
        await page.getByTestId("storage-free").waitFor()
        await page.screenshot({ path: `${ARTIFACTS}makerspace-5-storage.png`, fullPage: true })

        // Booked through the same action as a bench: the stay lands in the cart as whole days.
        await clickAndWaitForUrl(page, page.getByTestId("book-storage"), /\/en\/cart$/)
        const line = page.getByTestId("line-item").filter({ hasText: "Kala Killa" })
        await line.first().waitFor()
        assert.equal(await page.getByTestId("line-item").count(), 1)
        const when = await text(line.getByTestId("line-subtitle"))
        assert.match(when, / – /, `a two-day stay shows its first and last day (${when})`)
        assert.doesNotMatch(when, /\d:\d\d/, `whole days show no clock time (${when})`)
        await page.screenshot({ path: `${ARTIFACTS}makerspace-6-storage-cart.png`, fullPage: true })
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}makerspace-storage-failure.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )
})
