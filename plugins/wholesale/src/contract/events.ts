/**
 * Events the wholesale plugin emits (names kept as they always were: other plugins and search may
 * subscribe to them). Emit and subscribe with the constants, never the strings.
 */
export const WholesaleEvents = {
  COMPANY_REGISTERED: "company.registered",
  COMPANY_APPROVED: "company.approved",
  COMPANY_REJECTED: "company.rejected",
  COMPANY_SUSPENDED: "company.suspended",
  COMPANY_EMPLOYEE_ADDED: "company.employee_added",
  QUOTE_REQUESTED: "quote.requested",
  QUOTE_COUNTER_OFFERED: "quote.counter_offered",
  QUOTE_MESSAGE_POSTED: "quote.message_posted",
  QUOTE_ACCEPTED: "quote.accepted",
  QUOTE_REJECTED: "quote.rejected",
  QUOTE_WITHDRAWN: "quote.withdrawn",
  QUOTE_EXPIRED: "quote.expired",
  WHOLESALE_TERMS_UPDATED: "wholesale_terms.updated",
  SELLER_TERMS_UPDATED: "seller_terms.updated",
} as const

export type WholesaleEventName = (typeof WholesaleEvents)[keyof typeof WholesaleEvents]

/** The data of each event (one event per record: `quote.requested` and `quote.expired` emit one per quote). */
export type WholesaleEventPayloads = {
  "company.registered": { id: string }
  "company.approved": { id: string }
  "company.rejected": { id: string }
  "company.suspended": { id: string }
  /** id: the company_employee's. */
  "company.employee_added": { id: string }
  "quote.requested": { id: string }
  "quote.counter_offered": { id: string }
  "quote.message_posted": { id: string; message_id: string }
  /** order_id: the order the quote became (its draft order, converted). */
  "quote.accepted": { id: string; order_id: string }
  "quote.rejected": { id: string }
  "quote.withdrawn": { id: string }
  "quote.expired": { id: string }
  "wholesale_terms.updated": { id: string; variant_id: string }
  "seller_terms.updated": { id: string; seller_id: string }
}

/** The event a company review emits, by the status it moved the company to. */
export const COMPANY_REVIEW_EVENTS = {
  approved: WholesaleEvents.COMPANY_APPROVED,
  rejected: WholesaleEvents.COMPANY_REJECTED,
  suspended: WholesaleEvents.COMPANY_SUSPENDED,
} as const
