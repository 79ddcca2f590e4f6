import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerOrdersResponse } from "../../../../../contract/http"
import { listSellerOrders } from "../../../../utils/seller-orders"
import type { SellerScopedRequest } from "../../../../utils/seller-scope"

/** Orders containing this seller's products: their lines, commission and payout due. */
export async function GET(req: SellerScopedRequest, res: MedusaResponse<SellerOrdersResponse>) {
  res.json(await listSellerOrders(req, { seller_id: req.seller_scope!.seller_id }))
}
