import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPoolWorkflow } from "../../../../../workflows"
import { publicPool } from "../../../../utils"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await cancelPoolWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ pool: publicPool(result) })
}
