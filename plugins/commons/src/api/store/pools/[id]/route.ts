import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { poolByIdOrHandle, publicPool } from "../../../utils"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ pool: publicPool(await poolByIdOrHandle(req.scope, req.params.id)) })
}
