import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { postQuoteMessageWorkflow } from "../../../../../../workflows"
import type { StoreQuoteResponse } from "../../../../../../contract/http"
import { quoteDetail } from "../../../../../utils/quotes"
import type { PostQuoteMessage } from "../../../../../validators"

/** A message to the seller; `request_changes` hands an offer back for a revision. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostQuoteMessage>>,
  res: MedusaResponse<StoreQuoteResponse>
) {
  const actor = { type: "customer" as const, id: req.auth_context.actor_id }
  await postQuoteMessageWorkflow(req.scope).run({ input: { quote_id: req.params.id, actor, ...req.validatedBody } })
  res.status(201).json({ quote: await quoteDetail(req.scope, req.params.id, actor) })
}
