import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import type { StoreSearchResponse } from "../../../contract/http"
import type { SearchParams } from "../../../modules/search/types"

/** One search over products, makers, courses, live jobs and tool-houses, with facets. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreSearchResponse>) {
  const params = req.validatedQuery as unknown as SearchParams
  const result = await req.scope.resolve(SEARCH_MODULE).search(params)
  res.json({
    query: params.q ?? "",
    hits: result.hits,
    count: result.count,
    offset: params.offset,
    limit: params.limit,
    facets: result.facets,
    provider: result.provider,
  })
}
