import type { MedusaResponse } from "@medusajs/framework/http"
import { openPoolWorkflow } from "../../../../../../../workflows"
import { managedPool, type SellerRequest } from "../../../../../../seller-member"
import type { PoolResponse } from "../../../../../../../contract"
import { publicPool } from "../../../../../../utils"

export async function POST(req: SellerRequest, res: MedusaResponse<PoolResponse>) {
  const pool = await managedPool(req)
  const { result } = await openPoolWorkflow(req.scope).run({ input: { id: pool.id } })
  res.json({ pool: publicPool(result) })
}
