import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { sendCounterOfferWorkflow } from "../../../../../../../../workflows"
import type { VendorQuoteResponse } from "../../../../../../../../contract/http"
import { quoteDetail } from "../../../../../../../utils/quotes"
import type { SellerRequest } from "../../../../../../../utils/seller-member"
import type { PostCounterOffer } from "../../../../../../../validators"

/** The seller's counter-offer: prices, quantities, lead time and a note. */
export async function POST(
  req: SellerRequest<z.infer<typeof PostCounterOffer>>,
  res: MedusaResponse<VendorQuoteResponse>
) {
  const s = req.wholesale_seller!
  const actor = { type: "seller" as const, id: s.user_id, seller_id: s.seller_id }
  await sendCounterOfferWorkflow(req.scope).run({
    input: { quote_id: req.params.quote_id, actor, ...req.validatedBody },
  })
  res.json({ quote: await quoteDetail(req.scope, req.params.quote_id, actor) })
}
