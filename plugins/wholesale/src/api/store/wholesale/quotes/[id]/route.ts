import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreQuoteResponse } from "../../../../../contract/http"
import { quoteDetail } from "../../../../utils/quotes"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreQuoteResponse>) {
  res.json({ quote: await quoteDetail(req.scope, req.params.id, { type: "customer", id: req.auth_context.actor_id }) })
}
