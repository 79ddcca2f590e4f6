import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { quoteDetail } from "../../../../utils/quotes"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ quote: await quoteDetail(req.scope, req.params.id, { type: "admin", id: req.auth_context.actor_id }) })
}
