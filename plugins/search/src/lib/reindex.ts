import { sourceInstalled, type Container } from "../documents"
import { SEARCH_TYPES, type SearchType } from "../modules/search/types"
import { pruneSearchDocumentsWorkflow, reindexSearchPageWorkflow } from "../workflows/search"

export type ReindexProgress = { type: SearchType; done: number; total: number; indexed: number }
export type { ReindexSummary } from "../contract/http"
import type { ReindexSummary } from "../contract/http"

/**
 * Rebuilds the index from the source records, type by type and page by page (each page its own
 * workflow run, so a failure loses one page, not the run), then drops documents whose records are
 * gone or no longer public. Used by the reindex command, the admin's Reindex button and the seed.
 */
export async function reindexSearch(
  container: Container,
  options: { types?: SearchType[]; batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {}
): Promise<ReindexSummary> {
  const batchSize = options.batchSize ?? 200
  const summary: ReindexSummary = {}
  for (const type of options.types ?? SEARCH_TYPES) {
    if (!sourceInstalled(container, type)) continue
    const keep: string[] = []
    let offset = 0
    let total: number
    do {
      const { result } = await reindexSearchPageWorkflow(container).run({ input: { type, offset, limit: batchSize } })
      keep.push(...result.indexed)
      total = result.total
      offset += batchSize
      options.onProgress?.({ type, done: Math.min(offset, total), total, indexed: keep.length })
    } while (offset < total)
    const { result } = await pruneSearchDocumentsWorkflow(container).run({ input: { type, keep } })
    summary[type] = { total, indexed: keep.length, removed: result.removed }
  }
  return summary
}
