import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawPledgeWorkflow } from "../../../../../workflows"
import type { StorePledgeResponse } from "../../../../../contract"
import { pledgeView } from "../../../../utils"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StorePledgeResponse>) {
  const { result } = await withdrawPledgeWorkflow(req.scope).run({
    input: { pledge_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ pledge: await pledgeView(req.scope, result) })
}
