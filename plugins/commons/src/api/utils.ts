import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import {
  CommonsErrors,
  type AdminPledge,
  type CommonsErrorDetails,
  type I18nText,
  type Pledge,
  type PledgeStatus,
  type PoolCostSplit,
  type PoolFulfilment,
  type PoolReport,
  type PoolStatus,
  type PoolTier,
  type PoolsResponse,
  type StorePledge,
  type StorePool,
  type VendorPledge,
} from "../contract"
import { goodsOf, money, nextTier, sumMoney, tierPrice } from "../lib/settlement"
import { COMMONS_MODULE } from "../modules/commons"
import { poolTerms } from "../modules/commons/service"

type When = Date | string
const iso = (d: When) => new Date(d).toISOString()
const amount = (n: BigNumberInput | null | undefined) => (n === null || n === undefined ? null : money(n))

/** A pool as the service returns it (JSON columns come back untyped). */
export type PoolRecord = {
  id: string
  handle: string
  title: string
  description: unknown
  product_id: string
  variant_id: string
  unit: string
  case_size: number
  currency_code: string
  tiers: unknown
  min_quantity: number
  max_quantity: number
  opens_at: When
  closes_at: When
  fulfilment: PoolFulfilment
  pickup_point: string | null
  freight_cost: BigNumberInput | null
  handling_cost: BigNumberInput | null
  cost_split: PoolCostSplit
  status: PoolStatus
  pledged_quantity: number
  final_quantity: number | null
  final_unit_price: BigNumberInput | null
}

/** A pledge as the service returns it. */
export type PledgeRecord = {
  id: string
  pool_id?: string
  pool?: PoolRecord | { id: string } | null
  customer_id: string
  quantity: number
  flex_quantity: number
  status: PledgeStatus
  payment_collection_id: string | null
  payment_id: string | null
  authorized_amount: BigNumberInput | null
  allocated_quantity: number | null
  unit_price: BigNumberInput | null
  cost_share: BigNumberInput | null
  amount_due: BigNumberInput | null
  order_id: string | null
  capture_attempts: number
  last_error: string | null
  created_at: When
  updated_at: When
}

/** A pool as the storefront shows it: progress toward the next tier and the next whole case. */
export function publicPool(pool: PoolRecord): StorePool {
  const terms = poolTerms({ ...pool, tiers: pool.tiers as PoolTier[] })
  const pledged = Number(pool.pledged_quantity)
  const caseSize = terms.case_size
  return {
    id: pool.id,
    handle: pool.handle,
    title: pool.title,
    description: (pool.description ?? null) as I18nText | null,
    product_id: pool.product_id,
    variant_id: pool.variant_id,
    unit: pool.unit,
    case_size: caseSize,
    currency_code: pool.currency_code,
    tiers: [...terms.tiers].sort((a, b) => a.min_quantity - b.min_quantity),
    min_quantity: terms.min_quantity,
    max_quantity: terms.max_quantity,
    opens_at: iso(pool.opens_at),
    closes_at: iso(pool.closes_at),
    fulfilment: pool.fulfilment,
    pickup_point: pool.pickup_point,
    freight_cost: money(pool.freight_cost ?? 0),
    handling_cost: money(pool.handling_cost ?? 0),
    cost_split: pool.cost_split,
    status: pool.status,
    final_quantity: pool.final_quantity,
    final_unit_price: amount(pool.final_unit_price),
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

/** A pledge's own fields, amounts to the paisa. */
function pledgeFields(p: PledgeRecord): Pledge {
  return {
    id: p.id,
    pool_id: p.pool_id ?? p.pool?.id ?? "",
    customer_id: p.customer_id,
    quantity: p.quantity,
    flex_quantity: p.flex_quantity,
    status: p.status,
    authorized_amount: amount(p.authorized_amount),
    allocated_quantity: p.allocated_quantity,
    unit_price: amount(p.unit_price),
    cost_share: amount(p.cost_share),
    amount_due: amount(p.amount_due),
    order_id: p.order_id,
    capture_attempts: p.capture_attempts,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  }
}

type PoolListRequest = {
  scope: MedusaContainer
  queryConfig?: { pagination?: { skip?: number; take?: number } }
  validatedQuery?: unknown
}

/** A page of pools, newest first, matching `filters` and the request's `?status`. */
export async function listPools(
  req: PoolListRequest,
  filters: { manager_type?: "seller"; manager_id?: string } = {}
): Promise<PoolsResponse> {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  // GetPools (validators.ts) checked it: one of the statuses, or absent.
  const status = (req.validatedQuery as { status?: PoolStatus } | undefined)?.status
  const [pools, count] = await req.scope
    .resolve(COMMONS_MODULE)
    .listAndCountGroupBuyPools(
      { ...filters, ...(status ? { status } : {}) },
      { skip, take, order: { created_at: "DESC" } }
    )
  return { pools: pools.map((p) => publicPool(p as PoolRecord)), count, offset: skip, limit: take }
}

/** The settlement report of a pool's pledges: counts by status and the money due and captured, to the paisa. */
function report(pledges: PledgeRecord[]): PoolReport {
  const count = (status: PledgeStatus) => pledges.filter((p) => p.status === status).length
  return {
    live: count("active"),
    captured: count("captured"),
    capture_failed: count("capture_failed"),
    released: count("released"),
    withdrawn: count("withdrawn"),
    amount_due: sumMoney(pledges.map((p) => p.amount_due ?? 0)),
    amount_captured: sumMoney(pledges.map((p) => (p.status === "captured" ? (p.amount_due ?? 0) : 0))),
  }
}

const byCreation = (pledges: PledgeRecord[]) =>
  [...pledges].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())

/**
 * A pool (loaded with its pledges) as the platform admin sees it: live progress while open, the
 * pledges in the order they came, and the settlement report once decided.
 */
export function poolWithReport(pool: PoolRecord & { pledges?: PledgeRecord[] }): {
  pool: StorePool
  pledges: AdminPledge[]
  report: PoolReport
} {
  const pledges = byCreation(pool.pledges ?? [])
  return {
    pool: publicPool(pool),
    pledges: pledges.map((p) => ({
      ...pledgeFields(p),
      payment_collection_id: p.payment_collection_id,
      payment_id: p.payment_id,
      last_error: p.last_error,
    })),
    report: report(pledges),
  }
}

/** The same for a seller manager: the pledges without the customer and payment references. */
export function poolWithSellerReport(pool: PoolRecord & { pledges?: PledgeRecord[] }): {
  pool: StorePool
  pledges: VendorPledge[]
  report: PoolReport
} {
  const pledges = byCreation(pool.pledges ?? [])
  return {
    pool: publicPool(pool),
    pledges: pledges.map((p) => {
      const { customer_id: _customer, ...rest } = pledgeFields(p)
      return { ...rest, last_error: p.last_error }
    }),
    report: report(pledges),
  }
}

export const poolNotFound = (id: string) =>
  notFound<CommonsErrorDetails["pool_not_found"]>(CommonsErrors.POOL_NOT_FOUND, `Pool ${id} was not found`, { id })

/** A pool the public may see (never a draft) by id or handle; 404 pool_not_found otherwise. */
export async function poolByIdOrHandle(container: MedusaContainer, idOrHandle: string): Promise<PoolRecord> {
  const [pool] = await container
    .resolve(COMMONS_MODULE)
    .listGroupBuyPools(idOrHandle.startsWith("pool_") ? { id: idOrHandle } : { handle: idOrHandle })
  if (!pool || pool.status === "draft") throw poolNotFound(idOrHandle)
  return pool as PoolRecord
}

/**
 * A pledge with its pool and, once settled, its order (read through the pledge -> order link with
 * `query.graph`): the breakdown the pledger sees. Never the payment references or the last error.
 */
export async function pledgeView(container: MedusaContainer, pledge: PledgeRecord): Promise<StorePledge> {
  const pool =
    pledge.pool && "tiers" in pledge.pool
      ? pledge.pool
      : ((await container
          .resolve(COMMONS_MODULE)
          .retrieveGroupBuyPool(pledge.pool_id ?? pledge.pool!.id)) as PoolRecord)
  let order: StorePledge["order"] = null
  if (pledge.order_id) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "pledge",
      fields: ["id", "order.id", "order.display_id", "order.total"],
      filters: { id: pledge.id },
    })
    const linked = (data[0] as { order?: { id: string; display_id: number; total: BigNumberInput } | null } | undefined)
      ?.order
    order = linked ? { id: linked.id, display_id: linked.display_id, total: money(linked.total) } : null
  }
  const units = Number(pledge.allocated_quantity)
  return {
    ...pledgeFields(pledge),
    pool: publicPool(pool),
    breakdown:
      pledge.amount_due === null
        ? null
        : {
            units,
            flex_used: units - Number(pledge.quantity),
            unit_price: money(pledge.unit_price ?? 0),
            goods: goodsOf(units, pledge.unit_price ?? 0),
            freight_and_handling: money(pledge.cost_share ?? 0),
            total: money(pledge.amount_due),
          },
    order,
  }
}
