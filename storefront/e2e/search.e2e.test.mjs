// Browser test of search: instant results in the header's box, the results page with its kinds and
// facets, Hindi words, a typo and a query that finds nothing. On a phone (360×740).
//
//   STOREFRONT_URL=http://localhost:8010 node --test storefront/e2e/search.e2e.test.mjs
//
// Needs a running storefront wired to a seeded Medusa backend with the search plugin (the seed
// indexes the demo catalogue), and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import assert from "node:assert/strict"
import { mkdirSync } from "node:fs"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
if (!BASE) throw new Error("STOREFRONT_URL is required, e.g. STOREFRONT_URL=http://localhost:8010")

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const STEP_TIMEOUT = 60_000
const TEST_TIMEOUT = 3 * 60_000
const MAKER = "Imran Leather Works"
const LAPTOP_BAG = "dharavi-leather-laptop-bag"

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

async function phone(locale) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return { context, page }
}

const hits = (page) => page.getByTestId("search-hit")
const count = async (page) => Number(await page.getByTestId("search-count").getAttribute("data-count"))
const types = (page) => hits(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-type")))

describe("search", () => {
  test(
    "instant results in the header, then the results page: kinds, facets, a typo, nothing found",
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page } = await phone("en-IN")
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}search-${name}.png`, fullPage: true })
      try {
        // 1. Typing in the header's box shows instant results grouped by kind: a leather product and the maker.
        await page.goto(`${BASE}/en`)
        const box = page.getByTestId("search-input")
        await box.pressSequentially("leather", { delay: 40 })
        const instant = page.getByTestId("instant-hit")
        await instant.filter({ hasText: MAKER }).first().waitFor()
        await page
          .locator('[data-testid="instant-hit"][data-type="product"]')
          .filter({ hasText: /leather/i })
          .first()
          .waitFor()
        assert.ok((await instant.count()) <= 6, "at most six instant results")
        assert.equal(await box.getAttribute("aria-expanded"), "true")
        assert.equal(await page.getByRole("listbox").count(), 1)
        await page.screenshot({ path: `${ARTIFACTS}search-1-instant.png` })

        // The keyboard moves through the options; Escape closes the list and keeps the words.
        await box.press("ArrowDown")
        const active = await box.getAttribute("aria-activedescendant")
        assert.ok(active, "an option is active")
        assert.equal(await page.locator(`[id="${active}"]`).getAttribute("aria-selected"), "true")
        await box.press("Escape")
        assert.equal(await box.getAttribute("aria-expanded"), "false")
        assert.equal(await box.inputValue(), "leather")

        // 2. Enter goes to the results page, with counts per kind and facets.
        await Promise.all([page.waitForURL(/\/en\/search\?q=leather$/), box.press("Enter")])
        await page.getByTestId("search-results").waitFor()
        assert.equal(await text(page.getByTestId("search-title")), "Results for “leather”")
        assert.match(await page.title(), /leather/)
        assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex, follow")
        const all = await count(page)
        assert.ok(all >= 2, `leather finds several things (${all})`)
        assert.ok((await types(page)).includes("product"))
        await page.getByTestId("search-facets").waitFor()
        await shot("2-results")

        // 3. The Makers chip: only makers, Imran Leather Works among them, linking to the maker page.
        await clickAndWaitForUrl(page, page.getByTestId("type-maker"), /[?&]type=maker/)
        await page.getByTestId("search-results").waitFor()
        assert.deepEqual([...new Set(await types(page))], ["maker"])
        const maker = hits(page).filter({ hasText: MAKER })
        assert.equal(await maker.getByTestId("hit-link").getAttribute("href"), "/en/makers/imran-leather-works")
        assert.equal(await page.getByTestId("type-maker").getAttribute("aria-current"), "true")

        // 4. Back to everything; a category facet narrows to leather goods and keeps the words.
        await clickAndWaitForUrl(page, page.getByTestId("type-all"), /\/en\/search\?q=leather$/)
        await page.getByTestId("search-facets").locator("summary").click()
        await clickAndWaitForUrl(page, page.getByTestId("facet-category-leather-goods"), /category=leather-goods/)
        assert.match(page.url(), /[?&]q=leather(&|$)/)
        await page.getByTestId("search-results").waitFor()
        const narrowed = await count(page)
        assert.ok(narrowed >= 1 && narrowed <= all, `the facet narrows (${narrowed} of ${all})`)
        assert.deepEqual([...new Set(await types(page))], ["product"])
        await page.getByTestId("remove-category").waitFor()
        await shot("3-facet")
        await clickAndWaitForUrl(page, page.getByTestId("remove-category"), /\/en\/search\?q=leather$/)
        assert.equal(await count(page), all)

        // 5. A typo still finds leather goods.
        await page.goto(`${BASE}/en/search?q=lether`)
        const typo = page.locator('[data-testid="search-hit"][data-type="product"]').filter({ hasText: /leather/i })
        await typo.first().waitFor()

        // 6. Nothing matches: the empty state with its tips.
        await page.goto(`${BASE}/en/search?q=qqxzvw`)
        await page.getByTestId("search-empty").waitFor()
        assert.equal(await count(page), 0)
        assert.equal(await hits(page).count(), 0)
        await shot("4-empty")
      } catch (error) {
        await shot("failure").catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )

  test(
    "in Hindi: a Hindi title word finds the product, shown with its Hindi title",
    { timeout: TEST_TIMEOUT },
    async () => {
      const { context, page } = await phone("hi-IN")
      try {
        await page.goto(`${BASE}/hi/search?q=${encodeURIComponent("लैपटॉप")}`)
        const bag = page.locator(`[data-testid="search-hit"][data-handle="${LAPTOP_BAG}"]`)
        await bag.waitFor()
        assert.equal(await text(bag.getByTestId("hit-title")), "चमड़े का लैपटॉप बैग")
        assert.equal(await bag.getByTestId("hit-link").getAttribute("href"), `/hi/products/${LAPTOP_BAG}`)
        assert.equal(await text(page.getByTestId("search-title")), "“लैपटॉप” के नतीजे")
        await page.screenshot({ path: `${ARTIFACTS}search-5-hindi.png`, fullPage: true })

        // The header's box answers in Hindi too.
        await page.goto(`${BASE}/hi`)
        const box = page.getByTestId("search-input")
        await box.pressSequentially("लैपटॉप", { delay: 40 })
        await page.getByTestId("instant-hit").filter({ hasText: "चमड़े का लैपटॉप बैग" }).first().waitFor()
        await page.screenshot({ path: `${ARTIFACTS}search-6-hindi-instant.png` })
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}search-failure-hi.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
      }
    }
  )
})
