import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"

/** What the index holds per type, which provider answers, and whether Meilisearch is well. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ search: await req.scope.resolve<SearchModuleService>(SEARCH_MODULE).indexStatus() })
}
