import type { PledgeStatus, PoolStatus } from "./http"

/**
 * The error codes the commons plugin answers with, as `{ type, code, message, details }` (the
 * application's error handler), and the details each carries. The status is the type's: 404
 * not_found, 400 invalid_data / not_allowed, 409 conflict, 422 duplicate_error.
 */
export const CommonsErrors = {
  /** 409: the pool cannot take that many more units. */
  POOL_FULL: "pool_full",
  /** 404 */
  POOL_NOT_FOUND: "pool_not_found",
  /** 400: the pool is not open, or not between its opening and closing time. */
  POOL_NOT_TAKING_PLEDGES: "pool_not_taking_pledges",
  /** 409: only a draft pool can be opened (another request opened or cancelled it). */
  POOL_NOT_OPENABLE: "pool_not_openable",
  /** 409: a decided, settled or cancelled pool cannot be cancelled. */
  POOL_NOT_CANCELLABLE: "pool_not_cancellable",
  /** 400: opening a pool whose closing time has passed. */
  POOL_CLOSING_PASSED: "pool_closing_passed",
  /** 400: settling a pool before its closing time. */
  POOL_STILL_OPEN: "pool_still_open",
  /** 400: an open or decided pool's terms cannot change, only its title, description and pickup point. */
  POOL_TERMS_FROZEN: "pool_terms_frozen",
  /** 400: a change leaves the pool's terms inconsistent (minimum above maximum, closing before opening). */
  POOL_TERMS_INVALID: "pool_terms_invalid",
  /** 422 */
  POOL_HANDLE_TAKEN: "pool_handle_taken",
  /** 400: the variant is not a variant of the pool's product. */
  POOL_VARIANT_MISMATCH: "pool_variant_mismatch",
  /** 400: a seller's pool must be for one of the seller's own products. */
  POOL_PRODUCT_NOT_SELLERS: "pool_product_not_sellers",
  /** 400: the material must be a variant that tracks no stock (or allows backorders). */
  POOL_MATERIAL_TRACKS_STOCK: "pool_material_tracks_stock",
  /** 400: a seller's pool needs the marketplace plugin. */
  POOL_NEEDS_MARKETPLACE: "pool_needs_marketplace",
  /** 404 */
  PLEDGE_NOT_FOUND: "pledge_not_found",
  /** 422: one live pledge per business per pool; change that one instead. */
  PLEDGE_EXISTS: "pledge_exists",
  /** 409: the pledge is withdrawn, captured or released. */
  PLEDGE_NOT_LIVE: "pledge_not_live",
  /** 409: the pledge was changed meanwhile (its authorisation is not the one this change replaces). */
  PLEDGE_CHANGED: "pledge_changed",
  /** 400: the payment provider refused to authorise the pledge. */
  PLEDGE_PAYMENT_DECLINED: "pledge_payment_declined",
} as const

export type CommonsErrorCode = (typeof CommonsErrors)[keyof typeof CommonsErrors]

export type CommonsErrorDetails = {
  /** `room`: how many more units the pool can take (0 when full); `wanted`: what was asked for. */
  pool_full: { room: number; wanted: number }
  pool_not_found: { id: string }
  pool_not_taking_pledges: { id: string; status: PoolStatus }
  pool_not_openable: { status: PoolStatus }
  pool_not_cancellable: { status: PoolStatus }
  pool_closing_passed: { closes_at: string }
  pool_still_open: { closes_at: string }
  pool_terms_frozen: { status: PoolStatus; fields: string[] }
  pool_terms_invalid: { field: "min_quantity" | "closes_at" }
  pool_handle_taken: { handle: string }
  pool_variant_mismatch: { product_id: string; variant_id: string }
  pool_product_not_sellers: { product_id: string }
  pool_material_tracks_stock: { variant_id: string }
  pool_needs_marketplace: Record<string, never>
  pledge_not_found: { id: string }
  pledge_exists: { pool_id: string }
  /** `missing` when the pledge is gone. */
  pledge_not_live: { status: PledgeStatus | "missing" }
  pledge_changed: { status: PledgeStatus }
  pledge_payment_declined: { reason: string }
}

/** An error answer of the commons plugin, as the storefront receives it. */
export type CommonsErrorBody<C extends CommonsErrorCode = CommonsErrorCode> = {
  [K in C]: { type: string; code: K; message: string; details: CommonsErrorDetails[K] }
}[C]
