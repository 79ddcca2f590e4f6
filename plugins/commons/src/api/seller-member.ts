import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { commonsService } from "../lib/commons"
import { SELLER_MODULE_KEY, sellersInstalled } from "../lib/seller-link"

export type SellerRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & { commons_seller?: { seller_id: string; user_id: string; role: string } }

/**
 * Scopes /vendors/sellers/:seller_id/pools routes to the caller's membership of that seller.
 * Membership belongs to the marketplace's `seller` module, resolved by name (no import of its code);
 * a caller who is not an active member is told the seller does not exist. Writes are refused while
 * the seller is suspended.
 */
export function sellerMember(options: { writes?: boolean } = {}) {
  return async (request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const req = request as SellerRequest
    try {
      const sellerId = decodeURIComponent(/\/vendors\/sellers\/([^/?#]+)/.exec(req.originalUrl ?? req.path)?.[1] ?? "")
      const userId = req.auth_context?.actor_id
      if (!sellerId || !userId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a seller member first")
      if (!sellersInstalled(req.scope)) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Running a pool as a seller needs the marketplace plugin")
      const sellers = req.scope.resolve(SELLER_MODULE_KEY) as any
      const [member] = await sellers.listSellerMembers({ user_id: userId, seller_id: sellerId, revoked_at: null }, { relations: ["seller"] })
      if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${sellerId} was not found`)
      if (options.writes && member.seller.status === "suspended") {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "This seller is suspended; its pools cannot change until the platform re-activates it")
      }
      req.commons_seller = { seller_id: sellerId, user_id: userId, role: member.role }
      next()
    } catch (error) {
      next(error)
    }
  }
}

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
