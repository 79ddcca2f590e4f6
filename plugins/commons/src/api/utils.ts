import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { commonsService } from "../lib/commons"
import { nextTier, tierPrice } from "../lib/settlement"
import { POOL_FULL, poolTerms } from "../modules/commons/service"

/** A pool as the storefront shows it: progress toward the next tier and the next whole case. */
export function publicPool(pool: any) {
  const terms = poolTerms(pool)
  const pledged = Number(pool.pledged_quantity)
  const caseSize = terms.case_size
  return {
    id: pool.id,
    handle: pool.handle,
    title: pool.title,
    description: pool.description,
    product_id: pool.product_id,
    variant_id: pool.variant_id,
    unit: pool.unit,
    case_size: caseSize,
    currency_code: pool.currency_code,
    tiers: [...terms.tiers].sort((a, b) => a.min_quantity - b.min_quantity),
    min_quantity: terms.min_quantity,
    max_quantity: terms.max_quantity,
    opens_at: pool.opens_at,
    closes_at: pool.closes_at,
    fulfilment: pool.fulfilment,
    pickup_point: pool.pickup_point,
    freight_cost: Number(pool.freight_cost),
    handling_cost: Number(pool.handling_cost),
    cost_split: pool.cost_split,
    status: pool.status,
    final_quantity: pool.final_quantity,
    final_unit_price: pool.final_unit_price === null ? null : Number(pool.final_unit_price),
    progress: {
      pledged,
      remaining: Math.max(0, terms.max_quantity - pledged),
      reached_minimum: pledged >= terms.min_quantity,
      current_unit_price: tierPrice(terms.tiers, pledged),
      next_tier: nextTier(terms.tiers, pledged),
      units_to_next_case: caseSize > 1 && pledged % caseSize ? caseSize - (pledged % caseSize) : 0,
    },
  }
}

/** A page of pools, newest first, matching `filters` and the request's `?status`. */
export async function listPools(req: AuthenticatedMedusaRequest, filters: Record<string, unknown> = {}) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = (req.validatedQuery as any)?.status
  const [pools, count] = await commonsService(req.scope).listAndCountGroupBuyPools({ ...filters, ...(status ? { status } : {}) }, { skip, take, order: { created_at: "DESC" } })
  return { pools: pools.map(publicPool), count, offset: skip, limit: take }
}

/**
 * A pool (loaded with its pledges) as its manager sees it: live progress while open, the pledges in
 * the order they came, and the settlement report once decided. A seller manager gets the pledges
 * without the customer and payment references (`forSeller`).
 */
export function poolWithReport(pool: any, options: { forSeller?: boolean } = {}) {
  const pledges = [...(pool.pledges ?? [])].sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const sum = (f: (p: any) => number) => Math.round(pledges.reduce((s, p) => s + f(p), 0) * 100) / 100
  const count = (status: string) => pledges.filter((p: any) => p.status === status).length
  return {
    pool: publicPool(pool),
    pledges: options.forSeller ? pledges.map(({ customer_id, payment_collection_id, payment_id, pool: _pool, ...rest }: any) => rest) : pledges,
    report: {
      live: count("active"),
      captured: count("captured"),
      capture_failed: count("capture_failed"),
      released: count("released"),
      withdrawn: count("withdrawn"),
      amount_due: sum((p) => Number(p.amount_due ?? 0)),
      amount_captured: sum((p) => (p.status === "captured" ? Number(p.amount_due ?? 0) : 0)),
    },
  }
}

export async function poolByIdOrHandle(container: any, idOrHandle: string) {
  const commons = commonsService(container)
  const [pool] = await commons.listGroupBuyPools(idOrHandle.startsWith("pool_") ? { id: idOrHandle } : { handle: idOrHandle })
  if (!pool || pool.status === "draft") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pool ${idOrHandle} was not found`)
  return pool
}

/** Medusa replaces a 409's message; a full pool owes the buyer the room left, so the route says it. */
export function answerPoolFull(error: any, res: MedusaResponse) {
  const match = typeof error?.message === "string" && error.message.startsWith(`${POOL_FULL}:`) ? error.message.split(":") : null
  if (!match) return false
  const [, room, wanted] = match
  res.status(409).json({
    type: POOL_FULL,
    remaining: Number(room),
    message: Number(room) === 0 ? "This pool is full" : `Only ${room} more can be pledged to this pool; you asked for ${wanted}`,
  })
  return true
}

/** A pledge with its pool and, once settled, its order: the breakdown the pledger sees. */
export async function pledgeView(container: any, pledge: any) {
  const pool = pledge.pool?.tiers ? pledge.pool : await commonsService(container).retrieveGroupBuyPool(pledge.pool_id ?? pledge.pool?.id)
  let order = null
  if (pledge.order_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id", "total"], filters: { id: pledge.order_id } })
    order = data[0] ?? null
  }
  const { pool: _pool, payment_collection_id, payment_id, last_error, ...rest } = pledge
  return {
    ...rest,
    pool: publicPool(pool),
    breakdown:
      pledge.amount_due === null
        ? null
        : {
            units: Number(pledge.allocated_quantity),
            flex_used: Number(pledge.allocated_quantity) - Number(pledge.quantity),
            unit_price: Number(pledge.unit_price),
            goods: Math.round(Number(pledge.allocated_quantity) * Number(pledge.unit_price) * 100) / 100,
            freight_and_handling: Number(pledge.cost_share),
            total: Number(pledge.amount_due),
          },
    order,
  }
}
