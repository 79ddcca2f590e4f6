import type { MedusaContainer } from "@medusajs/framework/types"
import { forbidden } from "@dharavi/errors"
import { WholesaleErrors } from "../contract/errors"
import { WHOLESALE_MODULE } from "../modules/wholesale"

/** The company a customer buys for, with their role; null when they buy for none. */
export async function companyOf(container: MedusaContainer, customerId: string | undefined | null) {
  if (!customerId) return null
  const [employee] = await container
    .resolve(WHOLESALE_MODULE)
    .listCompanyEmployees({ customer_id: customerId }, { relations: ["company"] })
  return employee ? { company: employee.company, role: employee.role, employee_id: employee.id } : null
}

/** Wholesale terms apply to buyers of approved companies only; retail customers buy as they always did. */
export async function approvedBuyer(container: MedusaContainer, customerId: string | undefined | null) {
  const found = await companyOf(container, customerId)
  return found?.company.status === "approved" ? found : null
}

/** For routes that only wholesale buyers may use: 403 with the reason otherwise. */
export async function requireApprovedBuyer(container: MedusaContainer, customerId: string | undefined | null) {
  const found = await companyOf(container, customerId)
  if (!found)
    throw forbidden(WholesaleErrors.COMPANY_NOT_REGISTERED, "Register your company for wholesale buying first", {})
  if (found.company.status !== "approved") {
    throw forbidden(
      WholesaleErrors.COMPANY_NOT_APPROVED,
      `Your company's wholesale account is ${found.company.status}`,
      {
        company_id: found.company.id,
        status: found.company.status,
      }
    )
  }
  return found
}
