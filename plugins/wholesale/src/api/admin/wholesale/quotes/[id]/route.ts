import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminQuoteResponse } from "../../../../../contract/http"
import { quoteDetail } from "../../../../utils/quotes"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminQuoteResponse>) {
  res.json({ quote: await quoteDetail(req.scope, req.params.id, { type: "admin", id: req.auth_context.actor_id }) })
}
