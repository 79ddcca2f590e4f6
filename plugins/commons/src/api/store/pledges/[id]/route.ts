import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { StorePledgeResponse } from "../../../../contract"
import { COMMONS_MODULE } from "../../../../modules/commons"
import { pledgeNotFound } from "../../../../modules/commons/service"
import { changePledgeWorkflow } from "../../../../workflows"
import { pledgeView } from "../../../utils"
import type { PostStorePledge } from "../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StorePledgeResponse>) {
  const [pledge] = await req.scope
    .resolve(COMMONS_MODULE)
    .listPledges({ id: req.params.id, customer_id: req.auth_context.actor_id }, { relations: ["pool"] })
  if (!pledge) throw pledgeNotFound(req.params.id)
  res.json({ pledge: await pledgeView(req.scope, pledge) })
}

/** Changes my pledge while the pool is open (a new authorisation replaces the old); 409 pool_full with the room left. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostStorePledge>>,
  res: MedusaResponse<StorePledgeResponse>
) {
  const { result } = await changePledgeWorkflow(req.scope).run({
    input: { pledge_id: req.params.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.json({ pledge: await pledgeView(req.scope, result) })
}
