import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { rejectQuoteWorkflow } from "../../../../../../workflows"
import type { StoreQuoteResponse } from "../../../../../../contract/http"
import { quoteDetail } from "../../../../../utils/quotes"
import type { PostQuoteReject } from "../../../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostQuoteReject>>,
  res: MedusaResponse<StoreQuoteResponse>
) {
  const actor = { type: "customer" as const, id: req.auth_context.actor_id }
  await rejectQuoteWorkflow(req.scope).run({
    input: { quote_id: req.params.id, customer_id: actor.id, reason: req.validatedBody.reason },
  })
  res.json({ quote: await quoteDetail(req.scope, req.params.id, actor) })
}
