import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { StoreCompanyResponse } from "../../../../contract/http"
import { companyOf } from "../../../../lib/buyer"
import { companyPeople } from "../../../../lib/people"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"

/** The company the customer buys for (null if none), with their role and colleagues (names and emails: they buy together). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCompanyResponse>) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine) {
    res.json({ company: null, role: null })
    return
  }
  const employees = await req.scope.resolve(WHOLESALE_MODULE).listCompanyEmployees({ company_id: mine.company.id })
  res.json({
    company: { ...mine.company, employees: await companyPeople(req.scope.resolve(Modules.CUSTOMER), employees) },
    role: mine.role,
  })
}
