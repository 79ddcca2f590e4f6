/**
 * Request and response types of the commons routes (store, vendor and admin). Money is a number in
 * the pool's currency (rupees, not paisa), rounded to the paisa; dates are ISO strings.
 */

export type PoolStatus = "draft" | "open" | "succeeded" | "failed" | "settled" | "cancelled"
export type PledgeStatus = "active" | "withdrawn" | "captured" | "capture_failed" | "released"
export type PoolCostSplit = "quantity" | "equal"
export type PoolFulfilment = "pickup" | "delivery"
export type I18nText = { en?: string; hi?: string; mr?: string }

/** Everyone pays the unit price of the best tier the final total reaches. */
export type PoolTier = { min_quantity: number; unit_price: number }

/** A pool as the storefront shows it, with its progress toward the next tier and the next whole case. */
export type StorePool = {
  id: string
  handle: string
  title: string
  description: I18nText | null
  product_id: string
  variant_id: string
  unit: string
  case_size: number
  currency_code: string
  tiers: PoolTier[]
  min_quantity: number
  max_quantity: number
  opens_at: string
  closes_at: string
  fulfilment: PoolFulfilment
  pickup_point: string | null
  freight_cost: number
  handling_cost: number
  cost_split: PoolCostSplit
  status: PoolStatus
  final_quantity: number | null
  final_unit_price: number | null
  progress: {
    pledged: number
    remaining: number
    reached_minimum: boolean
    current_unit_price: number
    next_tier: (PoolTier & { missing: number }) | null
    units_to_next_case: number
  }
}

/** A pledge's own fields (what its pledger and the pool's managers may see). */
export type Pledge = {
  id: string
  pool_id: string
  customer_id: string
  quantity: number
  flex_quantity: number
  status: PledgeStatus
  /** The most it could cost, authorised at pledge time. */
  authorized_amount: number | null
  /** Set when the pool succeeds: units (flex included), the price, the share of freight and handling, the total. */
  allocated_quantity: number | null
  unit_price: number | null
  cost_share: number | null
  amount_due: number | null
  order_id: string | null
  capture_attempts: number
  created_at: string
  updated_at: string
}

/** What a pledger pays, once the pool is decided. */
export type PledgeBreakdown = {
  units: number
  flex_used: number
  unit_price: number
  goods: number
  freight_and_handling: number
  total: number
}

export type StorePledge = Pledge & {
  pool: StorePool
  breakdown: PledgeBreakdown | null
  /** The Medusa order made for it at settlement. */
  order: { id: string; display_id: number; total: number } | null
}

/** The platform admin sees the payment references and the last capture error too. */
export type AdminPledge = Pledge & {
  payment_collection_id: string | null
  payment_id: string | null
  last_error: string | null
}
/** A seller manager sees neither the customer nor the payment references. */
export type VendorPledge = Omit<Pledge, "customer_id"> & { last_error: string | null }

export type PoolReport = {
  live: number
  captured: number
  capture_failed: number
  released: number
  withdrawn: number
  amount_due: number
  amount_captured: number
}

export type PaymentChoice = { provider_id: string; data?: Record<string, unknown> }

// --- store ---------------------------------------------------------------------------------------

/** GET /store/pools?status&limit&offset (never draft or cancelled pools) */
export type StorePoolsQuery = { status?: PoolStatus; limit?: number; offset?: number }
export type StorePoolsResponse = { pools: StorePool[]; count: number; offset: number; limit: number }
/** GET /store/pools/:id-or-handle */
export type StorePoolResponse = { pool: StorePool }
/** POST /store/pools/:id/pledges (201) and POST /store/pledges/:id (a change) */
export type StorePledgeBody = { quantity: number; flex_quantity?: number; payment: PaymentChoice }
/** POST /store/pools/:id/pledges, GET|POST /store/pledges/:id, POST /store/pledges/:id/withdraw */
export type StorePledgeResponse = { pledge: StorePledge }
/** GET /store/pledges */
export type StorePledgesResponse = { pledges: StorePledge[] }

// --- admin and vendor (/vendors/sellers/:seller_id/pools) ----------------------------------------

/** POST /admin/pools, POST /vendors/sellers/:seller_id/pools (201): a draft pool. */
export type PoolCreateBody = {
  handle: string
  title: string
  description?: I18nText | null
  product_id: string
  variant_id: string
  unit: string
  case_size?: number
  currency_code?: "inr" | "usd" | "eur"
  tiers: PoolTier[]
  min_quantity: number
  max_quantity: number
  opens_at: string
  closes_at: string
  fulfilment?: PoolFulfilment
  pickup_point?: string | null
  freight_cost?: number
  handling_cost?: number
  cost_split?: PoolCostSplit
}
/** POST /admin/pools/:id, POST /vendors/.../pools/:pool_id: names only what changes (terms only in draft). */
export type PoolUpdateBody = Partial<PoolCreateBody>
/** Create, update, open, cancel */
export type PoolResponse = { pool: StorePool }
/** GET /admin/pools, GET /vendors/.../pools */
export type PoolsResponse = StorePoolsResponse
/** GET /admin/pools/:id */
export type AdminPoolDetailResponse = { pool: StorePool; pledges: AdminPledge[]; report: PoolReport }
/** GET /vendors/.../pools/:pool_id */
export type VendorPoolDetailResponse = { pool: StorePool; pledges: VendorPledge[]; report: PoolReport }
/** POST /admin/pools/:id/settle, POST /vendors/.../pools/:pool_id/settle (safe to repeat) */
export type PoolSettlementResponse = {
  settlement: { status: PoolStatus; decided_now: boolean; captures: { captured: string[]; failed: string[] } }
}
