import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { StorePledgeResponse } from "../../../../../contract"
import { createPledgeWorkflow } from "../../../../../workflows"
import { pledgeView, poolByIdOrHandle } from "../../../../utils"
import type { PostStorePledge } from "../../../../validators"

/** Pledges to a pool; 409 pool_full (`details.room`, `details.wanted`) when it cannot take that many. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostStorePledge>>,
  res: MedusaResponse<StorePledgeResponse>
) {
  const pool = await poolByIdOrHandle(req.scope, req.params.id)
  const { result } = await createPledgeWorkflow(req.scope).run({
    input: { pool_id: pool.id, customer_id: req.auth_context.actor_id, ...req.validatedBody },
  })
  res.status(201).json({ pledge: await pledgeView(req.scope, result) })
}
