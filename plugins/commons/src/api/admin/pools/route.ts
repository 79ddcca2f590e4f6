import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { commonsService } from "../../../lib/commons"
import { createPoolWorkflow } from "../../../workflows"
import { publicPool } from "../../utils"
import type { PostAdminPool } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = (req.validatedQuery as any)?.status
  const [pools, count] = await commonsService(req.scope).listAndCountGroupBuyPools(status ? { status } : {}, { skip, take, order: { created_at: "DESC" } })
  res.json({ pools: pools.map(publicPool), count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminPool>>, res: MedusaResponse) {
  const { result } = await createPoolWorkflow(req.scope).run({ input: { ...req.validatedBody, manager_type: "admin", manager_id: req.auth_context.actor_id } as any })
  res.status(201).json({ pool: publicPool(result) })
}
