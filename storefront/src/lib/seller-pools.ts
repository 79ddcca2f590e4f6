import type { PoolReport, VendorPledge, VendorPoolDetailResponse } from "@dharavi/commons/contract"
import type { Pool, PoolStatus, PoolTier } from "./commons"
import { toAsciiDigits } from "./sellers"
import { DEFAULT_OPTION, parseAmount, type VendorProduct } from "./vendor-products"

/**
 * A seller's own group buys (the commons plugin's /vendors/sellers/:id/pools): what the dashboard
 * shows of a pool it manages, which of its variants can be a pool's material, what can be done to a
 * pool in each state, and the "new pool" form. Pure: no React, no fetch, so unit tests use it.
 */

// What the dashboard reads of a pool it manages: the commons contract's types.
/** A pledge as the managing seller sees it: quantities and state, never the buyer or the payment. */
export type ManagedPledge = VendorPledge
export type { PoolReport }
/** `GET /vendors/sellers/:seller_id/pools/:pool_id` */
export type ManagedPool = VendorPoolDetailResponse

export const SELLER_POOL_FILTERS: readonly PoolStatus[] = [
  "draft",
  "open",
  "succeeded",
  "settled",
  "failed",
  "cancelled",
]

/** The pill colour of a pool's state (the public pool pages' colours; green once it went ahead). */
export function poolPill(status: PoolStatus): string {
  switch (status) {
    case "open":
      return "pill-pool-open"
    case "succeeded":
    case "settled":
      return "pill-status-active"
    case "failed":
      return "pill-pool-failed"
    case "cancelled":
      return "pill-pool-cancelled"
    default:
      return "pill-neutral"
  }
}

/** What the seller may do with a pool now (the plugin has the last word). */
export function poolActions(
  pool: Pick<Pool, "status" | "closes_at">,
  now: Date = new Date()
): { open: boolean; cancel: boolean; settle: boolean } {
  const closed = new Date(pool.closes_at).getTime() <= now.getTime()
  return {
    open: pool.status === "draft" && !closed,
    cancel: pool.status === "draft" || (pool.status === "open" && !closed),
    // A closed pool is decided and settled by the job within a minute; "settle now" also retries refused captures.
    settle: (pool.status === "open" && closed) || pool.status === "succeeded",
  }
}

export type Material = { product_id: string; variant_id: string; label: string }

/**
 * The seller's variants a pool can be for: those that track no stock (the supplier ships to order, so
 * the pool's orders never wait on the shop's shelves). Labelled "Product · Variant".
 */
export function poolMaterials(products: VendorProduct[]): Material[] {
  const out: Material[] = []
  for (const p of products) {
    for (const v of p.variants ?? []) {
      if (v.manage_inventory !== false) continue
      const variant = v.title && v.title !== DEFAULT_OPTION ? ` · ${v.title}` : ""
      out.push({ product_id: p.id, variant_id: v.id, label: `${p.title}${variant}` })
    }
  }
  return out
}

export const POOL_FORM_TIERS = 4
export const POOL_CURRENCIES = ["inr", "usd", "eur"] as const
type Currency = (typeof POOL_CURRENCIES)[number]

/** The form as typed (every field a string; tier rows by index; `material` is "product_id:variant_id" or "new"). */
export type PoolFormInput = {
  title: string
  description: string
  material: string
  material_title: string
  unit: string
  case_size: string
  currency_code: string
  tier_min: string[]
  tier_price: string[]
  min_quantity: string
  max_quantity: string
  opens_at: string
  closes_at: string
  fulfilment: string
  pickup_point: string
  freight_cost: string
  handling_cost: string
  cost_split: string
}

export type PoolFormError =
  | "title"
  | "material"
  | "material_title"
  | "unit"
  | "case_size"
  | "tiers"
  | "tier_order"
  | "min_quantity"
  | "max_quantity"
  | "opens_at"
  | "closes_at"
  | "pickup_point"
  | "freight_cost"
  | "handling_cost"

/** The body of POST /vendors/sellers/:id/pools: a pool's terms as `Pool` names them. */
export type PoolBody = Pick<
  Pool,
  | "handle"
  | "title"
  | "unit"
  | "case_size"
  | "tiers"
  | "min_quantity"
  | "max_quantity"
  | "opens_at"
  | "closes_at"
  | "fulfilment"
  | "freight_cost"
  | "handling_cost"
  | "cost_split"
> & {
  description?: Partial<Record<"en" | "hi" | "mr", string>>
  product_id?: string
  variant_id?: string
  currency_code: Currency
  pickup_point?: string
}

/** A whole number typed on a phone ("1,000", "१००"); null for anything else. */
function whole(text: string, min: number): number | null {
  const ascii = toAsciiDigits(text.trim()).replace(/[,\s]/g, "")
  if (!/^\d{1,7}$/.test(ascii)) return null
  const n = Number(ascii)
  return n >= min ? n : null
}

/** An amount that may be 0 (shared costs); empty is 0. */
function cost(text: string): number | null {
  const t = text.trim()
  if (!t || /^[0०]+$/.test(toAsciiDigits(t))) return 0
  return parseAmount(t)
}

/** Dharavi's clock (Asia/Kolkata, UTC+05:30 all year): "2026-12-01T18:00" from a date-time field, as UTC. */
export function kolkataToIso(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as number[]
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!) - 330 * 60_000
  const date = new Date(utc)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The other way: an instant as Dharavi's "YYYY-MM-DDTHH:mm", for a date-time field's value. */
export function isoToKolkata(date: Date): string {
  return new Date(date.getTime() + 330 * 60_000).toISOString().slice(0, 16)
}

/** A handle from the title (Latin letters and digits), unique by `suffix`. */
export function poolHandle(title: string, suffix: string): string {
  const slug = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "")
  return `${slug || "pool"}-${
    suffix
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .slice(0, 12) || "1"
  }`
}

/**
 * Reads the "new pool" form into the plugin's body (without the material when it is "new": the action
 * lists the material first). The same rules as the plugin: a base price and optional larger tiers
 * that never cost more, minimum ≤ maximum, closing after opening and in the future, a pickup point
 * when collected.
 */
export function parsePoolForm(
  input: PoolFormInput,
  options: { now?: Date; suffix: string; locale: "en" | "hi" | "mr" }
):
  | { ok: true; body: PoolBody; material: { product_id: string; variant_id: string } | { title: string } }
  | { ok: false; errors: PoolFormError[] } {
  const errors: PoolFormError[] = []
  const now = options.now ?? new Date()
  const title = input.title.trim()
  if (title.length < 2 || title.length > 160) errors.push("title")

  let material: { product_id: string; variant_id: string } | { title: string } | null = null
  if (input.material === "new") {
    const name = input.material_title.trim()
    if (name.length < 2 || name.length > 200) errors.push("material_title")
    else material = { title: name }
  } else {
    const [product_id, variant_id, extra] = input.material.split(":")
    if (product_id && variant_id && extra === undefined) material = { product_id, variant_id }
    else errors.push("material")
  }

  const unit = input.unit.trim()
  if (!unit || unit.length > 20) errors.push("unit")
  const caseSize = input.case_size.trim() ? whole(input.case_size, 1) : 1
  if (caseSize === null || caseSize > 100_000) errors.push("case_size")
  const currency = (POOL_CURRENCIES as readonly string[]).includes(input.currency_code)
    ? (input.currency_code as Currency)
    : "inr"

  // Row 0 is the base price (from 0 units); later rows count only when both cells are filled.
  const tiers: PoolTier[] = []
  let tiersOk = true
  for (let i = 0; i < POOL_FORM_TIERS; i++) {
    const minText = i === 0 ? "0" : (input.tier_min[i] ?? "").trim()
    const priceText = (input.tier_price[i] ?? "").trim()
    if (i > 0 && !minText && !priceText) continue
    const min = whole(minText, i === 0 ? 0 : 1)
    const price = parseAmount(priceText)
    if (min === null || price === null) tiersOk = false
    else tiers.push({ min_quantity: min, unit_price: price })
  }
  if (!tiersOk || !tiers.length) errors.push("tiers")
  else {
    const sorted = [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)
    const distinct = new Set(sorted.map((t) => t.min_quantity)).size === sorted.length
    if (!distinct || sorted.some((t, i) => i > 0 && t.unit_price > sorted[i - 1]!.unit_price)) errors.push("tier_order")
  }

  const min = whole(input.min_quantity, 1)
  const max = whole(input.max_quantity, 1)
  if (min === null) errors.push("min_quantity")
  if (max === null || (min !== null && max < min)) errors.push("max_quantity")

  const opens = kolkataToIso(input.opens_at)
  const closes = kolkataToIso(input.closes_at)
  if (!opens) errors.push("opens_at")
  if (!closes || new Date(closes) <= now || (opens && new Date(closes) <= new Date(opens))) errors.push("closes_at")

  const fulfilment = input.fulfilment === "delivery" ? "delivery" : "pickup"
  const pickup = input.pickup_point.trim()
  if ((fulfilment === "pickup" && !pickup) || pickup.length > 300) errors.push("pickup_point")
  const freight = cost(input.freight_cost)
  const handling = cost(input.handling_cost)
  if (freight === null) errors.push("freight_cost")
  if (handling === null) errors.push("handling_cost")

  if (errors.length || !material) return { ok: false, errors }
  const description = input.description.trim()
  return {
    ok: true,
    material,
    body: {
      handle: poolHandle(title, options.suffix),
      title,
      ...(description ? { description: { [options.locale]: description.slice(0, 4000) } } : {}),
      ...("variant_id" in material ? material : {}),
      unit,
      case_size: caseSize!,
      currency_code: currency,
      tiers,
      min_quantity: min!,
      max_quantity: max!,
      opens_at: opens!,
      closes_at: closes!,
      fulfilment,
      ...(pickup ? { pickup_point: pickup } : {}),
      freight_cost: freight!,
      handling_cost: handling!,
      cost_split: input.cost_split === "equal" ? "equal" : "quantity",
    },
  }
}

/**
 * The body for POST /vendors/sellers/:id/products that lists a new raw material for a pool: hidden
 * from the shop (draft), one variant that tracks no stock, priced at the pool's base price.
 */
export function materialProduct(title: string, currency: Currency, price: number) {
  return {
    title,
    status: "draft" as const,
    options: [{ title: DEFAULT_OPTION, values: [DEFAULT_OPTION] }],
    variants: [
      {
        title: DEFAULT_OPTION,
        options: { [DEFAULT_OPTION]: DEFAULT_OPTION },
        prices: [{ currency_code: currency, amount: price }],
        manage_inventory: false,
      },
    ],
  }
}
