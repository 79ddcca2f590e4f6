import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { postQuoteMessageWorkflow } from "../../../../../../workflows"
import type { AdminQuoteResponse } from "../../../../../../contract/http"
import { quoteDetail } from "../../../../../utils/quotes"
import type { PostQuoteMessage } from "../../../../../validators"

export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostQuoteMessage>>,
  res: MedusaResponse<AdminQuoteResponse>
) {
  const actor = { type: "admin" as const, id: req.auth_context.actor_id }
  await postQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: req.params.id, actor, body: req.validatedBody.body },
  })
  res.status(201).json({ quote: await quoteDetail(req.scope, req.params.id, actor) })
}
