import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import type { SellerRole } from "../../modules/seller/service"

export type SellerScopedRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  seller_scope?: { seller_id: string; seller_handle: string; user_id: string; role: SellerRole; seller_status: string }
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
      const sellers = req.scope.resolve(SELLER_MODULE) as SellerModuleService
      const membership = await sellers.activeMembership(userId, decodeURIComponent(sellerId))
      if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${sellerId} was not found`)
      if (options.roles && !options.roles.includes(membership.role as SellerRole)) {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only a seller's ${options.roles.join(" or ")} can do this`)
      }
      if (options.writes && membership.seller.status === "suspended") {
        throw new MedusaError(MedusaError.Types.FORBIDDEN, "This seller is suspended; changes are disabled until the platform re-activates it")
      }
      req.seller_scope = {
        seller_id: membership.seller_id,
        seller_handle: membership.seller.handle,
        user_id: userId,
        role: membership.role as SellerRole,
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

/** Public maker-profile fields: what the storefront may show. Never contact or payout data. */
export const PUBLIC_SELLER_FIELDS = [
  "id",
  "handle",
  "name",
  "kind",
  "crafts",
  "area",
  "story",
  "photo_url",
  "verification_status",
  "created_at",
] as const

export function publicSeller<T extends Record<string, unknown>>(seller: T) {
  return Object.fromEntries(PUBLIC_SELLER_FIELDS.filter((f) => f in seller).map((f) => [f, seller[f]]))
}
