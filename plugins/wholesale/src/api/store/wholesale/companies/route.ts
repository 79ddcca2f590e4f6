import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { registerCompanyWorkflow } from "../../../../workflows"
import type { z } from "@medusajs/framework/zod"
import type { StoreCompanyRegisteredResponse } from "../../../../contract/http"
import type { PostStoreCompany } from "../../../validators"

/** Registers the customer's company for wholesale buying; it waits for review. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostStoreCompany>>,
  res: MedusaResponse<StoreCompanyRegisteredResponse>
) {
  const { result } = await registerCompanyWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, company: req.validatedBody },
  })
  res.status(201).json({ company: result })
}
