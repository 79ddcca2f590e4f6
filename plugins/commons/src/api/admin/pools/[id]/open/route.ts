import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openPoolWorkflow } from "../../../../../workflows"
import type { PoolResponse } from "../../../../../contract"
import { publicPool } from "../../../../utils"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<PoolResponse>) {
  const { result } = await openPoolWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ pool: publicPool(result) })
}
