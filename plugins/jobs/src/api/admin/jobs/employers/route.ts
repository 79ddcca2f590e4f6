import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sellersInstalled } from "@dharavi/seller-access"
import type { AdminEmployer, AdminEmployersResponse } from "../../../../contract"
import { ADMIN_EMPLOYER_SELLER_FIELDS } from "../../../query-config"

/**
 * Employer profiles (`?verified=false` for the ones waiting for a badge), newest first, each with
 * the account behind it through the module links: the business customer, or the seller.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminEmployersResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const fields = sellersInstalled(req.scope)
    ? [...req.queryConfig.fields, ...ADMIN_EMPLOYER_SELLER_FIELDS]
    : req.queryConfig.fields
  const { data, metadata } = await query.graph({
    entity: "employer_profile",
    fields,
    filters: req.filterableFields,
    pagination: { ...req.queryConfig.pagination, order: { created_at: "DESC" } },
  })
  const page = req.queryConfig.pagination
  res.json({
    employers: data as AdminEmployer[],
    count: metadata?.count ?? data.length,
    offset: page.skip ?? 0,
    limit: page.take ?? data.length,
  })
}
