import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { AdminQuoteListResponse } from "../../../../contract/http"
import { listQuotes } from "../../../utils/quotes"
import type { GetQuotes } from "../../../validators"

export async function GET(
  req: MedusaRequest<unknown, z.infer<typeof GetQuotes>>,
  res: MedusaResponse<AdminQuoteListResponse>
) {
  const status = req.validatedQuery?.status
  res.json(await listQuotes(req.scope, status ? { status } : {}, req.queryConfig?.pagination))
}
