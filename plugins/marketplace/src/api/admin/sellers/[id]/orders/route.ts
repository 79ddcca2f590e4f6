import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSellerOrdersResponse } from "../../../../../contract/http"
import { SELLER_MODULE } from "../../../../../modules/seller"
import { listSellerOrders } from "../../../../utils/seller-orders"
import { totalsByCurrency } from "../../../../utils/reports"

/** A seller's sales with commission, digi-preneur share and payout due, plus totals per currency. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminSellerOrdersResponse>) {
  const page = await listSellerOrders(req, { seller_id: req.params.id })
  const sellers = req.scope.resolve(SELLER_MODULE)
  const all = await sellers.listSellerOrders({ seller_id: req.params.id })
  res.json({
    ...page,
    totals: totalsByCurrency(all, ["subtotal", "commission_amount", "digipreneur_amount", "payout_due"]),
  })
}
