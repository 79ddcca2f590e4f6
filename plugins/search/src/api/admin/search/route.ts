import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SEARCH_MODULE } from "../../../modules/search"
import type { AdminSearchStatusResponse } from "../../../contract/http"

/** What the index holds per type, which provider answers, and whether Meilisearch is well. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminSearchStatusResponse>) {
  res.json({ search: await req.scope.resolve(SEARCH_MODULE).indexStatus() })
}
