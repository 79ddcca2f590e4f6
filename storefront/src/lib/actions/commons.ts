"use server"

import { redirect } from "next/navigation"
import { PLEDGE_PROVIDER, parsePledgeForm, type Pool } from "../commons"
import { authHeaders, getAuthToken } from "../cookies"
import { getPool } from "../data/commons"
import { describe, statusOf } from "../data/errors"
import { CommonsErrors } from "@dharavi/commons/contract"
import { formFailureQuery, type Failure } from "../failures"
import { vendorFetch } from "../data/vendor"
import { medusa } from "../medusa"
import { POOL_FORM_TIERS, materialProduct, parsePoolForm, type PoolFormInput } from "../seller-pools"
import type { VendorProduct } from "../vendor-products"
import { refreshEverything } from "./refresh"
import { localeOf, shopPath, str, withQuery } from "./helpers"

export type PledgeError =
  "quantity" | "flex" | "too_many" | "pool_full" | "already" | "payment" | "closed" | "pledge_not_live" | "failed"

/**
 * The plugin's own answers to a pledge, by the commons contract's codes: a full pool, a pledge that is
 * no longer live, a second pledge, a refused authorisation, a pool that no longer takes pledges (or is
 * gone). Anything else (a pledge changed meanwhile, an input it named, an outage, a throttle) is said as
 * what it was.
 */
function pledgeError({ status, code, field }: Failure): PledgeError | null {
  if (code === CommonsErrors.POOL_FULL) return "pool_full"
  if (code === CommonsErrors.PLEDGE_NOT_LIVE) return "pledge_not_live"
  if (code === CommonsErrors.PLEDGE_EXISTS) return "already"
  if (code === CommonsErrors.PLEDGE_PAYMENT_DECLINED) return "payment"
  if (
    code === CommonsErrors.POOL_NOT_TAKING_PLEDGES ||
    code === CommonsErrors.POOL_NOT_FOUND ||
    code === CommonsErrors.PLEDGE_NOT_FOUND ||
    status === 404
  )
    return "closed"
  // Any other refusal of the pledge that names no field: the pool is not taking this pledge.
  if (status === 400 && !field) return "closed"
  return null
}

/**
 * Pledges to a pool, or changes my live pledge (`pledge_id`): firm quantity and optional flex, paid
 * by the system provider (the plugin authorises the most it could cost, captures at settlement).
 */
export async function savePledge(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = `/${locale}/pools/${encodeURIComponent(handle)}`
  if (!(await getAuthToken())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const pool = handle ? await getPool(handle) : null
  if (!pool) redirect(`/${locale}/pools`)
  const pledgeId = str(form, "pledge_id", 100)
  const current = Number(str(form, "current_quantity", 10)) || 0
  const parsed = parsePledgeForm(
    { quantity: str(form, "quantity", 20), flex_quantity: str(form, "flex_quantity", 20) },
    pool.progress.remaining + (pledgeId ? current : 0)
  )
  if (!parsed.ok)
    redirect(
      withQuery(page, {
        error: parsed.error,
        quantity: str(form, "quantity", 20),
        flex: str(form, "flex_quantity", 20),
      })
    )

  let outcome: "ok" | "login" | "failed" = "failed"
  let failure: Record<string, string> = { error: "failed" }
  try {
    const body = { ...parsed.value, payment: { provider_id: PLEDGE_PROVIDER } }
    const path = pledgeId
      ? `/store/pledges/${encodeURIComponent(pledgeId)}`
      : `/store/pools/${encodeURIComponent(pool.id)}/pledges`
    await medusa().client.fetch(path, { method: "POST", headers: await authHeaders(), body })
    outcome = "ok"
  } catch (error) {
    if (statusOf(error) === 401) outcome = "login"
    failure = formFailureQuery(error, pledgeError)
    console.error("[commons] pledge failed:", describe(error))
  }
  refreshEverything()
  if (outcome === "login") redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  if (outcome !== "ok") redirect(withQuery(page, failure))
  redirect(withQuery(page, { saved: pledgeId ? "changed" : "pledged" }))
}

/** Withdraws my pledge while the pool is open: its units go back and the authorisation is let go. */
export async function withdrawPledge(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const handle = str(form, "handle", 100)
  const page = handle ? `/${locale}/pools/${encodeURIComponent(handle)}` : `/${locale}/account/pledges`
  if (!(await getAuthToken())) redirect(withQuery(`/${locale}/account/login`, { return_to: page }))
  const id = str(form, "pledge_id", 100)
  let ok = false
  let failure: Record<string, string> = { error: "withdraw" }
  try {
    if (id) {
      await medusa().client.fetch(`/store/pledges/${encodeURIComponent(id)}/withdraw`, {
        method: "POST",
        headers: await authHeaders(),
        body: {},
      })
      ok = true
    }
  } catch (error) {
    console.error("[commons] withdraw failed:", describe(error))
    failure = formFailureQuery(error, ({ code }) => (code === CommonsErrors.PLEDGE_NOT_LIVE ? "pledge_not_live" : null))
  }
  refreshEverything()
  redirect(withQuery(page, ok ? { saved: "withdrawn" } : failure))
}

// --- The seller's own pools -------------------------------------------------------------------

export type SellerPoolError = "fields" | "material" | "forbidden" | "state" | "failed"

/** The commons codes that mean "this material cannot be pooled": not the seller's, not the product's variant, or it tracks stock. */
const MATERIAL_CODES: readonly string[] = [
  CommonsErrors.POOL_PRODUCT_NOT_SELLERS,
  CommonsErrors.POOL_VARIANT_MISMATCH,
  CommonsErrors.POOL_MATERIAL_TRACKS_STOCK,
]

/**
 * The plugin's answers to a seller: a suspended seller (403), a material that is not theirs, a pool in a
 * state that does not allow it (409 pool_not_openable/pool_not_cancellable, a 400 rule); an input it named,
 * an outage or a throttle is said as what it was (see formFailureQuery).
 */
function sellerPoolError({ status, code, field }: Failure): SellerPoolError | null {
  if (status === 403) return "forbidden"
  if (code && MATERIAL_CODES.includes(code)) return "material"
  if (status === 409)
    return code === CommonsErrors.POOL_NOT_OPENABLE || code === CommonsErrors.POOL_NOT_CANCELLABLE ? "state" : null
  if (status === 400 && !field) return "state"
  return null
}

/**
 * A new pool for one of the seller's materials, or for a new one listed on the way (a hidden product
 * whose one variant tracks no stock), as a draft: the seller opens it from the pool's page.
 */
export async function createSellerPool(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const page = shopPath(locale, sellerId, "/pools/new")
  const rows = Array.from({ length: POOL_FORM_TIERS }, (_, i) => i)
  const input: PoolFormInput = {
    title: str(form, "title", 200),
    description: str(form, "description", 4000),
    material: str(form, "material", 250),
    material_title: str(form, "material_title", 250),
    unit: str(form, "unit", 30),
    case_size: str(form, "case_size", 12),
    currency_code: str(form, "currency_code", 3),
    tier_min: rows.map((i) => str(form, `tier_min_${i}`, 12)),
    tier_price: rows.map((i) => str(form, `tier_price_${i}`, 20)),
    min_quantity: str(form, "min_quantity", 12),
    max_quantity: str(form, "max_quantity", 12),
    opens_at: str(form, "opens_at", 20),
    closes_at: str(form, "closes_at", 20),
    fulfilment: str(form, "fulfilment", 10),
    pickup_point: str(form, "pickup_point", 400),
    freight_cost: str(form, "freight_cost", 20),
    handling_cost: str(form, "handling_cost", 20),
    cost_split: str(form, "cost_split", 10),
  }
  const parsed = parsePoolForm(input, { suffix: Date.now().toString(36), locale })
  if (!parsed.ok) redirect(withQuery(page, { error: "fields", fields: parsed.errors.join(",") }))

  const base = `/vendors/sellers/${encodeURIComponent(sellerId)}`
  let created: string | null = null
  let failure: Record<string, string> = { error: "failed" }
  try {
    let body = parsed.body
    if ("title" in parsed.material) {
      const { product } = await vendorFetch<{ product: VendorProduct }>(`${base}/products`, {
        method: "POST",
        body: materialProduct(parsed.material.title, body.currency_code, body.tiers[0]!.unit_price),
      })
      body = { ...body, product_id: product.id, variant_id: product.variants?.[0]?.id }
    }
    const { pool } = await vendorFetch<{ pool: Pool }>(`${base}/pools`, { method: "POST", body })
    created = pool.id
  } catch (error) {
    failure = formFailureQuery(error, sellerPoolError)
    console.error("[commons] seller pool create failed:", describe(error))
  }
  refreshEverything()
  if (!created) redirect(withQuery(page, failure))
  redirect(withQuery(shopPath(locale, sellerId, `/pools/${encodeURIComponent(created)}`), { done: "created" }))
}

const POOL_INTENTS = ["open", "cancel", "settle"] as const

/** Opens, cancels or settles one of the seller's pools (the intent is the button pressed). */
export async function sellerPoolAction(form: FormData): Promise<void> {
  const locale = localeOf(form)
  const sellerId = str(form, "seller_id", 100)
  const poolId = str(form, "pool_id", 100)
  const intent = (POOL_INTENTS as readonly string[]).includes(str(form, "intent", 10))
    ? (str(form, "intent", 10) as (typeof POOL_INTENTS)[number])
    : null
  const page = shopPath(locale, sellerId, `/pools/${encodeURIComponent(poolId)}`)
  if (!intent || !poolId) redirect(withQuery(page, { error: "failed" }))
  let failure: Record<string, string> | null = null
  try {
    await vendorFetch(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/pools/${encodeURIComponent(poolId)}/${intent}`,
      { method: "POST", body: {} }
    )
  } catch (error) {
    failure = formFailureQuery(error, sellerPoolError)
    console.error(`[commons] seller pool ${intent} failed:`, describe(error))
  }
  refreshEverything()
  redirect(withQuery(page, failure ?? { done: intent }))
}
