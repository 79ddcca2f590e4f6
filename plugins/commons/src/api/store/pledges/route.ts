import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePledgesResponse } from "../../../contract"
import { COMMONS_MODULE } from "../../../modules/commons"
import { pledgeView } from "../../utils"

/** My pledges, newest first, each with its pool's progress and, once settled, the price breakdown. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StorePledgesResponse>) {
  const pledges = await req.scope
    .resolve(COMMONS_MODULE)
    .listPledges(
      { customer_id: req.auth_context.actor_id },
      { relations: ["pool"], order: { created_at: "DESC" }, take: 100 }
    )
  res.json({ pledges: await Promise.all(pledges.map((p) => pledgeView(req.scope, p))) })
}
