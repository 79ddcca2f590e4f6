import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminKarigarsResponse } from "../../../../contract"
import { adminKarigar } from "./view"

/**
 * Karigar profiles for the platform, with the customer account behind each (module link). Contact
 * details are not listed here either: they are shown only through a consented reveal on an application.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminKarigarsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "karigar_profile",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  const page = req.queryConfig.pagination
  res.json({
    karigars: data.map(adminKarigar),
    count: metadata?.count ?? data.length,
    offset: page.skip ?? 0,
    limit: page.take ?? data.length,
  })
}
