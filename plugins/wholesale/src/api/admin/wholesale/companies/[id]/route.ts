import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { AdminCompanyResponse } from "../../../../../contract/http"
import { companyPeople } from "../../../../../lib/people"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"

/** A company with its employees' names and emails (admins vet who buys). */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminCompanyResponse>) {
  const company = await req.scope.resolve(WHOLESALE_MODULE).retrieveCompany(req.params.id, { relations: ["employees"] })
  res.json({
    company: { ...company, employees: await companyPeople(req.scope.resolve(Modules.CUSTOMER), company.employees) },
  })
}
