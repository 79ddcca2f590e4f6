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
