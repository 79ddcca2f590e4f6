// Shared by the plugins that act for sellers (wholesale, commons, jobs). Sellers belong to the
// marketplace plugin, which no other plugin imports: it is reached by its module key through the
// container, and everything here does without it when it is not installed. Plain CommonJS: plugins
// load it at run time as it is.
"use strict"
const { ContainerRegistrationKeys, MedusaError } = require("@medusajs/framework/utils")

/** The marketplace plugin's module key; its seller <-> product link comes with it. */
const SELLER_MODULE_KEY = "seller"

function sellersInstalled(container) {
  return Boolean(container.hasRegistration?.(SELLER_MODULE_KEY))
}

/** `query.graph` with the maker's fields added when there are makers. */
async function graphWithSeller(container, args, sellerFields) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = sellersInstalled(container) ? [...args.fields, ...sellerFields] : args.fields
  const { data } = await query.graph({ ...args, fields })
  return data
}

/** Sellers matching `filters`; null when the marketplace is not installed. */
async function findSellers(container, filters, fields) {
  if (!sellersInstalled(container)) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "seller", fields, filters })
  return data
}

/**
 * Middleware for /vendors/sellers/:seller_id/... routes: the logged-in user must be an active member
 * of that seller, or is told the seller does not exist (404); with `writes`, a suspended seller's
 * members may read but not change anything (403). The membership is handed to `attach`.
 */
function sellerMember({ writes = false, withoutMarketplace, whileSuspended, attach }) {
  return async (req, _res, next) => {
    try {
      const sellerId = decodeURIComponent(/\/vendors\/sellers\/([^/?#]+)/.exec(req.originalUrl ?? req.path)?.[1] ?? "")
      const userId = req.auth_context?.actor_id
      if (!sellerId || !userId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Log in as a seller member first")
      if (!sellersInstalled(req.scope)) throw new MedusaError(MedusaError.Types.NOT_FOUND, withoutMarketplace)
      const sellers = req.scope.resolve(SELLER_MODULE_KEY)
      const [member] = await sellers.listSellerMembers(
        { user_id: userId, seller_id: sellerId, revoked_at: null },
        { relations: ["seller"] }
      )
      if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller ${sellerId} was not found`)
      if (writes && member.seller.status === "suspended")
        throw new MedusaError(MedusaError.Types.FORBIDDEN, whileSuspended)
      attach(req, { seller_id: sellerId, user_id: userId, role: member.role })
      next()
    } catch (error) {
      next(error)
    }
  }
}

module.exports = { SELLER_MODULE_KEY, sellersInstalled, graphWithSeller, findSellers, sellerMember }
