import type { VendorProduct } from "@dharavi/marketplace/contract"
import { splitList, toAsciiDigits } from "./sellers"

/**
 * Pure helpers for the seller dashboard's product forms: reading prices and
 * stock typed on a phone, turning "one option with comma-separated values" into
 * Medusa options and variants, and reading stock and prices back.
 */

export const SELL_CURRENCIES = ["inr", "usd", "eur"] as const
export type SellCurrency = (typeof SELL_CURRENCIES)[number]

/** Option names a seller picks from. Stored in English so the product page can translate them. */
export const OPTION_TITLES = ["Colour", "Size", "Capacity", "Pack", "Finish", "Style"] as const
export type OptionTitle = (typeof OPTION_TITLES)[number]

/** Products without choices get one option and one variant with this name. */
export const DEFAULT_OPTION = "Default"

export const MAX_STOCK = 1_000_000
const MAX_VALUES = 30

/** A product as the seller dashboard reads it: the marketplace contract's VendorProduct. */
export type { VendorProduct }
export type VendorVariant = NonNullable<VendorProduct["variants"]>[number]
export type VendorPrice = NonNullable<VendorVariant["prices"]>[number]

/**
 * A money amount typed by a person: "1,499", "₹ 1499.50", "१४९९" → 1499 / 1499.5.
 * Null for anything that is not a positive amount with at most two decimals.
 */
export function parseAmount(text: unknown): number | null {
  if (typeof text !== "string") return null
  const cleaned = toAsciiDigits(text)
    .replace(/[₹$€\s,]/g, "")
    .replace(/^(inr|usd|eur|rs\.?)/i, "")
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value > 0 ? value : null
}

/** A stock count: a whole number from 0 to a million, or null. Empty is null too. */
export function parseStock(text: unknown): number | null {
  if (typeof text !== "string") return null
  const cleaned = toAsciiDigits(text).replace(/[\s,]/g, "")
  if (!/^\d{1,7}$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value <= MAX_STOCK ? value : null
}

/** "Red, Blue , red,, Green" → ["Red", "Blue", "Green"]: trimmed, no empties, no duplicates (any case). */
export function parseOptionValues(text: string): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const raw of splitList(text)) {
    const value = raw.slice(0, 60).trim()
    const key = value.toLowerCase()
    if (!value || seen.has(key)) continue
    seen.add(key)
    out.push(value)
  }
  return out.slice(0, MAX_VALUES)
}

export function isOptionTitle(value: unknown): value is OptionTitle {
  return typeof value === "string" && (OPTION_TITLES as readonly string[]).includes(value)
}

/** An http(s) address, for the optional product photo. */
export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value)
    return u.protocol === "https:" || u.protocol === "http:"
  } catch {
    return false
  }
}

export type NewProductForm = {
  title: string
  description: string
  optionTitle: string
  optionValues: string
  prices: Partial<Record<SellCurrency, string>>
  imageUrl: string
  /** Photos already uploaded (POST /vendors/sellers/:id/uploads); they come before the photo link. */
  photoUrls?: readonly string[]
}

export type ProductFormError = "title" | "price_inr" | "price_usd" | "price_eur" | "image_url" | "option"

export type NewProductPayload = {
  title: string
  description?: string
  thumbnail?: string
  images?: { url: string }[]
  options: { title: string; values: string[] }[]
  variants: {
    title: string
    options: Record<string, string>
    prices: { currency_code: SellCurrency; amount: number }[]
  }[]
}

/** Prices from the form: INR is required, USD and EUR only when filled in. */
export function readPrices(prices: Partial<Record<SellCurrency, string>>): {
  prices: { currency_code: SellCurrency; amount: number }[]
  errors: ProductFormError[]
} {
  const out: { currency_code: SellCurrency; amount: number }[] = []
  const errors: ProductFormError[] = []
  for (const code of SELL_CURRENCIES) {
    const raw = (prices[code] ?? "").trim()
    if (!raw) {
      if (code === "inr") errors.push("price_inr")
      continue
    }
    const amount = parseAmount(raw)
    if (amount === null) errors.push(`price_${code}`)
    else out.push({ currency_code: code, amount })
  }
  return { prices: out, errors }
}

/**
 * The body for POST /vendors/sellers/:id/products from the "add product" form.
 * One option with comma-separated values gives one variant per value, all at the
 * same price; no values gives the single "Default" option and variant.
 */
export function buildNewProduct(
  form: NewProductForm
): { ok: true; payload: NewProductPayload } | { ok: false; errors: ProductFormError[] } {
  const errors: ProductFormError[] = []
  const title = form.title.trim()
  if (title.length < 2 || title.length > 200) errors.push("title")
  const { prices, errors: priceErrors } = readPrices(form.prices)
  errors.push(...priceErrors)
  const imageUrl = form.imageUrl.trim()
  if (imageUrl && !isHttpUrl(imageUrl)) errors.push("image_url")
  const values = parseOptionValues(form.optionValues)
  const optionTitle = isOptionTitle(form.optionTitle) ? form.optionTitle : null
  if (values.length && !optionTitle) errors.push("option")
  if (errors.length) return { ok: false, errors }

  const description = form.description.trim()
  const images = [...new Set([...(form.photoUrls ?? []).filter(isHttpUrl), ...(imageUrl ? [imageUrl] : [])])].slice(
    0,
    12
  )
  const payload: NewProductPayload = {
    title,
    ...(description ? { description: description.slice(0, 10_000) } : {}),
    ...(images.length ? { thumbnail: images[0]!, images: images.map((url) => ({ url })) } : {}),
    options: [],
    variants: [],
  }
  if (values.length && optionTitle) {
    payload.options = [{ title: optionTitle, values }]
    payload.variants = values.map((value) => ({ title: value, options: { [optionTitle]: value }, prices }))
  } else {
    payload.options = [{ title: DEFAULT_OPTION, values: [DEFAULT_OPTION] }]
    payload.variants = [{ title: DEFAULT_OPTION, options: { [DEFAULT_OPTION]: DEFAULT_OPTION }, prices }]
  }
  return { ok: true, payload }
}

/**
 * A number from the API: plain numbers, numeric strings, or Medusa's serialized
 * big numbers ({ value: "12.5" }). Anything else is 0.
 */
export function toAmount(value: unknown): number {
  if (value && typeof value === "object" && "value" in value) return toAmount((value as { value: unknown }).value)
  const n = typeof value === "string" ? Number(value) : typeof value === "number" ? value : 0
  return Number.isFinite(n) ? n : 0
}
const num = toAmount

/** Stock of a variant over all locations: on the shelf, promised to open orders, and free to sell. */
export function variantStock(variant: VendorVariant): { stocked: number; reserved: number; available: number } {
  let stocked = 0
  let reserved = 0
  for (const item of variant.inventory_items ?? []) {
    for (const level of item?.inventory?.location_levels ?? []) {
      stocked += num(level?.stocked_quantity)
      reserved += num(level?.reserved_quantity)
    }
  }
  return { stocked, reserved, available: Math.max(0, stocked - reserved) }
}

/** Free stock of the whole product. */
export function productAvailable(product: VendorProduct): number {
  return (product.variants ?? []).reduce((n, v) => n + variantStock(v).available, 0)
}

/** A variant's price in a currency (major units), or null. */
export function variantPrice(variant: VendorVariant, currency: SellCurrency): number | null {
  const price = (variant.prices ?? []).find((p) => p.currency_code?.toLowerCase() === currency)
  if (!price) return null
  const amount = num(price.amount)
  return amount > 0 ? amount : null
}

/** The lowest and highest INR price of a product's variants, for the dashboard list. */
export function priceRange(
  product: VendorProduct,
  currency: SellCurrency = "inr"
): { min: number; max: number } | null {
  const amounts = (product.variants ?? []).map((v) => variantPrice(v, currency)).filter((a): a is number => a !== null)
  if (!amounts.length) return null
  return { min: Math.min(...amounts), max: Math.max(...amounts) }
}

/** "Size: M" style label of a variant, or its title; empty for the single default variant. */
export function variantLabel(variant: VendorVariant): string {
  const parts = (variant.options ?? [])
    .filter((o) => o?.value && o.value !== DEFAULT_OPTION)
    .map((o) => o.value as string)
  if (parts.length) return parts.join(" / ")
  return variant.title && variant.title !== DEFAULT_OPTION ? variant.title : ""
}

/**
 * Variant updates for the edit form. Medusa replaces a product's whole variant
 * list and each variant's whole price list, so every variant is sent (in the
 * product's own order) with every price it should keep. `typed` holds what the
 * form says per variant id; an empty USD or EUR field removes that price, an
 * invalid one is an error, INR must stay.
 */
export function buildPriceUpdate(
  product: VendorProduct,
  typed: Record<string, Partial<Record<SellCurrency, string>>>
):
  | {
      ok: true
      variants: { id: string; prices: { currency_code: SellCurrency; amount: number }[] }[]
      changed: boolean
    }
  | { ok: false; errors: { variantId: string; error: ProductFormError }[] } {
  const errors: { variantId: string; error: ProductFormError }[] = []
  let changed = false
  const variants = (product.variants ?? []).map((v) => {
    const form = typed[v.id]
    const prices: { currency_code: SellCurrency; amount: number }[] = []
    for (const code of SELL_CURRENCIES) {
      const current = variantPrice(v, code)
      if (!form || form[code] === undefined) {
        if (current !== null) prices.push({ currency_code: code, amount: current })
        continue
      }
      const raw = (form[code] ?? "").trim()
      if (!raw) {
        if (code === "inr") errors.push({ variantId: v.id, error: "price_inr" })
        else if (current !== null) changed = true
        continue
      }
      const amount = parseAmount(raw)
      if (amount === null) {
        errors.push({ variantId: v.id, error: `price_${code}` })
        continue
      }
      if (amount !== current) changed = true
      prices.push({ currency_code: code, amount })
    }
    return { id: v.id, prices }
  })
  if (errors.length) return { ok: false, errors }
  return { ok: true, variants, changed }
}

/**
 * Whether a hidden product goes on sale by itself when the platform approves the
 * shop: what a pending shop lists (not saved as a draft on purpose) waits for
 * approval. The marketplace marks those with `metadata.publish_on_approval`.
 */
export function goesOnSaleOnApproval(
  product: Pick<VendorProduct, "status" | "metadata">,
  sellerStatus: string | null | undefined
): boolean {
  if (sellerStatus !== "pending" || product.status === "published") return false
  return product.metadata?.publish_on_approval !== false
}
