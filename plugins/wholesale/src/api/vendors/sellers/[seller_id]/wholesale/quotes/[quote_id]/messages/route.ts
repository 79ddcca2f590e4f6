import type { MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { postQuoteMessageWorkflow } from "../../../../../../../../workflows"
import type { VendorQuoteResponse } from "../../../../../../../../contract/http"
import { quoteDetail } from "../../../../../../../utils/quotes"
import type { SellerRequest } from "../../../../../../../utils/seller-member"
import type { PostQuoteMessage } from "../../../../../../../validators"

export async function POST(
  req: SellerRequest<z.infer<typeof PostQuoteMessage>>,
  res: MedusaResponse<VendorQuoteResponse>
) {
  const s = req.wholesale_seller!
  const actor = { type: "seller" as const, id: s.user_id, seller_id: s.seller_id }
  await postQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: req.params.quote_id, actor, body: req.validatedBody.body },
  })
  res.status(201).json({ quote: await quoteDetail(req.scope, req.params.quote_id, actor) })
}
