import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any container (Medusa's, a test's) fits
type Resolver = { resolve: (key: string) => any; hasRegistration?: (key: string) => boolean }
type GraphArgs = { entity: string; fields: string[]; filters?: Record<string, unknown> }

export type SellerMembership = { seller_id: string; user_id: string; role: string }

/** The marketplace plugin's module key; its seller <-> product link comes with it. */
export const SELLER_MODULE_KEY: "seller"
export function sellersInstalled(container: Resolver): boolean
/** `query.graph` with the maker's fields added when there are makers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- query.graph rows of any entity; callers name the shape with T
export function graphWithSeller<T = any>(container: Resolver, args: GraphArgs, sellerFields: string[]): Promise<T[]>
/** Sellers matching `filters`; null when the marketplace is not installed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- seller rows with the fields asked for; callers name the shape with T
export function findSellers<T = any>(
  container: Resolver,
  filters: Record<string, unknown>,
  fields: string[]
): Promise<T[] | null>
/** Scopes /vendors/sellers/:seller_id routes to the caller's active membership (404 otherwise; 403 on writes while suspended). */
export function sellerMember(options: {
  writes?: boolean
  /** The 404 message when the marketplace plugin is not installed. */
  withoutMarketplace: string
  /** The 403 message for writes while the seller is suspended. */
  whileSuspended: string
  attach: (req: MedusaRequest, membership: SellerMembership) => void
}): (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>
