/**
 * Request and response shapes of the marketplace's store, vendor and admin routes. Routes type their
 * answers with these (`MedusaResponse<StoreSellersResponse>`), so the compiler holds them to it; the
 * storefront imports them instead of declaring its own.
 */

/** A Date on the server, an ISO string once it crossed the wire. */
export type Timestamp = string | Date

export type SellerKind = "artisan" | "workshop"
export type SellerStatus = "pending" | "active" | "suspended"
export type SellerVerificationStatus = "unverified" | "pending" | "verified" | "rejected"
export type SellerRole = "owner" | "staff" | "digipreneur"
export type LocalizedText = { en?: string; hi?: string; mr?: string }
export type SellerContact = { phone?: string; whatsapp?: string; email?: string }
export type SellerPayoutDetails = { account_name?: string; account_number?: string; ifsc?: string; upi_id?: string }

/** Public maker-profile fields: what the storefront may show. Never contact or payout data. */
export const PUBLIC_SELLER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "crafts",
  "area",
  "story",
  "photo_url",
  "verification_status",
  "created_at",
] as const

export type StoreSeller = {
  id: string
  handle: string
  name: string
  kind: SellerKind
  crafts: string[]
  area: string | null
  story: LocalizedText | null
  photo_url: string | null
  verification_status: SellerVerificationStatus
  created_at: Timestamp
}

/** A seller as its members (payout details: owner only) and the platform see it. */
export type VendorSeller = StoreSeller & {
  contact: SellerContact | null
  gst_number: string | null
  artisan_card: string | null
  payout_details?: SellerPayoutDetails | null
  status: SellerStatus
  commission_rate: number
  metadata: Record<string, unknown> | null
  updated_at: Timestamp
}

export type SellerUser = { id: string; email: string; name: string; phone: string | null }

export type SellerMember = {
  id: string
  seller_id: string
  user_id: string
  role: SellerRole
  /** Percent of the seller's proceeds after commission (digi-preneurs only). */
  revenue_share: number
  revoked_at: Timestamp | null
  created_at: Timestamp
  user?: SellerUser
}

export type SellerAuditEntry = {
  id: string
  seller_id: string
  user_id: string
  role: string
  action: string
  resource_type: string
  resource_id: string | null
  details: Record<string, unknown> | null
  created_at: Timestamp
  user: { id: string; name: string; email: string } | null
}

/** One seller's part of a placed order, amounts in the order's currency (main units). */
export type SellerOrder = {
  id: string
  seller_id: string
  order_id: string
  currency_code: string
  item_ids: string[]
  subtotal: number
  commission_rate: number
  commission_amount: number
  digipreneur_user_id: string | null
  digipreneur_share: number
  digipreneur_amount: number
  /** subtotal - commission_amount - digipreneur_amount, to the paisa. */
  payout_due: number
  payout_status: "pending" | "paid"
  created_at: Timestamp
}

export type SellerOrderLine = {
  id: string
  title: string
  subtitle: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail: string | null
  product_id: string | null
  unit_price: number
  quantity: number
}

/** A seller order with the order it belongs to, showing only that seller's lines (no customer). */
export type SellerOrderWithLines = SellerOrder & {
  order: { id: string; display_id: number; status: string; created_at: Timestamp; items: SellerOrderLine[] } | null
}

/** Money totals per currency code: { inr: { subtotal: 1234.5, ... } }. */
export type CurrencyTotals<F extends string> = Record<string, Record<F, number>>

export type Page = { count: number; offset: number; limit: number }

/** A product as the seller dashboard reads it: Medusa's product, with the fields of VENDOR_PRODUCT_FIELDS. */
export type VendorProduct = {
  id: string
  title: string
  handle: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  weight?: number | string | null
  metadata?: Record<string, unknown> | null
  created_at?: Timestamp
  updated_at?: Timestamp
  images?: { url: string }[]
  categories?: { id: string; name: string }[] | null
  options?: { title: string; values?: { value: string }[] }[]
  variants?: {
    id: string
    title: string | null
    sku?: string | null
    manage_inventory?: boolean
    options?: { value: string; option?: { title: string } | null }[]
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}

// ---- requests ----

export type VendorRegisterUserBody = { name: string; phone?: string | null }

export type SellerProfileBody = {
  name?: string
  kind?: SellerKind
  crafts?: string[]
  area?: string | null
  story?: LocalizedText | null
  photo_url?: string | null
  contact?: SellerContact | null
  gst_number?: string | null
  artisan_card?: string | null
  payout_details?: SellerPayoutDetails | null
}
export type VendorCreateSellerBody = SellerProfileBody & { handle: string; name: string }
export type VendorUpdateSellerBody = SellerProfileBody & { handle?: string }

export type VendorAddMemberBody = { email: string; role: "staff" | "digipreneur"; revenue_share?: number }

export type VendorStockBody = { variant_id: string; stocked_quantity: number; location_id?: string }

export type AdminSellerStatusBody = {
  status: "active" | "suspended"
  commission_rate?: number
  verification_status?: SellerVerificationStatus
}

export type StoreSellersQuery = { q?: string; craft?: string; area?: string; limit?: number; offset?: number }

// ---- responses ----

export type StoreSellersResponse = Page & { sellers: StoreSeller[] }
export type StoreSellerResponse = { seller: StoreSeller; product_ids: string[] }

export type VendorUserResponse = { user: SellerUser }
export type VendorMeResponse = {
  user: SellerUser
  memberships: {
    id: string
    role: SellerRole
    revenue_share: number
    seller: { id: string; handle: string; name: string; status: SellerStatus; photo_url: string | null }
  }[]
}
export type VendorEarningsResponse = {
  seller_orders: Pick<
    SellerOrder,
    | "id"
    | "seller_id"
    | "order_id"
    | "currency_code"
    | "subtotal"
    | "digipreneur_share"
    | "digipreneur_amount"
    | "created_at"
  >[]
  totals: CurrencyTotals<"subtotal" | "digipreneur_amount">
}
export type VendorCreateSellerResponse = { seller: VendorSeller; member: SellerMember }
export type VendorSellerResponse = { seller: VendorSeller; role: SellerRole }
export type VendorUpdateSellerResponse = { seller: VendorSeller }
export type VendorMembersResponse = { members: SellerMember[] }
export type VendorMemberResponse = { member: SellerMember }
export type SellerAuditLogResponse = Page & { audit_log: SellerAuditEntry[] }
export type VendorProductsResponse = Page & { products: VendorProduct[] }
export type VendorProductResponse = { product: VendorProduct }
export type VendorProductDeleteResponse = { id: string; object: "product"; deleted: true }
export type VendorStockResponse = {
  inventory_level: {
    id: string
    inventory_item_id: string
    location_id: string
    stocked_quantity: number
    reserved_quantity: number
  }
}
export type VendorUploadsResponse = { files: { id: string; url: string }[] }
export type SellerOrdersResponse = Page & { seller_orders: SellerOrderWithLines[] }
export type SellerOrderResponse = { seller_order: SellerOrderWithLines }

export type AdminSellersResponse = Page & { sellers: VendorSeller[] }
export type AdminSellerResponse = { seller: VendorSeller; members: SellerMember[]; product_count: number }
export type AdminSellerStatusResponse = { seller: VendorSeller }
export type AdminSellerOrdersResponse = SellerOrdersResponse & {
  totals: CurrencyTotals<"subtotal" | "commission_amount" | "digipreneur_amount" | "payout_due">
}
export type AdminOrderSellersResponse = {
  seller_orders: (SellerOrder & { seller: { id: string; name: string; handle: string } | null })[]
}
