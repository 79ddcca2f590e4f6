import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { companyOf } from "../../../../../lib/buyer"
import { addCompanyEmployeeWorkflow } from "../../../../../workflows"
import type { PostStoreCompanyEmployee } from "../../../../validators"

/** A company admin adds a colleague who already has a customer account. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof PostStoreCompanyEmployee>>, res: MedusaResponse) {
  const mine = await companyOf(req.scope, req.auth_context.actor_id)
  if (!mine || mine.role !== "admin") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only your company's admin can add colleagues")
  const [customer] = await req.scope.resolve(Modules.CUSTOMER).listCustomers({ email: req.validatedBody.email.toLowerCase(), has_account: true })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer account uses ${req.validatedBody.email}; ask them to register first`)
  const { result } = await addCompanyEmployeeWorkflow(req.scope).run({
    input: { company_id: mine.company.id, customer_id: customer.id, role: req.validatedBody.role },
  })
  res.status(201).json({ employee: result })
}
