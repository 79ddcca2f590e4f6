import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptQuoteWorkflow } from "../../../../../../workflows"
import type { StoreQuoteResponse } from "../../../../../../contract/http"
import { quoteDetail } from "../../../../../utils/quotes"

/** Accepts the offer on the table: the quote becomes the order at the agreed prices. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreQuoteResponse>) {
  const actor = { type: "customer" as const, id: req.auth_context.actor_id }
  await acceptQuoteWorkflow(req.scope).run({ input: { quote_id: req.params.id, customer_id: actor.id } })
  res.json({ quote: await quoteDetail(req.scope, req.params.id, actor) })
}
