import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type SellerMembership, sellerMember as member } from "@dharavi/seller-access"
import { commonsService } from "../lib/commons"

export type SellerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { commons_seller?: SellerMembership }

/** Scopes /vendors/sellers/:seller_id/pools routes to the caller's membership of that seller; writes wait while it is suspended. */
export const sellerMember = (options: { writes?: boolean } = {}) =>
  member({
    writes: options.writes,
    withoutMarketplace: "Running a pool as a seller needs the marketplace plugin",
    whileSuspended: "This seller is suspended; its pools cannot change until the platform re-activates it",
    attach: (req, membership) => {
      ;(req as SellerRequest).commons_seller = membership
    },
  })

/** A pool the caller's seller manages; another seller's pool, or the platform's, is not found. */
export async function managedPool(req: SellerRequest, options: { relations?: string[] } = {}) {
  const poolId = req.params.pool_id
  const [pool] = await commonsService(req.scope).listGroupBuyPools(
    { id: poolId, manager_type: "seller", manager_id: req.commons_seller!.seller_id },
    options.relations ? { relations: options.relations } : {}
  )
  if (!pool) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pool ${poolId} was not found`)
  return pool
}
