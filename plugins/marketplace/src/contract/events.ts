/**
 * Events the marketplace emits. The names are what other plugins subscribe to (search reindexes a
 * maker and its products on the seller events): keep the strings as they are.
 */
export const MarketplaceEvents = {
  SELLER_CREATED: "seller.created",
  SELLER_UPDATED: "seller.updated",
  /** The platform made the seller active (first approval or re-activation). */
  SELLER_APPROVED: "seller.approved",
  SELLER_SUSPENDED: "seller.suspended",
  SELLER_MEMBER_ADDED: "seller.member_added",
  SELLER_MEMBER_REVOKED: "seller.member_revoked",
  /** One per seller with lines in a placed order, once per (seller, order). */
  SELLER_ORDER_CREATED: "seller_order.created",
} as const

export type MarketplaceEventName = (typeof MarketplaceEvents)[keyof typeof MarketplaceEvents]

export type MarketplaceEventPayloads = {
  "seller.created": { id: string }
  "seller.updated": { id: string }
  "seller.approved": { id: string }
  "seller.suspended": { id: string }
  /** id: the seller_member's id. */
  "seller.member_added": { id: string }
  "seller.member_revoked": { id: string }
  "seller_order.created": { id: string; seller_id: string; order_id: string }
}
