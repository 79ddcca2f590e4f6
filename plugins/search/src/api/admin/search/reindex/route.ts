import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invalid } from "@dharavi/errors"
import { SearchErrors } from "../../../../contract/errors"
import type { AdminReindexBody, AdminReindexResponse } from "../../../../contract/http"
import { sourceInstalled } from "../../../../documents"
import { reindexSearch } from "../../../../lib/reindex"

/** Rebuilds the index (all types, or the ones named) and answers what it did. */
export async function POST(req: MedusaRequest<AdminReindexBody>, res: MedusaResponse<AdminReindexResponse>) {
  const missing = (req.validatedBody.types ?? []).filter((type) => !sourceInstalled(req.scope, type))
  // Naming a type whose plugin is not installed is a mistake worth saying, not an empty success.
  if (missing.length) {
    throw invalid(
      SearchErrors.SEARCH_TYPE_NOT_INSTALLED,
      `No installed plugin provides ${missing.join(", ")} to search`,
      { types: missing }
    )
  }
  const started = Date.now()
  const summary = await reindexSearch(req.scope, { types: req.validatedBody.types })
  res.json({ reindexed: summary, took_ms: Date.now() - started })
}
