import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../modules/seller"
import { PUBLIC_SELLER_FIELDS, type StoreSellersQuery, type StoreSellersResponse } from "../../../contract/http"

type Query = Pick<StoreSellersQuery, "q" | "craft" | "area">

/** The maker directory: active sellers' public profiles, filterable by craft and area. */
export async function GET(req: MedusaRequest<unknown, Query>, res: MedusaResponse<StoreSellersResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const { q, craft, area } = req.validatedQuery as Query
  const { skip = 0, take = 20 } = req.queryConfig.pagination ?? {}
  const filters: Record<string, unknown> = { status: "active" }
  if (q) filters.q = q
  if (area) filters.area = area
  if (craft) filters.crafts = { $contains: [craft] }
  const [rows, count] = await sellers.listAndCountSellers(filters, {
    select: [...PUBLIC_SELLER_FIELDS],
    skip,
    take,
    order: { name: "ASC" },
  })
  res.json({ sellers: rows, count, offset: skip, limit: take })
}
