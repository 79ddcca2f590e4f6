import type { MedusaContainer } from "@medusajs/framework/types"
import { COMMONS_MODULE } from "../modules/commons"
import { settlePoolWorkflow } from "../workflows/settlement"

/** Pools past their closing time are settled; succeeded pools with a refused capture are retried. */
export default async function settlePools(container: MedusaContainer) {
  const commons = container.resolve(COMMONS_MODULE)
  const due = await commons.listGroupBuyPools({ status: "open", closes_at: { $lte: new Date() } }, { select: ["id"] })
  const retry = await commons.listGroupBuyPools({ status: "succeeded" }, { select: ["id"] })
  for (const pool of [...due, ...retry]) {
    try {
      await settlePoolWorkflow(container).run({ input: { pool_id: pool.id } })
    } catch (error) {
      // A manager's "settle now" holds the pool: the next tick looks again.
      if ((error as { code?: string } | null)?.code !== "record_busy") throw error
    }
  }
}

export const config = { name: "commons-settle-pools", schedule: "* * * * *" }
