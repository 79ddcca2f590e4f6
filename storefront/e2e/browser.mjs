// Shared by the browser tests: Debian's Chromium driven by playwright-core, and small page helpers.
import { chromium } from "playwright-core"

/** Debian's Chromium, headless, with nothing that would reach for the (closed) network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** Clicks something that leads to another URL and waits until the browser is there. */
export async function clickAndWaitForUrl(page, locator, urlPattern, timeout = 90_000) {
  await Promise.all([page.waitForURL(urlPattern, { timeout }), locator.click()])
}

export async function text(locator) {
  return ((await locator.textContent()) ?? "").trim()
}

/**
 * From the cart to the order confirmation for a cart that needs no delivery (bookings, courses):
 * an Indian billing address, the "no delivery needed" step, Medusa's system payment, place the order.
 */
export async function checkoutWithoutDelivery(page, { email, first_name, last_name, address_1 }) {
  await clickAndWaitForUrl(page, page.getByTestId("checkout-link"), /\/en\/checkout/)
  await page.getByTestId("address-form").waitFor()
  await page.getByTestId("field-email").fill(email)
  await page.getByTestId("field-first_name").fill(first_name)
  await page.getByTestId("field-last_name").fill(last_name)
  await page.getByTestId("field-address_1").fill(address_1)
  await page.getByTestId("field-city").fill("Mumbai")
  await page.getByTestId("field-province").fill("Maharashtra")
  await page.getByTestId("field-postal_code").fill("400017")
  await page.getByTestId("field-country_code").selectOption("in")
  await page.getByTestId("submit-address").click()

  await page.getByTestId("payment-form").waitFor()
  await page.getByTestId("no-delivery-needed").waitFor()
  await page.locator('[data-testid="payment-option"][value="pp_system_default"]').check()
  await page.getByTestId("submit-payment").click()
  const placeOrder = page.getByTestId("place-order")
  await placeOrder.waitFor()
  await clickAndWaitForUrl(page, placeOrder, /\/en\/order\/[^/]+\/confirmed$/)
  await page.getByTestId("order-display-id").waitFor()
}
