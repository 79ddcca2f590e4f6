import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { PoolResponse, PoolsResponse } from "../../../contract"
import { createPoolWorkflow } from "../../../workflows"
import { listPools, publicPool } from "../../utils"
import type { PostAdminPool } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<PoolsResponse>) {
  res.json(await listPools(req))
}

export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminPool>>,
  res: MedusaResponse<PoolResponse>
) {
  const { result } = await createPoolWorkflow(req.scope).run({
    input: { ...req.validatedBody, manager_type: "admin", manager_id: req.auth_context.actor_id },
  })
  res.status(201).json({ pool: publicPool(result) })
}
