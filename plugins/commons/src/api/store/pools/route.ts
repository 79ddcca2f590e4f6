import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PoolStatus, StorePoolsQuery, StorePoolsResponse } from "../../../contract"
import { COMMONS_MODULE } from "../../../modules/commons"
import { publicPool, type PoolRecord } from "../../utils"

/** What the public sees: never a draft (its manager's work in progress) or a cancelled pool. */
const PUBLIC: PoolStatus[] = ["open", "succeeded", "failed", "settled"]

/** Pools open now first, then the recently decided ones (for their outcome). */
export async function GET(req: MedusaRequest<unknown, StorePoolsQuery>, res: MedusaResponse<StorePoolsResponse>) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = req.validatedQuery?.status
  if (status && !PUBLIC.includes(status)) {
    res.json({ pools: [], count: 0, offset: skip, limit: take })
    return
  }
  const [pools, count] = await req.scope
    .resolve(COMMONS_MODULE)
    .listAndCountGroupBuyPools({ status: status ?? PUBLIC }, { skip, take, order: { closes_at: "ASC" } })
  res.json({ pools: pools.map((p) => publicPool(p as PoolRecord)), count, offset: skip, limit: take })
}
