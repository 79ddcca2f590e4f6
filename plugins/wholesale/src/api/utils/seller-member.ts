import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { type SellerMembership, sellerMember as member } from "@dharavi/seller-access"

export type SellerRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  wholesale_seller?: SellerMembership
}

/** Scopes /vendors/sellers/:seller_id/wholesale routes to the caller's membership of that seller. */
export const sellerMember = (options: { writes?: boolean } = {}) =>
  member({
    writes: options.writes,
    withoutMarketplace: "Selling needs the marketplace plugin",
    whileSuspended: "This seller is suspended; changes are disabled until the platform re-activates it",
    attach: (req, membership) => {
      ;(req as SellerRequest).wholesale_seller = membership
    },
  })
