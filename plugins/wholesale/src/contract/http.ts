/**
 * Request and response shapes of the wholesale plugin's store, vendor and admin routes. Routes type
 * their answers with these (`MedusaResponse<StoreQuoteResponse>`), so the compiler holds them to it;
 * the storefront imports them instead of declaring its own.
 */
import type { WholesaleRuleProblem } from "./errors"

/** A Date on the server, an ISO string once it crossed the wire. */
export type Timestamp = string | Date

// --- Companies ----------------------------------------------------------------------------------

export type CompanyStatus = "pending" | "approved" | "rejected" | "suspended"
export type CompanyRole = "admin" | "buyer"
export type CompanyAddress = {
  label?: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code: string
  country_code: string
}

export type WholesaleCompany = {
  id: string
  name: string
  gst_number: string
  email: string
  phone: string | null
  /** { list: CompanyAddress[] } */
  addresses: Record<string, unknown>
  status: CompanyStatus
  payment_terms: string | null
  customer_group_id: string | null
  review_note: string | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type WholesaleCompanyEmployee = { id: string; customer_id: string; role: CompanyRole; company_id?: string }

/** A colleague as the company's buyers and the platform see them. */
export type CompanyPerson = {
  id: string
  customer_id: string
  role: CompanyRole
  name: string | null
  email: string | null
}

export type StoreCompanyRegistration = {
  name: string
  gst_number: string
  email: string
  phone?: string | null
  addresses: CompanyAddress[]
}
export type StoreCompanyRegisteredResponse = { company: WholesaleCompany }
export type StoreCompanyResponse = {
  company: (WholesaleCompany & { employees: CompanyPerson[] }) | null
  role: CompanyRole | null
}
export type StoreCompanyEmployeeBody = { email: string; role?: CompanyRole }
export type StoreCompanyEmployeeResponse = { employee: WholesaleCompanyEmployee }

export type AdminCompanyListQuery = { status?: CompanyStatus; limit?: number; offset?: number }
export type AdminCompanyListResponse = {
  companies: (WholesaleCompany & { employees: WholesaleCompanyEmployee[] })[]
  count: number
  offset: number
  limit: number
}
export type AdminCompanyResponse = { company: WholesaleCompany & { employees: CompanyPerson[] } }
export type AdminCompanyReviewBody = { status: "approved" | "rejected" | "suspended"; note?: string | null }
export type AdminCompanyReviewResponse = { company: WholesaleCompany }

// --- Terms and prices ---------------------------------------------------------------------------

export type WholesaleVariantTerms = {
  id: string
  variant_id: string
  product_id: string
  seller_id: string | null
  min_order_quantity: number
  case_pack: number
  lead_time_days: number | null
}
export type WholesaleSellerTerms = {
  id: string
  seller_id: string
  /** { inr: 5000, usd: 60, eur: 55 }: main units. */
  min_order_value: Record<string, unknown> | null
  payment_terms: string | null
  lead_time_days: number | null
}

/** A wholesale price tier: from `min_quantity` pieces (up to `max_quantity`), `amount` per piece in main units. */
export type WholesalePriceTier = { min_quantity: number; max_quantity: number | null; amount: number }

export type StoreProductWholesaleQuery = { currency_code?: "inr" | "usd" | "eur" }
export type StoreProductWholesaleResponse = {
  is_wholesale_buyer: boolean
  currency_code: string
  variants: {
    variant_id: string
    min_order_quantity: number
    case_pack: number
    lead_time_days: number | null
    /** Only for buyers of approved companies; null for everyone else. */
    tiers: WholesalePriceTier[] | null
  }[]
}

export type VendorVariantTermsBody = { min_order_quantity: number; case_pack: number; lead_time_days?: number | null }
export type VendorVariantTermsResponse = { terms: WholesaleVariantTerms }
export type VendorSellerTermsBody = {
  min_order_value?: { inr?: number; usd?: number; eur?: number } | null
  payment_terms?: string | null
  lead_time_days?: number | null
}
export type VendorSellerTermsResponse = { terms: WholesaleSellerTerms }
export type VendorSellerTermsCurrentResponse = { terms: WholesaleSellerTerms | null; default_payment_terms: string }

// --- Carts --------------------------------------------------------------------------------------

export type StoreCartCheckResponse = { problems: WholesaleRuleProblem[] }
export type StoreBulkLinesBody = { lines: { sku: string; quantity: number }[] }
/** The cart's lines as the bulk form and the rules read them. */
export type WholesaleCartLines = {
  id: string
  customer_id: string | null
  currency_code: string
  completed_at: Timestamp | null
  items: {
    id: string
    variant_id: string | null
    product_id: string | null
    quantity: number
    unit_price: number
    title: string
    variant_sku: string | null
  }[]
}
export type StoreBulkLinesResponse = { cart: WholesaleCartLines | null }

// --- Quotes -------------------------------------------------------------------------------------

export type QuoteStatus = "pending_merchant" | "pending_customer" | "accepted" | "rejected" | "expired" | "withdrawn"
export type QuoteMessageKind =
  "request" | "message" | "counter_offer" | "accepted" | "rejected" | "expired" | "withdrawn"
export type QuoteAuthorType = "customer" | "seller" | "admin" | "system"

export type QuoteProposalItem = {
  item_id?: string
  title: string | null
  variant_id: string | null
  sku?: string | null
  quantity: number
  unit_price: number
}
export type QuoteProposal = { items: QuoteProposalItem[]; total: number; lead_time_days?: number | null }

export type WholesaleQuote = {
  id: string
  company_id: string
  customer_id: string
  seller_id: string | null
  cart_id: string
  draft_order_id: string
  status: QuoteStatus
  currency_code: string
  /** The total of the latest proposal, main units. */
  total: number | null
  lead_time_days: number | null
  round: number
  expires_at: Timestamp
  decided_at: Timestamp | null
  created_at: Timestamp
  updated_at: Timestamp
}

export type WholesaleQuoteMessage = {
  id: string
  quote_id: string
  author_type: QuoteAuthorType
  author_id: string | null
  kind: QuoteMessageKind
  body: string | null
  proposal: QuoteProposal | null
  created_at: Timestamp
}

export type QuoteLine = {
  id: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variant_id: string | null
  sku: string | null
  quantity: number
  unit_price: number
}

/** A quote as every party sees it: the thread, the lines on the table, company and maker names, and its order once accepted. */
export type QuoteDetail = WholesaleQuote & {
  company: { id: string; name: string }
  seller: { id: string; name: string; handle: string } | null
  messages: WholesaleQuoteMessage[]
  items: QuoteLine[]
  order: { id: string; display_id: number | null; status: string } | null
}
export type QuoteListItem = WholesaleQuote & { company: { id: string; name: string | null } }

export type QuoteListQuery = { status?: QuoteStatus; limit?: number; offset?: number }
export type QuoteListResponse = { quotes: QuoteListItem[]; count: number; offset: number; limit: number }
export type QuoteResponse = { quote: QuoteDetail }

export type StoreQuoteRequestBody = { cart_id: string; message: string }
export type QuoteMessageBody = { body: string; request_changes?: boolean }
export type StoreQuoteRejectBody = { reason?: string | null }
export type CounterOfferBody = {
  items: { item_id: string; quantity: number; unit_price: number }[]
  lead_time_days?: number | null
  note?: string | null
}

/** Answer names per route (the same shapes on store, vendor and admin). */
export type StoreQuoteListResponse = QuoteListResponse
export type StoreQuoteResponse = QuoteResponse
export type VendorQuoteListResponse = QuoteListResponse
export type VendorQuoteResponse = QuoteResponse
export type AdminQuoteListResponse = QuoteListResponse
export type AdminQuoteResponse = QuoteResponse
