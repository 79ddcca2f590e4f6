import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { createPoolWorkflow } from "../../../workflows"
import { listPools, publicPool } from "../../utils"
import type { PostAdminPool } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listPools(req))
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminPool>>, res: MedusaResponse) {
  const { result } = await createPoolWorkflow(req.scope).run({ input: { ...req.validatedBody, manager_type: "admin", manager_id: req.auth_context.actor_id } as any })
  res.status(201).json({ pool: publicPool(result) })
}
