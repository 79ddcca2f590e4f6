import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearch } from "../lib/reindex"

/**
 * Every night (03:30 server time): rebuilds the index from the records, catching what no event
 * announces (wholesale terms, price-list changes, a post that expired between runs of the jobs
 * plugin's archiver) and bringing Meilisearch back in step after an outage.
 */
export default async function nightlySearchReindex(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const summary = await reindexSearch(container)
  const removed = Object.values(summary).reduce((n, s) => n + (s?.removed ?? 0), 0)
  logger.info(
    `[search] nightly reindex: ${Object.entries(summary)
      .map(([t, s]) => `${s?.indexed} ${t}`)
      .join(", ")}; ${removed} stale removed in ${Date.now() - started} ms`
  )
}

export const config = { name: "search-nightly-reindex", schedule: "30 3 * * *" }
