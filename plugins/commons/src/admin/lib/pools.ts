/** The shapes the commons admin routes answer (see src/api/utils.ts publicPool and the pool detail route). */

export type PoolStatus = "draft" | "open" | "succeeded" | "failed" | "settled" | "cancelled"
export type Tier = { min_quantity: number; unit_price: number }
export type I18n = { en?: string; hi?: string; mr?: string }

export type Pool = {
  id: string
  handle: string
  title: string
  description: I18n | null
  product_id: string
  variant_id: string
  unit: string
  case_size: number
  currency_code: string
  tiers: Tier[]
  min_quantity: number
  max_quantity: number
  opens_at: string
  closes_at: string
  fulfilment: "pickup" | "delivery"
  pickup_point: string | null
  freight_cost: number
  handling_cost: number
  cost_split: "quantity" | "equal"
  status: PoolStatus
  final_quantity: number | null
  final_unit_price: number | null
  progress: {
    pledged: number
    remaining: number
    reached_minimum: boolean
    current_unit_price: number
    next_tier: (Tier & { missing: number }) | null
    units_to_next_case: number
  }
}

export type PledgeStatus = "active" | "withdrawn" | "captured" | "capture_failed" | "released"

export type Pledge = {
  id: string
  customer_id: string
  quantity: number
  flex_quantity: number
  status: PledgeStatus
  authorized_amount: number | null
  allocated_quantity: number | null
  unit_price: number | null
  cost_share: number | null
  amount_due: number | null
  order_id: string | null
  capture_attempts: number
  last_error: string | null
  created_at: string
}

export type Report = {
  live: number
  captured: number
  capture_failed: number
  released: number
  withdrawn: number
  amount_due: number
  amount_captured: number
}

export type PoolDetail = { pool: Pool; pledges: Pledge[]; report: Report }

export type Settlement = {
  status: PoolStatus
  decided_now: boolean
  captures: { captured: string[]; failed: string[] }
}

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const POOL_STATUSES: PoolStatus[] = ["draft", "open", "succeeded", "failed", "settled", "cancelled"]

export const POOL_STATUS: Record<PoolStatus, { label: string; color: Color }> = {
  draft: { label: "Draft", color: "grey" },
  open: { label: "Open", color: "blue" },
  succeeded: { label: "Succeeded, settling", color: "orange" },
  failed: { label: "Failed", color: "red" },
  settled: { label: "Settled", color: "green" },
  cancelled: { label: "Cancelled", color: "grey" },
}

export const PLEDGE_STATUS: Record<PledgeStatus, { label: string; color: Color }> = {
  active: { label: "Live", color: "blue" },
  withdrawn: { label: "Withdrawn", color: "grey" },
  captured: { label: "Captured", color: "green" },
  capture_failed: { label: "Capture failed", color: "red" },
  released: { label: "Released", color: "grey" },
}

/** Whether the pool's closing time has passed (it can be settled then). */
export const hasClosed = (pool: Pool) => new Date(pool.closes_at).getTime() <= Date.now()
