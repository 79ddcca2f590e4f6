import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { wholesaleService } from "../../../../lib/buyer"

/** Companies for review, filterable by status. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = (req.validatedQuery as any)?.status
  const [companies, count] = await wholesaleService(req.scope).listAndCountCompanies(status ? { status } : {}, {
    skip,
    take,
    order: { created_at: "DESC" },
    relations: ["employees"],
  })
  res.json({ companies, count, offset: skip, limit: take })
}
