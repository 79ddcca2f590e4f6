import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { commonsService } from "../../../lib/commons"
import { publicPool } from "../../utils"

/** What the public sees: never a draft (its manager's work in progress) or a cancelled pool. */
const PUBLIC = ["open", "succeeded", "failed", "settled"]

/** Pools open now first, then the recently decided ones (for their outcome). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = (req.validatedQuery as any)?.status
  if (status && !PUBLIC.includes(status)) {
    res.json({ pools: [], count: 0, offset: skip, limit: take })
    return
  }
  const [pools, count] = await commonsService(req.scope).listAndCountGroupBuyPools({ status: status ?? PUBLIC }, { skip, take, order: { closes_at: "ASC" } })
  res.json({ pools: pools.map(publicPool), count, offset: skip, limit: take })
}
