import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { companyOf, wholesaleService } from "../../../../lib/buyer"

/** The company the customer buys for (null if none), with their role and colleagues (names and emails: they buy together). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine) {
    res.json({ company: null, role: null })
    return
  }
  const employees = await wholesaleService(req.scope).listCompanyEmployees({ company_id: mine.company.id })
  const people = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: employees.map((e) => e.customer_id) })
  const byId = new Map(people.map((p) => [p.id, p]))
  res.json({
    company: {
      ...mine.company,
      employees: employees.map((e) => {
        const p = byId.get(e.customer_id)
        return { id: e.id, customer_id: e.customer_id, role: e.role, name: [p?.first_name, p?.last_name].filter(Boolean).join(" ") || null, email: p?.email ?? null }
      }),
    },
    role: mine.role,
  })
}
