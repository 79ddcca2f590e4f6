import type { MedusaResponse } from "@medusajs/framework/http"
import type { PoolSettlementResponse } from "../../../../../../../contract"
import { settlePoolWorkflow } from "../../../../../../../workflows"
import { managedPool, type SellerRequest } from "../../../../../../seller-member"

/** Settles the seller's closed pool now (the job does it every minute); safe to repeat. */
export async function POST(req: SellerRequest, res: MedusaResponse<PoolSettlementResponse>) {
  const pool = await managedPool(req)
  const { result } = await settlePoolWorkflow(req.scope).run({ input: { pool_id: pool.id } })
  res.json({ settlement: result })
}
