import type { ICustomerModuleService } from "@medusajs/framework/types"
import type { CompanyPerson, CompanyRole } from "../contract/http"

/** A company's employees with their names and emails, read from Medusa's customers. */
export async function companyPeople(
  customers: ICustomerModuleService,
  employees: { id: string; customer_id: string; role: CompanyRole }[]
): Promise<CompanyPerson[]> {
  const ids = employees.map((e) => e.customer_id)
  const found = ids.length ? await customers.listCustomers({ id: ids }) : []
  const byId = new Map(found.map((c) => [c.id, c]))
  return employees.map((e) => {
    const c = byId.get(e.customer_id)
    return {
      id: e.id,
      customer_id: e.customer_id,
      role: e.role,
      name: [c?.first_name, c?.last_name].filter(Boolean).join(" ") || null,
      email: c?.email ?? null,
    }
  })
}
