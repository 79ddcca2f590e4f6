import { MedusaError } from "@medusajs/framework/utils"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"

type Resolver = { resolve: (key: string) => unknown }

export const wholesaleService = (container: Resolver) => container.resolve(WHOLESALE_MODULE) as WholesaleModuleService

/** The company a customer buys for, with their role; null when they buy for none. */
export async function companyOf(container: Resolver, customerId: string | undefined | null) {
  if (!customerId) return null
  const [employee] = await wholesaleService(container).listCompanyEmployees({ customer_id: customerId }, { relations: ["company"] })
  return employee ? { company: employee.company, role: employee.role, employee_id: employee.id } : null
}

/** Wholesale terms apply to buyers of approved companies only; retail customers buy as they always did. */
export async function approvedBuyer(container: Resolver, customerId: string | undefined | null) {
  const found = await companyOf(container, customerId)
  return found?.company.status === "approved" ? found : null
}

/** For routes that only wholesale buyers may use: 403 with the reason otherwise. */
export async function requireApprovedBuyer(container: Resolver, customerId: string | undefined | null) {
  const found = await companyOf(container, customerId)
  if (!found) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Register your company for wholesale buying first")
  if (found.company.status !== "approved") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your company's wholesale account is ${found.company.status}`)
  }
  return found
}
