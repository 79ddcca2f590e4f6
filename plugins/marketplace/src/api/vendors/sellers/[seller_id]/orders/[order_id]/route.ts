import type { MedusaResponse } from "@medusajs/framework/http"
import type { SellerOrderResponse } from "../../../../../../contract/http"
import { retrieveSellerOrder } from "../../../../../utils/seller-orders"
import type { SellerScopedRequest } from "../../../../../utils/seller-scope"

export async function GET(req: SellerScopedRequest, res: MedusaResponse<SellerOrderResponse>) {
  res.json({ seller_order: await retrieveSellerOrder(req, req.seller_scope!.seller_id, req.params.order_id) })
}
