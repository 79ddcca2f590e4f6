import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commonsService } from "../../../lib/commons"
import { pledgeView } from "../../utils"

/** My pledges, newest first, each with its pool's progress and, once settled, the price breakdown. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const pledges = await commonsService(req.scope).listPledges({ customer_id: req.auth_context.actor_id }, { relations: ["pool"], order: { created_at: "DESC" }, take: 100 })
  res.json({ pledges: await Promise.all(pledges.map((p) => pledgeView(req.scope, p))) })
}
