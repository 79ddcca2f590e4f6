// Browser test of the marketplace: a maker signs up, opens a shop, is approved,
// lists a product with a photo from the phone and sets its stock, fills in the shop
// profile and payout details, and makes a second seller their digi-preneur; a
// shopper then finds the product (with its photo) and the maker's name.
//
//   STOREFRONT_URL=http://localhost:8000 BACKEND_URL=http://localhost:9000 node --test storefront/e2e/
//
// Needs a running storefront (next start) wired to a seeded Medusa backend with the
// marketplace plugin, and Chromium at /usr/bin/chromium (or CHROMIUM_PATH). The
// platform admin's approval goes through the admin API (ADMIN_EMAIL / ADMIN_PASSWORD,
// default: the demo seed's admin). Screenshots go to storefront/e2e/artifacts/.
import assert from "node:assert/strict"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, test } from "node:test"
import { fileURLToPath } from "node:url"
import { clickAndWaitForUrl, launchChromium, text } from "./browser.mjs"

const BASE = (process.env.STOREFRONT_URL ?? "").replace(/\/+$/, "")
if (!BASE) throw new Error("STOREFRONT_URL is required, e.g. STOREFRONT_URL=http://localhost:8000")
const BACKEND = (process.env.BACKEND_URL ?? "").replace(/\/+$/, "")
if (!BACKEND) throw new Error("BACKEND_URL is required, e.g. BACKEND_URL=http://localhost:9000")
const ADMIN = {
  email: process.env.ADMIN_EMAIL || "admin@dharavi.local",
  password: process.env.ADMIN_PASSWORD || "dharavi-admin",
}

const ARTIFACTS = fileURLToPath(new URL("./artifacts/", import.meta.url))
mkdirSync(ARTIFACTS, { recursive: true })

const messages = {
  en: JSON.parse(readFileSync(new URL("../messages/en.json", import.meta.url), "utf8")),
  hi: JSON.parse(readFileSync(new URL("../messages/hi.json", import.meta.url), "utf8")),
}

// First renders on a 2-core machine can be slow: be generous, but wait on selectors, never sleep.
const STEP_TIMEOUT = 90_000
const TEST_TIMEOUT = 6 * 60_000
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

let browser

before(async () => {
  browser = await launchChromium()
})

after(async () => {
  await browser?.close()
})

/** The platform admin, through the admin API (the storefront has no admin pages). */
async function adminToken() {
  const res = await fetch(`${BACKEND}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  assert.equal(res.status, 200, `admin login: HTTP ${res.status}`)
  const { token } = await res.json()
  assert.ok(token, "admin token")
  return token
}

async function setSellerStatus(token, sellerId, status) {
  const res = await fetch(`${BACKEND}/admin/sellers/${sellerId}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ status }),
  })
  assert.equal(res.status, 200, `admin sets seller ${sellerId} ${status}: HTTP ${res.status} ${await res.text()}`)
}

/** A small PNG (16×16, terracotta and indigo checks) written to a temp file, as a phone camera would give. */
function productPhotoFile(run) {
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAJElEQVR42mPYGqwPR3pWVXCES5xhEGogRhGy+GDUMBoPg0IDAFwlDJBng0gqAAAAAElFTkSuQmCC",
    "base64"
  )
  const path = join(tmpdir(), `e2e-wallet-${run}.png`)
  writeFileSync(path, png)
  return path
}

/** A second seller account made through the API (as if they had signed up at "Sell with us"). */
async function createSellerAccount(email, name) {
  const reg = await fetch(`${BACKEND}/auth/seller/emailpass/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "dharavi-e2e-helper" }),
  })
  assert.equal(reg.status, 200, `register ${email}: HTTP ${reg.status}`)
  const { token } = await reg.json()
  const user = await fetch(`${BACKEND}/vendors/users`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ name }),
  })
  assert.ok(user.ok, `seller account for ${email}: HTTP ${user.status} ${await user.text()}`)
}

async function newContext(viewport, locale = "en") {
  const context = await browser.newContext({ viewport, locale: locale === "hi" ? "hi-IN" : "en-IN" })
  const page = await context.newPage()
  page.setDefaultTimeout(STEP_TIMEOUT)
  page.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return { context, page }
}

describe("marketplace journey", () => {
  test(
    "a maker signs up, opens a shop, is approved and sells; shoppers find the product and the maker",
    { timeout: TEST_TIMEOUT },
    async () => {
      const t = messages.en
      const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
      const email = `e2e-seller-${run}@example.com`
      const makerName = `Rukhsana Leather ${run}`
      const productTitle = `Hand-stitched wallet ${run}`
      const { context, page } = await newContext(PHONE)
      const shot = (name) => page.screenshot({ path: `${ARTIFACTS}seller-${name}.png`, fullPage: true })
      let admin
      let sellerId

      try {
        // 1. "Sell with us": benefits, then the sign-up form.
        await page.goto(`${BASE}/en`)
        await clickAndWaitForUrl(page, page.getByTestId("nav-sell"), /\/en\/sell$/)
        assert.equal(await text(page.getByTestId("sell-title")), t.Sell.heroTitle)
        assert.equal(await page.locator('[data-testid^="benefit-"]').count(), 4)
        await shot("1-sell")
        await page.getByTestId("field-name").fill("Rukhsana Shaikh")
        await page.getByTestId("field-phone").fill("+91 98200 12345")
        await page.getByTestId("field-email").fill(email)
        await page.getByTestId("field-password").fill("dharavi-e2e-secret")
        await clickAndWaitForUrl(page, page.getByTestId("signup-submit"), /\/en\/sell\/shop$/)

        // 2. Open the shop. The web address follows the shop name until edited.
        await page.getByTestId("open-shop-form").waitFor()
        const nameField = page.getByTestId("field-shop-name")
        assert.equal(await nameField.inputValue(), "Rukhsana Shaikh", "the shop name starts as the maker's name")
        await nameField.fill(makerName)
        const handleField = page.getByTestId("field-handle")
        await page.waitForFunction(
          (expected) => document.querySelector('[data-testid="field-handle"]')?.value === expected,
          `rukhsana-leather-${run}`
        )
        const handle = await handleField.inputValue()
        assert.match(handle, /^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        await page.getByTestId("kind-workshop").check()
        await page.getByTestId("craft-leather").check()
        await page.getByTestId("field-area").fill("Kala Killa")
        await page
          .getByTestId("field-story")
          .fill(
            "My father taught me to cut and stitch leather in our workshop near Kala Killa.\n\nToday six of us make wallets and bags by hand."
          )
        await shot("2-open-shop")
        await clickAndWaitForUrl(page, page.getByTestId("open-shop-submit"), /\/en\/sell\/dashboard\/[^/?]+\?opened=1$/)
        sellerId = new URL(page.url()).pathname.split("/").pop()
        assert.match(sellerId, /^sel_/)
        await page.getByTestId("status-pending").waitFor()
        assert.equal(await page.getByTestId("shop-status").getAttribute("data-status"), "pending")
        assert.equal(await text(page.getByTestId("shop-name")), makerName)
        await shot("3-pending")

        // 3. The platform approves the shop through the admin API.
        admin = await adminToken()
        await setSellerStatus(admin, sellerId, "active")
        await page.reload()
        assert.equal(await page.getByTestId("shop-status").getAttribute("data-status"), "active")
        assert.equal(await page.getByTestId("status-pending").count(), 0, "no pending banner once approved")
        await page.getByTestId("no-products").waitFor()

        // 4. Add a product with a price and an initial stock.
        await clickAndWaitForUrl(page, page.getByTestId("add-product"), /\/products\/new$/)
        await page.getByTestId("field-title").fill(productTitle)
        await page
          .getByTestId("field-description")
          .fill("Tan leather, six card slots, stitched by hand with waxed thread.")
        await page.getByTestId("field-price-inr").fill("1,299")
        await page.getByTestId("field-stock").fill("3")
        // The photo field opens the back camera on a phone; here the "camera" gives a small PNG.
        const photoField = page.getByTestId("field-photo")
        assert.equal(await photoField.getAttribute("capture"), "environment")
        assert.equal(await photoField.getAttribute("accept"), "image/jpeg,image/png,image/webp")
        await photoField.setInputFiles(productPhotoFile(run))
        await page.locator(".photo-preview").waitFor()
        await shot("4-new-product")
        await clickAndWaitForUrl(page, page.getByTestId("save-new-product"), /\/products\/prod_[^/?]+\?saved=created$/)
        assert.equal(await page.getByTestId("saved-notice").getAttribute("data-saved"), "created")
        assert.equal(
          await page.getByTestId("product-status").getAttribute("data-status"),
          "published",
          "an approved shop's product goes on sale"
        )
        assert.equal(await page.getByTestId("variant-row").count(), 1, "no choices: one default variant")
        assert.equal(await page.getByTestId("variant-price-inr").inputValue(), "1299")
        assert.equal(await page.getByTestId("variant-stock").inputValue(), "3")
        // The uploaded photo is the product's (main) photo.
        assert.equal(await page.getByTestId("product-photo").count(), 1)
        const photoSrc = await page.getByTestId("product-photo").locator("img").getAttribute("src")
        assert.match(photoSrc ?? "", /\/static\/sellers\//, "the photo is served from the marketplace's uploads")

        // 5. Set the stock on the edit page.
        await page.getByTestId("variant-stock").fill("7")
        await clickAndWaitForUrl(page, page.getByTestId("save-product"), /\?saved=1$/)
        assert.equal(await page.getByTestId("variant-stock").inputValue(), "7")
        const productHandle = await page.getByTestId("view-in-shop").getAttribute("data-handle")
        assert.ok(productHandle, "the product has a shop link")
        await shot("5-edit-product")

        // The dashboard lists it on sale with its stock.
        await clickAndWaitForUrl(page, page.getByTestId("back-to-products"), new RegExp(`/sell/dashboard/${sellerId}$`))
        const row = page.getByTestId("vendor-product").first()
        assert.equal(await row.locator('[data-testid="product-status"]').getAttribute("data-status"), "published")
        assert.equal(await row.locator('[data-testid="product-stock"]').getAttribute("data-available"), "7")
        await shot("6-dashboard")
        await page.getByTestId("tab-orders").click()
        await page.getByTestId("no-seller-orders").waitFor()

        // The shop profile: the public part, then the owner's private details. A wrong account
        // number is caught by the browser, and by the server for browsers that do not check
        // formats (the field is marked with our message); the corrected one is saved.
        await clickAndWaitForUrl(page, page.getByTestId("tab-profile"), /\/profile$/)
        assert.equal(await page.getByTestId("field-shop-name").inputValue(), makerName)
        assert.match(await page.getByTestId("field-story").inputValue(), /My father taught me/)
        await page.getByTestId("field-area").fill("Kala Killa, Dharavi")
        await clickAndWaitForUrl(page, page.getByTestId("save-profile"), /\/profile\?saved=profile/)
        assert.equal(await page.getByTestId("field-area").inputValue(), "Kala Killa, Dharavi")
        await page.getByTestId("payout-bank").check()
        await page.getByTestId("field-account-name").fill("Rukhsana Shaikh")
        await page.getByTestId("field-account-number").fill("12")
        await page.getByTestId("field-ifsc").fill("sbin0001234")
        const before = page.url()
        await page.getByTestId("save-private").click()
        await page.locator("#p-account-number:invalid").waitFor()
        assert.equal(page.url(), before, "the browser kept the form")
        await page.getByTestId("private-form").evaluate((form) => form.setAttribute("novalidate", ""))
        await clickAndWaitForUrl(page, page.getByTestId("save-private"), /\/profile\?.*error=fields/)
        await page.getByTestId("profile-error").waitFor()
        assert.equal(
          await page.locator("#p-account-number").getAttribute("aria-invalid"),
          "true",
          "the wrong field is marked"
        )
        assert.equal(await text(page.locator("#e-account_number")), t.ShopProfile.fieldErrors.account_number)
        await page.getByTestId("payout-bank").check()
        await page.getByTestId("field-account-name").fill("Rukhsana Shaikh")
        await page.getByTestId("field-account-number").fill("0012 3456 7890")
        await page.getByTestId("field-ifsc").fill("sbin0001234")
        await clickAndWaitForUrl(page, page.getByTestId("save-private"), /\/profile\?saved=private/)
        assert.equal(await page.getByTestId("field-account-number").inputValue(), "001234567890")
        assert.equal(await page.getByTestId("field-ifsc").inputValue(), "SBIN0001234")
        await shot("9-profile")

        // Members: the owner makes a second seller (signed up separately) their digi-preneur with 5%.
        const helperEmail = `e2e-digi-${run}@example.com`
        await createSellerAccount(helperEmail, "Amit Digi")
        await clickAndWaitForUrl(page, page.getByTestId("tab-members"), /\/members$/)
        assert.equal(await page.getByTestId("member-row").count(), 1, "only the owner at first")
        await page.getByTestId("invite-email").fill(helperEmail)
        await page.getByTestId("invite-role-digipreneur").check()
        await page.getByTestId("invite-share").fill("5")
        await clickAndWaitForUrl(page, page.getByTestId("invite-submit"), /\/members\?saved=invited/)
        const helperRow = page.locator(`[data-testid="member-row"][data-email="${helperEmail}"]`)
        await helperRow.waitFor()
        assert.equal(await helperRow.getAttribute("data-role"), "digipreneur")
        assert.equal(await helperRow.getByTestId("member-share").getAttribute("data-share"), "5")
        assert.equal(await text(helperRow.getByTestId("member-role")), t.Dashboard.role.digipreneur)
        // The audit log says, in plain words, who added the product and who gave access.
        const created = page.locator('[data-testid="audit-entry"][data-action="product.created"]')
        await created.first().waitFor()
        assert.equal(
          await text(created.first().locator(".audit-what")),
          t.Members.audit.productCreated.replace("{name}", "Rukhsana Shaikh")
        )
        assert.equal(await text(created.first().locator(".audit-about")), productTitle)
        await page.locator('[data-testid="audit-entry"][data-action="member.added"]').first().waitFor()
        await shot("10-members")

        // 6. A shopper (a fresh browser, not logged in) opens the product: price, stock and the maker.
        const shopper = await newContext(PHONE)
        try {
          const p = shopper.page
          await p.goto(`${BASE}/en/products/${productHandle}`)
          assert.equal(await text(p.getByTestId("product-title")), productTitle)
          await p.locator('[data-testid="product-form"][data-hydrated="true"]').waitFor()
          assert.match(await text(p.getByTestId("product-price")), /1,299/)
          assert.equal(await text(p.getByTestId("stock-state")), t.Product.inStock)
          const block = p.getByTestId("maker-block")
          await block.waitFor()
          assert.equal(await text(p.getByTestId("maker-link")), makerName)
          assert.match(await text(block), /My father taught me/)
          const gallery = p.locator('.gallery img[src*="/static/sellers/"]')
          await gallery.first().waitFor()
          await p.waitForFunction(() => {
            const img = document.querySelector('.gallery img[src*="/static/sellers/"]')
            return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0
          })
          await p.screenshot({ path: `${ARTIFACTS}seller-7-product.png`, fullPage: true })

          // 7. The maker page lists the product.
          await clickAndWaitForUrl(p, p.getByTestId("maker-link"), new RegExp(`/en/makers/${handle}$`))
          assert.equal(await text(p.getByTestId("maker-name")), makerName)
          await p.getByTestId("maker-story").waitFor()
          await p.locator(`[data-testid="product-card"][data-handle="${productHandle}"]`).waitFor()
          await p.screenshot({ path: `${ARTIFACTS}seller-8-maker.png`, fullPage: true })

          // The directory finds the maker by name.
          await p.goto(`${BASE}/en/makers`)
          await p.getByTestId("maker-q").fill(run)
          await Promise.all([p.waitForURL(/\/en\/makers\?q=/), p.getByTestId("maker-q").press("Enter")])
          await p.locator(`[data-testid="maker-card"][data-handle="${handle}"]`).waitFor()
          assert.equal(await p.getByTestId("maker-card").count(), 1)
        } finally {
          await shopper.context.close()
        }
      } catch (error) {
        await page.screenshot({ path: `${ARTIFACTS}seller-failure.png`, fullPage: true }).catch(() => {})
        throw error
      } finally {
        await context.close()
        // Keep the public directory tidy across runs: the test maker is paused (hidden) afterwards.
        if (admin && sellerId) await setSellerStatus(admin, sellerId, "suspended").catch(() => {})
      }
    }
  )

  test("the maker directory renders in Hindi, and on a desktop", { timeout: TEST_TIMEOUT }, async () => {
    const t = messages.hi
    const { context, page } = await newContext(PHONE, "hi")
    try {
      await page.goto(`${BASE}/hi/makers`)
      assert.equal(await page.getAttribute("html", "lang"), "hi")
      assert.equal(await text(page.getByTestId("makers-title")), t.Makers.title)
      assert.match(await text(page.getByTestId("makers-title")), /[\u0900-\u097F]/, "Hindi title in Devanagari")
      assert.equal(await text(page.getByTestId("nav-sell")), t.Nav.sell)
      const cards = page.getByTestId("maker-card")
      await cards.first().waitFor()
      assert.ok((await cards.count()) >= 1, "the seeded makers are listed")
      await page.screenshot({ path: `${ARTIFACTS}seller-hi-makers.png`, fullPage: true })

      // A craft filter narrows the list; a search that matches nobody shows the helpful empty state.
      const chip = page.locator('[data-testid="craft-filter"] a[data-testid^="craft-"]').first()
      if ((await chip.count()) > 0) {
        await clickAndWaitForUrl(page, chip, /\/hi\/makers\?craft=/)
        await cards.first().waitFor()
      }
      await page.goto(`${BASE}/hi/makers?q=${encodeURIComponent("no-such-maker-xyz")}`)
      await page.getByTestId("makers-empty").waitFor()
      assert.match(await text(page.getByTestId("makers-empty")), /[\u0900-\u097F]/)
    } finally {
      await context.close()
    }

    const desktop = await newContext(DESKTOP)
    try {
      await desktop.page.goto(`${BASE}/en/makers`)
      await desktop.page.getByTestId("maker-card").first().waitFor()
      await desktop.page.screenshot({ path: `${ARTIFACTS}seller-desktop-makers.png`, fullPage: true })
      await desktop.page.goto(`${BASE}/en/sell`)
      await desktop.page.screenshot({ path: `${ARTIFACTS}seller-desktop-sell.png`, fullPage: true })
    } finally {
      await desktop.context.close()
    }
  })
})
