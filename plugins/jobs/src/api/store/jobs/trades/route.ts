import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreTradesResponse } from "../../../../contract"
import { tradeCatalogue } from "../../../../lib/trades"

/** The trades and skill levels, named in English, Hindi and Marathi. */
export async function GET(_req: MedusaRequest, res: MedusaResponse<StoreTradesResponse>) {
  res.json(tradeCatalogue())
}
