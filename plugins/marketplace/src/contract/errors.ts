/**
 * Error codes the marketplace answers with (`{ type, code, message, details }` through the
 * application's error handler). Statuses: see each code's comment.
 */
export const MarketplaceErrors = {
  /** 422: the handle names another seller's page. */
  HANDLE_TAKEN: "handle_taken",
  /** 422: this email already has a seller account. */
  SELLER_ACCOUNT_EXISTS: "seller_account_exists",
  /** 400: this login already has a seller account (POST /vendors/users twice). */
  ALREADY_REGISTERED: "already_registered",
  /** 400: the login has no email and password identity. */
  EMAIL_LOGIN_REQUIRED: "email_login_required",
  /** 404: no seller with that id the caller is an active member of (or at all). */
  SELLER_NOT_FOUND: "seller_not_found",
  /** 404: no active maker with that handle. */
  MAKER_NOT_FOUND: "maker_not_found",
  /** 403: the caller's role in the seller may not do this. */
  ROLE_NOT_ALLOWED: "role_not_allowed",
  /** 403: payout, contact, GST, artisan card and handle are the owner's to change. */
  OWNER_ONLY_FIELDS: "owner_only_fields",
  /** 403: a suspended seller's data is read-only. */
  SELLER_SUSPENDED: "seller_suspended",
  /** 403: products go live once the seller is approved. */
  SELLER_NOT_ACTIVE: "seller_not_active",
  /** 409: the seller's status changed while the platform was changing it. */
  SELLER_MOVED: "seller_moved",
  /** 404: no seller account uses the email invited. */
  NO_SELLER_ACCOUNT: "no_seller_account",
  /** 422: that person is already an active member. */
  MEMBER_EXISTS: "member_exists",
  /** 404: no active member with that id in the seller. */
  MEMBER_NOT_FOUND: "member_not_found",
  /** 400: a seller keeps at least one owner. */
  LAST_OWNER: "last_owner",
  /** 400: a seller has at most one active digi-preneur. */
  DIGIPRENEUR_TAKEN: "digipreneur_taken",
  /** 404: the product is not the seller's (or is gone). */
  PRODUCT_NOT_FOUND: "product_not_found",
  /** 404: the variant is not one of the seller's product's. */
  VARIANT_NOT_FOUND: "variant_not_found",
  /** 400: the variant does not track inventory. */
  VARIANT_NOT_STOCKED: "variant_not_stocked",
  /** 400: stock may not go below what open orders have reserved. */
  STOCK_BELOW_RESERVED: "stock_below_reserved",
  /** 404: the seller has no such order. */
  ORDER_NOT_FOUND: "order_not_found",
} as const

export type MarketplaceErrorCode = (typeof MarketplaceErrors)[keyof typeof MarketplaceErrors]

export type MarketplaceErrorDetails = {
  handle_taken: { handle: string }
  seller_account_exists: { email: string }
  already_registered: Record<string, never>
  email_login_required: Record<string, never>
  seller_not_found: { seller_id: string }
  maker_not_found: { handle: string }
  role_not_allowed: { roles: ("owner" | "staff" | "digipreneur")[] }
  owner_only_fields: { fields: string[] }
  seller_suspended: { seller_id: string }
  seller_not_active: { seller_id: string; status: string }
  /** status: the seller's status now (null when it is gone). */
  seller_moved: { seller_id: string; status: string | null }
  no_seller_account: { email: string }
  member_exists: { user_id: string }
  member_not_found: { member_id: string }
  last_owner: { member_id: string }
  digipreneur_taken: { seller_id: string }
  product_not_found: { product_ids: string[] }
  variant_not_found: { variant_id: string }
  variant_not_stocked: { variant_id: string }
  stock_below_reserved: { reserved_quantity: number }
  order_not_found: { order_id: string }
}
