import type { ExecArgs } from "@medusajs/framework/types"
import { SEARCH_MODULE } from "@dharavi/search/modules/search"
import { reindexSearch } from "@dharavi/search/workflows"

type Container = ExecArgs["container"]

/**
 * Builds the search index from everything seeded (products, makers, courses, live jobs, the
 * tool-house). With `onlyIfEmpty`, leaves an index that already has documents alone.
 */
export async function indexSearch(
  container: Container,
  progress: (step: string) => void,
  options: { onlyIfEmpty?: boolean } = {}
) {
  if (options.onlyIfEmpty) {
    const search = container.resolve(SEARCH_MODULE)
    const { counts } = await search.indexStatus()
    if (Object.values(counts).some((n) => n > 0)) return
  }
  progress("search: indexing products, makers, courses, jobs and tool-houses")
  const summary = await reindexSearch(container)
  progress(
    `search: ${Object.entries(summary)
      .map(([type, s]) => `${s?.indexed} ${type}`)
      .join(", ")}`
  )
}
