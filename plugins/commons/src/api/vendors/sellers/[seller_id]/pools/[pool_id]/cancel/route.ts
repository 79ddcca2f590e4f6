import type { MedusaResponse } from "@medusajs/framework/http"
import { cancelPoolWorkflow } from "../../../../../../../workflows"
import { managedPool, type SellerRequest } from "../../../../../../seller-member"
import type { PoolResponse } from "../../../../../../../contract"
import { publicPool } from "../../../../../../utils"

/** Cancels the seller's pool before it is decided; every pledge's authorisation is let go. */
export async function POST(req: SellerRequest, res: MedusaResponse<PoolResponse>) {
  const pool = await managedPool(req)
  const { result } = await cancelPoolWorkflow(req.scope).run({ input: { id: pool.id } })
  res.json({ pool: publicPool(result) })
}
