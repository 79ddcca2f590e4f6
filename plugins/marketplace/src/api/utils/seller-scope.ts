import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { forbidden, notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../contract/errors"
import type { SellerRole, SellerStatus } from "../../contract/http"
import { SELLER_MODULE } from "../../modules/seller"

export { PUBLIC_SELLER_FIELDS } from "../../contract/http"

export type SellerScopedRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  seller_scope?: {
    seller_id: string
    seller_handle: string
    user_id: string
    role: SellerRole
    seller_status: SellerStatus
  }
}

const SELLER_ID_IN_PATH = /\/vendors\/sellers\/([^/?#]+)/

/**
 * Scopes every /vendors/sellers/:seller_id route to the caller's membership. A caller who is not
 * an active member gets 404, as if the seller did not exist; one with the wrong role gets 403.
 * `writes: true` also refuses changes while the seller is suspended.
 */
export function requireSellerMember(options: { roles?: SellerRole[]; writes?: boolean } = {}) {
  return async (request: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const req = request as SellerScopedRequest
    try {
      const sellerId = SELLER_ID_IN_PATH.exec(req.originalUrl ?? req.path)?.[1]
      const userId = req.auth_context?.actor_id
      if (!sellerId || !userId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a seller member first")
      const membership = await req.scope.resolve(SELLER_MODULE).activeMembership(userId, decodeURIComponent(sellerId))
      if (!membership)
        throw notFound(MarketplaceErrors.SELLER_NOT_FOUND, `Seller ${sellerId} was not found`, { seller_id: sellerId })
      const role = membership.role as SellerRole
      if (options.roles && !options.roles.includes(role)) {
        throw forbidden(
          MarketplaceErrors.ROLE_NOT_ALLOWED,
          `Only a seller's ${options.roles.join(" or ")} can do this`,
          { roles: options.roles }
        )
      }
      if (options.writes && membership.seller.status === "suspended") {
        throw forbidden(
          MarketplaceErrors.SELLER_SUSPENDED,
          "This seller is suspended; changes are disabled until the platform re-activates it",
          { seller_id: membership.seller_id }
        )
      }
      req.seller_scope = {
        seller_id: membership.seller_id,
        seller_handle: membership.seller.handle,
        user_id: userId,
        role,
        seller_status: membership.seller.status,
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}

export function actorOf(req: SellerScopedRequest) {
  const scope = req.seller_scope!
  return { user_id: scope.user_id, role: scope.role }
}
