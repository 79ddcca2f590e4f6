import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { forbidden, notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../../../../contract/errors"
import type { StoreCompanyEmployeeResponse } from "../../../../../contract/http"
import { companyOf } from "../../../../../lib/buyer"
import { addCompanyEmployeeWorkflow } from "../../../../../workflows"
import type { PostStoreCompanyEmployee } from "../../../../validators"

/** A company admin adds a colleague who already has a customer account. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostStoreCompanyEmployee>>,
  res: MedusaResponse<StoreCompanyEmployeeResponse>
) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine || mine.role !== "admin")
    throw forbidden(WholesaleErrors.NOT_COMPANY_ADMIN, "Only your company's admin can add colleagues", {})
  const email = req.validatedBody.email
  const [customer] = await req.scope
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: email.toLowerCase(), has_account: true })
  if (!customer)
    throw notFound(
      WholesaleErrors.NO_CUSTOMER_ACCOUNT,
      `No customer account uses ${email}; ask them to register first`,
      { email }
    )
  const { result } = await addCompanyEmployeeWorkflow(req.scope).run({
    input: { company_id: mine.company.id, customer_id: customer.id, role: req.validatedBody.role },
  })
  res.status(201).json({ employee: result })
}
