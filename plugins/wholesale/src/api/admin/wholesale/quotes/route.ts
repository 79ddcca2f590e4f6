import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listQuotes } from "../../../utils/quotes"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const status = (req.validatedQuery as any)?.status
  res.json(await listQuotes(req.scope, status ? { status } : {}, req.queryConfig?.pagination))
}
