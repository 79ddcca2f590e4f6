import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPoolWorkflow } from "../../../../../workflows"
import type { PoolResponse } from "../../../../../contract"
import { publicPool } from "../../../../utils"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<PoolResponse>) {
  const { result } = await cancelPoolWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ pool: publicPool(result) })
}
