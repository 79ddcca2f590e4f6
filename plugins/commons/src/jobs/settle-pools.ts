import type { MedusaContainer } from "@medusajs/framework/types"
import { commonsService } from "../lib/commons"
import { settlePoolWorkflow } from "../workflows/settlement"

/** Pools past their closing time are settled; succeeded pools with a refused capture are retried. */
export default async function settlePools(container: MedusaContainer) {
  const commons = commonsService(container)
  const due = await commons.listGroupBuyPools({ status: "open", closes_at: { $lte: new Date() } }, { select: ["id"] })
  const retry = await commons.listGroupBuyPools({ status: "succeeded" }, { select: ["id"] })
  for (const pool of [...due, ...retry]) {
    try {
      await settlePoolWorkflow(container).run({ input: { pool_id: pool.id } })
    } catch (error: any) {
      // A manager's "settle now" holds the pool: the next tick looks again.
      if (error?.code !== "record_busy") throw error
    }
  }
}

export const config = { name: "commons-settle-pools", schedule: "* * * * *" }
