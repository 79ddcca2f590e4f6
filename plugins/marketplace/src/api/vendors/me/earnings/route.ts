import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorEarningsResponse } from "../../../../contract/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import { totalsByCurrency } from "../../../utils/reports"

/** A digi-preneur's earnings: their share of each managed seller's sales. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<VendorEarningsResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const orders = await sellers.listSellerOrders(
    { digipreneur_user_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" } }
  )
  res.json({
    seller_orders: orders.map((o) => ({
      id: o.id,
      seller_id: o.seller_id,
      order_id: o.order_id,
      currency_code: o.currency_code,
      subtotal: o.subtotal,
      digipreneur_share: o.digipreneur_share,
      digipreneur_amount: o.digipreneur_amount,
      created_at: o.created_at,
    })),
    totals: totalsByCurrency(orders, ["subtotal", "digipreneur_amount"]),
  })
}
