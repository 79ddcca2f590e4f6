import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commonsService } from "../../../lib/commons"
import { publicPool } from "../../utils"

/** Pools open now first, then the recently decided ones (for their outcome). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = (req.validatedQuery as any)?.status
  const [pools, count] = await commonsService(req.scope).listAndCountGroupBuyPools(
    { status: status ?? ["open", "succeeded", "failed", "settled"] },
    { skip, take, order: { closes_at: "ASC" } }
  )
  res.json({ pools: pools.map(publicPool), count, offset: skip, limit: take })
}
