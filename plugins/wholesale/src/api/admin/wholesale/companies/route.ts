import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { AdminCompanyListResponse } from "../../../../contract/http"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type { GetCompanies } from "../../../validators"

/** Companies for review, filterable by status. */
export async function GET(
  req: MedusaRequest<unknown, z.infer<typeof GetCompanies>>,
  res: MedusaResponse<AdminCompanyListResponse>
) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const status = req.validatedQuery?.status
  const [companies, count] = await req.scope.resolve(WHOLESALE_MODULE).listAndCountCompanies(status ? { status } : {}, {
    skip,
    take,
    order: { created_at: "DESC" },
    relations: ["employees"],
  })
  res.json({ companies, count, offset: skip, limit: take })
}
