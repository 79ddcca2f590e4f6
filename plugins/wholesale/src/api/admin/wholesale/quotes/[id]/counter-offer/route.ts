import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { sendCounterOfferWorkflow } from "../../../../../../workflows"
import type { AdminQuoteResponse } from "../../../../../../contract/http"
import { quoteDetail } from "../../../../../utils/quotes"
import type { PostCounterOffer } from "../../../../../validators"

/** The platform answers for a seller (or for platform-owned stock). */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostCounterOffer>>,
  res: MedusaResponse<AdminQuoteResponse>
) {
  const actor = { type: "admin" as const, id: req.auth_context.actor_id }
  await sendCounterOfferWorkflow(req.scope).run({ input: { quote_id: req.params.id, actor, ...req.validatedBody } })
  res.json({ quote: await quoteDetail(req.scope, req.params.id, actor) })
}
