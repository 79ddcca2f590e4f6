import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { commonsService } from "../../../../lib/commons"
import { changePledgeWorkflow } from "../../../../workflows"
import { answerPoolFull, pledgeView } from "../../../utils"
import type { PostStorePledge } from "../../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [pledge] = await commonsService(req.scope).listPledges({ id: req.params.id, customer_id: req.auth_context.actor_id }, { relations: ["pool"] })
  if (!pledge) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pledge ${req.params.id} was not found`)
  res.json({ pledge: await pledgeView(req.scope, pledge) })
}

/** Changes my pledge while the pool is open (a new authorisation replaces the old). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostStorePledge>>, res: MedusaResponse) {
  try {
    const { result } = await changePledgeWorkflow(req.scope).run({ input: { pledge_id: req.params.id, customer_id: req.auth_context.actor_id, ...req.validatedBody } })
    res.json({ pledge: await pledgeView(req.scope, result) })
  } catch (error) {
    if (!answerPoolFull(error, res)) throw error
  }
}
