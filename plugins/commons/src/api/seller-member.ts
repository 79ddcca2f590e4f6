import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { type SellerMembership, sellerMember as member } from "@dharavi/seller-access"
import { COMMONS_MODULE } from "../modules/commons"
import { poolNotFound, type PledgeRecord, type PoolRecord } from "./utils"

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
export async function managedPool(
  req: SellerRequest,
  options: { relations?: string[] } = {}
): Promise<PoolRecord & { pledges?: PledgeRecord[] }> {
  const poolId = req.params.pool_id
  const [pool] = await req.scope
    .resolve(COMMONS_MODULE)
    .listGroupBuyPools(
      { id: poolId, manager_type: "seller", manager_id: req.commons_seller!.seller_id },
      options.relations ? { relations: options.relations } : {}
    )
  if (!pool) throw poolNotFound(poolId)
  return pool as PoolRecord & { pledges?: PledgeRecord[] }
}
