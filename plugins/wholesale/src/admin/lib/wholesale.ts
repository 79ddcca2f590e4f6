/** Shapes of the wholesale admin routes' answers (src/api/admin/wholesale), as the pages use them. */

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const COMPANY_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]
export const COMPANY_STATUS: Record<CompanyStatus, { label: string; color: Color }> = {
  pending: { label: "Waiting for review", color: "orange" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "grey" },
  suspended: { label: "Suspended", color: "red" },
}

export type Address = {
  label?: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code: string
  country_code: string
}

export type Employee = {
  id: string
  role: "admin" | "buyer"
  customer_id: string
  name?: string | null
  email?: string | null
}

export type Company = {
  id: string
  name: string
  gst_number: string
  email: string
  phone: string | null
  /** Stored as `{ list: [...] }`. */
  addresses: { list?: Address[] } | Address[] | null
  status: CompanyStatus
  payment_terms: string | null
  customer_group_id: string | null
  review_note: string | null
  created_at: string
  updated_at: string
  employees: Employee[]
}

export const addressesOf = (company: Company): Address[] =>
  Array.isArray(company.addresses) ? company.addresses : (company.addresses?.list ?? [])

export const QUOTE_STATUSES = [
  "pending_merchant",
  "pending_customer",
  "accepted",
  "rejected",
  "expired",
  "withdrawn",
] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
/** The open statuses name who acts next. */
export const QUOTE_STATUS: Record<QuoteStatus, { label: string; color: Color }> = {
  pending_merchant: { label: "Waiting for seller", color: "orange" },
  pending_customer: { label: "Waiting for buyer", color: "blue" },
  accepted: { label: "Accepted", color: "green" },
  rejected: { label: "Rejected", color: "red" },
  expired: { label: "Expired", color: "grey" },
  withdrawn: { label: "Withdrawn", color: "grey" },
}
export const isOpen = (status: QuoteStatus) => status === "pending_merchant" || status === "pending_customer"

export type Quote = {
  id: string
  company_id: string
  customer_id: string
  seller_id: string | null
  status: QuoteStatus
  currency_code: string
  total: number | null
  lead_time_days: number | null
  round: number
  expires_at: string
  decided_at: string | null
  created_at: string
  updated_at: string
  company: { id: string; name: string | null }
}

export type QuoteLine = {
  id: string
  title: string
  subtitle?: string | null
  sku: string | null
  variant_id: string | null
  quantity: number
  unit_price: number
}

/** A snapshot of lines and prices: the buyer's request or a counter-offer. */
export type Proposal = {
  items: {
    item_id?: string | null
    variant_id?: string | null
    title?: string | null
    sku?: string | null
    quantity: number
    unit_price: number
  }[]
  total?: number | null
  lead_time_days?: number | null
}

export type QuoteMessage = {
  id: string
  author_type: "customer" | "seller" | "admin" | "system"
  kind: "request" | "message" | "counter_offer" | "accepted" | "rejected" | "expired" | "withdrawn"
  body: string | null
  proposal: Proposal | null
  created_at: string
}

export type QuoteDetail = Omit<Quote, "company"> & {
  company: { id: string; name: string }
  seller: { id: string; name: string; handle: string } | null
  items: QuoteLine[]
  messages: QuoteMessage[]
  order: { id: string; display_id: number; status: string } | null
}

/** A marketplace seller, as `GET /admin/sellers` lists them. */
export type Seller = { id: string; name: string; handle: string; status: string }
