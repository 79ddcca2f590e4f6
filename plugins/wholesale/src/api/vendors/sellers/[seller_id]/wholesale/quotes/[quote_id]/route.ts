import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorQuoteResponse } from "../../../../../../../contract/http"
import { quoteDetail } from "../../../../../../utils/quotes"
import type { SellerRequest } from "../../../../../../utils/seller-member"

export async function GET(req: SellerRequest, res: MedusaResponse<VendorQuoteResponse>) {
  const s = req.wholesale_seller!
  res.json({
    quote: await quoteDetail(req.scope, req.params.quote_id, { type: "seller", id: s.user_id, seller_id: s.seller_id }),
  })
}
