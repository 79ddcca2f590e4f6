import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSellersResponse } from "../../../contract/http"
import { SELLER_MODULE } from "../../../modules/seller"

type Query = { q?: string; craft?: string; area?: string; status?: string }

export async function GET(req: MedusaRequest<unknown, Query>, res: MedusaResponse<AdminSellersResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const { q, status, craft, area } = req.validatedQuery as Query
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const filters: Record<string, unknown> = {}
  if (q) filters.q = q
  if (status) filters.status = status
  if (area) filters.area = area
  if (craft) filters.crafts = { $contains: [craft] }
  const [rows, count] = await sellers.listAndCountSellers(filters, { skip, take, order: { created_at: "DESC" } })
  res.json({ sellers: rows, count, offset: skip, limit: take })
}
