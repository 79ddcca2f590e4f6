import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Resolver = { resolve: (key: string) => any; hasRegistration?: (key: string) => boolean }
type GraphArgs = { entity: string; fields: string[]; filters?: Record<string, unknown> }

export type SellerMembership = { seller_id: string; user_id: string; role: string }

/** The marketplace plugin's module key; its seller <-> product link comes with it. */
export const SELLER_MODULE_KEY: "seller"
export function sellersInstalled(container: Resolver): boolean
/** `query.graph` with the maker's fields added when there are makers. */
export function graphWithSeller(container: Resolver, args: GraphArgs, sellerFields: string[]): Promise<any[]>
/** Sellers matching `filters`; null when the marketplace is not installed. */
export function findSellers(container: Resolver, filters: Record<string, unknown>, fields: string[]): Promise<any[] | null>
/** Scopes /vendors/sellers/:seller_id routes to the caller's active membership (404 otherwise; 403 on writes while suspended). */
export function sellerMember(options: {
  writes?: boolean
  /** The 404 message when the marketplace plugin is not installed. */
  withoutMarketplace: string
  /** The 403 message for writes while the seller is suspended. */
  whileSuspended: string
  attach: (req: MedusaRequest, membership: SellerMembership) => void
}): (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>
