import type { MedusaResponse } from "@medusajs/framework/http"
import { listQuotes } from "../../../../../utils/quotes"
import type { SellerRequest } from "../../../../../utils/seller-member"

/** The seller's quote inbox: requests for their products only. */
export async function GET(req: SellerRequest, res: MedusaResponse) {
  const status = (req.validatedQuery as any)?.status
  res.json(await listQuotes(req.scope, { seller_id: req.wholesale_seller!.seller_id, ...(status ? { status } : {}) }, req.queryConfig?.pagination))
}
