import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reindexSearch } from "../../../../lib/reindex"
import type { SearchType } from "../../../../modules/search/types"

/** Rebuilds the index (all types, or the ones named) and answers what it did. */
export async function POST(req: MedusaRequest<{ types?: SearchType[] }>, res: MedusaResponse) {
  const started = Date.now()
  const summary = await reindexSearch(req.scope as any, { types: req.validatedBody.types })
  res.json({ reindexed: summary, took_ms: Date.now() - started })
}
