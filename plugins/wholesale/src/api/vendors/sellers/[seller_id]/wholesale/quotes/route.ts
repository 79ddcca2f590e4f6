import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { VendorQuoteListResponse } from "../../../../../../contract/http"
import type { GetQuotes } from "../../../../../validators"
import { listQuotes } from "../../../../../utils/quotes"
import type { SellerRequest } from "../../../../../utils/seller-member"

/** The seller's quote inbox: requests for their products only. */
export async function GET(
  req: SellerRequest<unknown, z.infer<typeof GetQuotes>>,
  res: MedusaResponse<VendorQuoteListResponse>
) {
  const status = req.validatedQuery?.status
  res.json(
    await listQuotes(
      req.scope,
      { seller_id: req.wholesale_seller!.seller_id, ...(status ? { status } : {}) },
      req.queryConfig?.pagination
    )
  )
}
