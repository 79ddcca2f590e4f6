import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PoolSettlementResponse } from "../../../../../contract"
import { settlePoolWorkflow } from "../../../../../workflows"

/** Settles a closed pool now (the job does it every minute); safe to repeat. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<PoolSettlementResponse>) {
  const { result } = await settlePoolWorkflow(req.scope).run({ input: { pool_id: req.params.id } })
  res.json({ settlement: result })
}
