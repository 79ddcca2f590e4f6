import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { createPledgeWorkflow } from "../../../../../workflows"
import { answerPoolFull, pledgeView, poolByIdOrHandle } from "../../../../utils"
import type { PostStorePledge } from "../../../../validators"

/** Pledges to a pool; 409 with the room left when it is full. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostStorePledge>>, res: MedusaResponse) {
  const pool = await poolByIdOrHandle(req.scope, req.params.id)
  try {
    const { result } = await createPledgeWorkflow(req.scope).run({ input: { pool_id: pool.id, customer_id: req.auth_context.actor_id, ...req.validatedBody } })
    res.status(201).json({ pledge: await pledgeView(req.scope, result) })
  } catch (error) {
    if (!answerPoolFull(error, res)) throw error
  }
}
