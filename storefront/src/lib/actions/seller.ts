"use server"

import { redirect } from "next/navigation"
import type { AppLocale } from "@/i18n/locales"
import { isValidEmail, MIN_PASSWORD } from "../address"
import { clearSellerToken, setSellerToken } from "../cookies"
import { describe, nullIfNotFound, statusOf, unlessRefused } from "../data/errors"
import { classify, failureQuery, formFailureQuery, signInFailureQuery } from "../failures"
import { getVendorProduct, uploadPhotos, vendorFetch, type Membership, type VendorMe } from "../data/vendor"
import { medusa } from "../medusa"
import { safeReturnPath } from "../paths"
import { addPhotos, photosProblem, removePhoto } from "../photos"
import { alternativeHandle, isValidHandle, normalizePhone, parseCrafts, suggestHandle } from "../sellers"
import {
  buildNewProduct,
  buildPriceUpdate,
  parseStock,
  SELL_CURRENCIES,
  variantStock,
  type SellCurrency,
  type VendorProduct,
} from "../vendor-products"
import { refreshEverything } from "./refresh"
import { files, localeOf, shopPath, str, withQuery } from "./helpers"

/** Where a seller goes after logging in: their only shop, the shop list, or "open your shop". */
function homeFor(locale: AppLocale, memberships: Membership[]): string {
  if (memberships.length === 1) return `/${locale}/sell/dashboard/${memberships[0]!.seller.id}`
  if (memberships.length === 0) return `/${locale}/sell/shop`
  return `/${locale}/sell/dashboard`
}

async function sellerLogin_(email: string, password: string): Promise<string | null> {
  const result = await medusa().auth.login("seller", "emailpass", { email, password })
  return typeof result === "string" ? result : null
}

/** The seller account of a login, or null when it has none yet (refused or missing); other failures are thrown. */
async function me(token: string): Promise<VendorMe | null> {
  return nullIfNotFound(() =>
    unlessRefused(
      () => medusa().client.fetch<VendorMe>("/vendors/me", { headers: { authorization: `Bearer ${token}` } }),
      null
    )
  )
}

/** Turns a registration (or an identity without a seller account yet) into a seller account. */
async function createSellerUser(token: string, name: string, phone: string | null) {
  await medusa().client.fetch("/vendors/users", {
    method: "POST",
    body: { name, ...(phone ? { phone } : {}) },
    headers: { authorization: `Bearer ${token}` },
  })
}

/**
 * "Sell with us" sign-up: auth identity for actor type "seller", the seller
 * account (POST /vendors/users with the registration token), then a real login.
 * An email that already has an identity (a shopper's, or a sign-up that stopped
 * half way) is logged in with the given password and finished.
 */
export async function sellerSignup(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/sell`
  const fail = (error: string) => redirect(withQuery(page, { error }) + "#signup")
  const name = str(form, "name", 120)
  const email = str(form, "email", 254).toLowerCase()
  const password = str(form, "password", 200)
  const phoneRaw = str(form, "phone", 30)
  const phone = normalizePhone(phoneRaw)
  if (name.length < 2 || !isValidEmail(email)) fail("fields")
  if (phoneRaw && !phone) fail("phone")
  if (password.length < MIN_PASSWORD) fail("password")

  let token: string | null = null
  let next: string | null = null
  let outcome: "ok" | "exists" | "failed" = "failed"
  let failure: Record<string, string> = { error: "signup" }
  try {
    let registration: string | null = null
    try {
      registration = await medusa().auth.register("seller", "emailpass", { email, password })
    } catch (error) {
      const status = statusOf(error)
      if (status !== 401 && status !== 409 && !/exist/i.test(describe(error))) throw error
    }
    if (registration) {
      await createSellerUser(registration, name, phone)
      token = await sellerLogin_(email, password)
    } else {
      // The email already has a login. With the right password, finish what is missing; only a refused
      // password means "exists" (a throttle or an outage is said as such).
      const existing = await unlessRefused(() => sellerLogin_(email, password), null)
      if (existing) {
        const account = await me(existing)
        if (account) {
          token = existing
          next = homeFor(locale, account.memberships)
        } else {
          await createSellerUser(existing, name, phone)
          token = await sellerLogin_(email, password)
        }
      } else {
        outcome = "exists"
      }
    }
    if (token) outcome = "ok"
  } catch (error) {
    console.error("[seller] sign-up failed:", describe(error))
    outcome = "failed"
    failure = failureQuery(classify(error))
  }
  if (outcome === "exists") fail("exists")
  if (outcome !== "ok" || !token) redirect(withQuery(page, failure) + "#signup")
  await setSellerToken(token!)
  refreshEverything()
  redirect(next ?? `/${locale}/sell/shop`)
}

export async function sellerLogin(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/sell/login`
  const email = str(form, "email", 254).toLowerCase()
  const password = str(form, "password", 200)
  const returnTo = safeReturnPath(str(form, "return_to", 500), "")
  if (!email || !password) redirect(withQuery(page, { error: "credentials" }))

  let token: string | null = null
  let account: VendorMe | null = null
  let failed: unknown = null
  try {
    token = await sellerLogin_(email, password)
    if (token) account = await me(token)
  } catch (error) {
    failed = error
    if (statusOf(error) !== 401) console.error("[seller] login failed:", describe(error))
  }
  // "Wrong email or password" only when the backend said so (401); a throttle says how long to wait,
  // an outage says to try again; and a login whose seller account could not be read is not "no seller".
  if (!token || failed) redirect(withQuery(page, signInFailureQuery(failed)))
  // Right password, but this login never finished signing up to sell.
  if (!account) redirect(withQuery(`/${locale}/sell`, { error: "noSeller" }) + "#signup")
  await setSellerToken(token)
  refreshEverything()
  redirect(returnTo.startsWith(`/${locale}/sell/`) ? returnTo : homeFor(locale, account.memberships))
}

export async function sellerLogout(form: FormData): Promise<void> {
  const locale = localeOf(form)
  await clearSellerToken()
  refreshEverything()
  redirect(`/${locale}/sell`)
}

/**
 * "Open your shop": creates the seller (it starts as pending). When the handle
 * is taken, the next free "-2", "-3"… is used, so a karigar never gets stuck on it.
 */
export async function openShop(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const page = `/${locale}/sell/shop`
  const name = str(form, "name", 120)
  if (name.length < 2) redirect(withQuery(page, { error: "name" }))
  const typed = str(form, "handle", 80).toLowerCase()
  const handle = isValidHandle(typed) ? typed : suggestHandle(typed || name)
  if (!isValidHandle(handle)) redirect(withQuery(page, { error: "handle" }))
  const kind = str(form, "kind", 20) === "workshop" ? "workshop" : "artisan"
  const crafts = parseCrafts(
    form.getAll("crafts").filter((c): c is string => typeof c === "string"),
    str(form, "other_crafts", 300)
  )
  const area = str(form, "area", 80)
  const story = str(form, "story", 4000)
  const body = {
    name,
    kind,
    ...(crafts.length ? { crafts } : {}),
    ...(area ? { area } : {}),
    // The story is written in the language the form was shown in.
    ...(story ? { story: { [locale]: story } } : {}),
  }

  let sellerId: string | null = null
  let error: "handle" | "fields" | "session" | "failed" | null = null
  let failure: Record<string, string> | null = null
  for (let attempt = 1; attempt <= 6 && !sellerId && !error; attempt++) {
    const candidate = attempt === 1 ? handle : alternativeHandle(handle, attempt)
    try {
      const { seller } = await vendorFetch<{ seller: { id: string } }>("/vendors/sellers", {
        method: "POST",
        body: { handle: candidate, ...body },
      })
      sellerId = seller.id
    } catch (e) {
      const status = statusOf(e)
      if (status === 422) continue
      console.error("[seller] open shop failed:", describe(e))
      error = status === 400 ? "fields" : status === 401 ? "session" : "failed"
      // Anything but a refused field or an ended session is said as what it was (unavailable, wait…).
      if (error === "failed") failure = formFailureQuery(e)
    }
  }
  if (error === "session") redirect(`/${locale}/sell/login?return_to=${encodeURIComponent(page)}`)
  if (!sellerId) redirect(withQuery(page, failure ?? { error: error ?? "handle" }))
  refreshEverything()
  redirect(shopPath(locale, sellerId, "?opened=1"))
}

/** Sets the stock of each variant; false when one of the calls failed. */
async function setStock(
  sellerId: string,
  productId: string,
  levels: { variantId: string; quantity: number }[]
): Promise<boolean> {
  let ok = true
  for (const { variantId, quantity } of levels) {
    try {
      await vendorFetch(
        `/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}/stock`,
        {
          method: "POST",
          body: { variant_id: variantId, stocked_quantity: quantity },
        }
      )
    } catch (error) {
      console.error("[seller] stock failed:", describe(error))
      ok = false
    }
  }
  return ok
}

/**
 * "Add product": uploads the photo taken or chosen on the phone (or takes a photo
 * link), creates the product (on sale when the shop is approved, or as soon as a
 * pending shop is approved), then sets the stock of every variant.
 */
export async function createProduct(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const page = shopPath(locale, sellerId, "/products/new")
  const fields = {
    title: str(form, "title", 200),
    description: str(form, "description", 10_000),
    optionTitle: str(form, "option_title", 40),
    optionValues: str(form, "option_values", 1000),
    prices: { inr: str(form, "price_inr", 20), usd: str(form, "price_usd", 20), eur: str(form, "price_eur", 20) },
    imageUrl: str(form, "image_url", 1000),
  }
  const checked = buildNewProduct(fields)
  const photos = files(form, "photo")
  const photoIssue = photosProblem(photos)
  const stockRaw = str(form, "stock", 10)
  const stock = stockRaw ? parseStock(stockRaw) : 0
  const fieldErrors = [
    ...(checked.ok ? [] : checked.errors),
    ...(stock === null ? ["stock"] : []),
    ...(photoIssue ? ["photo"] : []),
  ]
  if (fieldErrors.length) {
    redirect(
      withQuery(page, { error: "fields", fields: fieldErrors.join(","), ...(photoIssue ? { photo: photoIssue } : {}) })
    )
  }

  let photoUrls: string[] = []
  if (photos.length) {
    const uploaded = await uploadPhotos(sellerId, photos)
    if ("problem" in uploaded) {
      // An outage or a throttle is said as such; a photo the backend refused, as what was wrong with it.
      redirect(
        withQuery(
          page,
          uploaded.failure ?? {
            error: uploaded.problem === "upload" ? "upload" : "fields",
            fields: "photo",
            photo: uploaded.problem,
          }
        )
      )
    }
    photoUrls = uploaded.urls
  }
  const built = buildNewProduct({ ...fields, photoUrls })
  if (!built.ok) redirect(withQuery(page, { error: "fields", fields: built.errors.join(",") }))

  let product: VendorProduct | null = null
  let stockOk = true
  let failure: Record<string, string> = { error: "create" }
  try {
    const created = await vendorFetch<{ product: VendorProduct }>(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/products`,
      {
        method: "POST",
        body: built.payload,
      }
    )
    product = created.product
    if (product && stock! > 0) {
      stockOk = await setStock(
        sellerId,
        product.id,
        (product.variants ?? []).map((v) => ({ variantId: v.id, quantity: stock! }))
      )
    }
  } catch (error) {
    console.error("[seller] create product failed:", describe(error))
    failure = formFailureQuery(error)
  }
  // The product may exist when only its stock failed: that is said on its page (error=stock), not here.
  if (!product) redirect(withQuery(page, failure))
  refreshEverything()
  redirect(shopPath(locale, sellerId, `/products/${product.id}?saved=created${stockOk ? "" : "&error=stock"}`))
}

/** Sends a product's new photo list (and main photo). */
async function savePhotos(
  sellerId: string,
  productId: string,
  update: { images: { url: string }[]; thumbnail: string }
): Promise<Record<string, string> | null> {
  try {
    await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`, {
      method: "POST",
      body: update,
    })
    return null
  } catch (error) {
    console.error("[seller] photos failed:", describe(error))
    return formFailureQuery(error)
  }
}

/** Edit page: adds the photo taken or chosen after the product's other photos. */
export async function addProductPhotos(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  const page = shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`)
  const photos = files(form, "photo")
  if (!photos.length) redirect(withQuery(page, { error: "photo", photo: "none" }) + "#photos")
  const product = await getVendorProduct(sellerId, productId)
  if (!product) redirect(shopPath(locale, sellerId))
  const uploaded = await uploadPhotos(sellerId, photos)
  if ("problem" in uploaded)
    redirect(withQuery(page, uploaded.failure ?? { error: "photo", photo: uploaded.problem }) + "#photos")
  const update = addPhotos(product, uploaded.urls)
  if (!update) redirect(withQuery(page, { error: "photo", photo: "count" }) + "#photos")
  const failed = await savePhotos(sellerId, productId, update)
  refreshEverything()
  redirect(withQuery(page, failed ?? { saved: "photo" }) + "#photos")
}

/** Edit page: removes one photo. The last photo can only be replaced (the main photo cannot be emptied). */
export async function removeProductPhoto(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  const url = str(form, "url", 2000)
  const page = shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`)
  const product = await getVendorProduct(sellerId, productId)
  if (!product) redirect(shopPath(locale, sellerId))
  const update = removePhoto(product, url)
  if (!update) redirect(withQuery(page, { error: "photo", photo: "last" }) + "#photos")
  const failed = await savePhotos(sellerId, productId, update)
  refreshEverything()
  redirect(withQuery(page, failed ?? { saved: "photoRemoved" }) + "#photos")
}

/** The edit form: title, description, every variant's prices and stock, in one save. */
export async function updateProduct(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  const page = shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`)
  const product = await getVendorProduct(sellerId, productId)
  if (!product) redirect(shopPath(locale, sellerId))

  const title = str(form, "title", 200)
  const description = str(form, "description", 10_000)
  const typed: Record<string, Partial<Record<SellCurrency, string>>> = {}
  const stockChanges: { variantId: string; quantity: number }[] = []
  const badStock: string[] = []
  for (const v of product.variants ?? []) {
    const entry: Partial<Record<SellCurrency, string>> = {}
    for (const code of SELL_CURRENCIES) {
      const value = form.get(`price_${code}:${v.id}`)
      if (typeof value === "string") entry[code] = value
    }
    typed[v.id] = entry
    const stockValue = form.get(`stock:${v.id}`)
    if (typeof stockValue === "string" && stockValue.trim()) {
      const quantity = parseStock(stockValue)
      if (quantity === null) badStock.push(v.id)
      else if (quantity !== variantStock(v).stocked) stockChanges.push({ variantId: v.id, quantity })
    }
  }
  const prices = buildPriceUpdate(product, typed)
  const fieldErrors = [
    ...(title.length < 2 ? ["title"] : []),
    ...(prices.ok ? [] : prices.errors.map((e) => e.error)),
    ...(badStock.length ? ["stock"] : []),
  ]
  if (fieldErrors.length) redirect(withQuery(page, { error: "fields", fields: [...new Set(fieldErrors)].join(",") }))

  let failed: Record<string, string> | null = null
  try {
    const update: Record<string, unknown> = {}
    if (title !== product.title) update.title = title
    if (description !== (product.description ?? "")) update.description = description
    if (prices.ok && prices.changed) update.variants = prices.variants
    if (Object.keys(update).length) {
      await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`, {
        method: "POST",
        body: update,
      })
    }
  } catch (error) {
    console.error("[seller] update product failed:", describe(error))
    failed = formFailureQuery(error)
  }
  if (!failed && stockChanges.length && !(await setStock(sellerId, productId, stockChanges)))
    failed = { error: "stock" }
  refreshEverything()
  redirect(withQuery(page, failed ?? { saved: "1" }))
}

/** Publish (put on sale) or unpublish (hide) a product. Publishing needs an approved shop. */
export async function setProductStatus(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  const status = str(form, "status", 20) === "published" ? "published" : "draft"
  const page = shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`)
  let error: Record<string, string> | null = null
  try {
    await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`, {
      method: "POST",
      body: { status },
    })
  } catch (e) {
    console.error("[seller] status failed:", describe(e))
    error = formFailureQuery(e, ({ status }) => (status === 403 ? "notActive" : null))
  }
  refreshEverything()
  redirect(withQuery(page, error ?? { saved: status }))
}

export async function deleteProduct(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const productId = str(form, "product_id", 100)
  let failed: Record<string, string> | null = null
  try {
    await vendorFetch(`/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`, {
      method: "DELETE",
    })
  } catch (error) {
    console.error("[seller] delete failed:", describe(error))
    failed = formFailureQuery(error)
  }
  refreshEverything()
  if (failed) redirect(withQuery(shopPath(locale, sellerId, `/products/${encodeURIComponent(productId)}`), failed))
  redirect(shopPath(locale, sellerId, "?deleted=1"))
}
