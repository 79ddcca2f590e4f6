import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { companyOf, wholesaleService } from "../../../../lib/buyer"

/** The company the customer buys for (null if none), with their role and colleagues. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine) {
    res.json({ company: null, role: null })
    return
  }
  const employees = await wholesaleService(req.scope).listCompanyEmployees({ company_id: mine.company.id })
  res.json({ company: { ...mine.company, employees: employees.map((e) => ({ id: e.id, customer_id: e.customer_id, role: e.role })) }, role: mine.role })
}
