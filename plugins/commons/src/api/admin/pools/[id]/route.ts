import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { AdminPoolDetailResponse, PoolResponse } from "../../../../contract"
import { COMMONS_MODULE } from "../../../../modules/commons"
import { updatePoolWorkflow } from "../../../../workflows"
import { poolWithReport, publicPool } from "../../../utils"
import type { PostAdminPoolUpdate } from "../../../validators"

/** A pool with its pledges: live progress while open, the settlement report once decided. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPoolDetailResponse>) {
  res.json(
    poolWithReport(
      await req.scope.resolve(COMMONS_MODULE).retrieveGroupBuyPool(req.params.id, { relations: ["pledges"] })
    )
  )
}

export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminPoolUpdate>>,
  res: MedusaResponse<PoolResponse>
) {
  const { result } = await updatePoolWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  res.json({ pool: publicPool(result) })
}
