import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openPoolWorkflow } from "../../../../../workflows"
import { publicPool } from "../../../../utils"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await openPoolWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ pool: publicPool(result) })
}
