import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorMeResponse } from "../../../contract/http"
import { SELLER_MODULE } from "../../../modules/seller"

/** The logged-in person and every seller they can act for (a digi-preneur sees several). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorMeResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const user = await sellers.retrieveSellerUser(req.auth_context.actor_id)
  const memberships = await sellers.listSellerMembers(
    { user_id: user.id, revoked_at: null },
    { relations: ["seller"], order: { created_at: "ASC" } }
  )
  res.json({
    user,
    memberships: memberships.map((m) => ({
      id: m.id,
      role: m.role,
      revenue_share: m.revenue_share,
      seller: {
        id: m.seller.id,
        handle: m.seller.handle,
        name: m.seller.name,
        status: m.seller.status,
        photo_url: m.seller.photo_url,
      },
    })),
  })
}
