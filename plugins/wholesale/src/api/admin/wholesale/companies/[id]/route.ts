import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { wholesaleService } from "../../../../../lib/buyer"

/** A company with its employees' names and emails (admins vet who buys). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const company = await wholesaleService(req.scope).retrieveCompany(req.params.id, { relations: ["employees"] })
  const ids = company.employees.map((e) => e.customer_id)
  const customers = ids.length ? await req.scope.resolve(Modules.CUSTOMER).listCustomers({ id: ids }) : []
  const byId = new Map(customers.map((c) => [c.id, c]))
  res.json({
    company: {
      ...company,
      employees: company.employees.map((e) => {
        const c = byId.get(e.customer_id)
        return { id: e.id, role: e.role, customer_id: e.customer_id, name: [c?.first_name, c?.last_name].filter(Boolean).join(" ") || null, email: c?.email ?? null }
      }),
    },
  })
}
