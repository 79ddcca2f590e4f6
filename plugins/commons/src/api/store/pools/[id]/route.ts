import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePoolResponse } from "../../../../contract"
import { poolByIdOrHandle, publicPool } from "../../../utils"

export async function GET(req: MedusaRequest, res: MedusaResponse<StorePoolResponse>) {
  res.json({ pool: publicPool(await poolByIdOrHandle(req.scope, req.params.id)) })
}
