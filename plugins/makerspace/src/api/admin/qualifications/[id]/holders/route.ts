import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminGrantQualificationBody, AdminQualificationHolderResponse } from "../../../../../contract"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"

/** Grants a qualification to a customer (idempotent). Skill School does the same on course completion. */
export async function POST(
  req: MedusaRequest<AdminGrantQualificationBody>,
  res: MedusaResponse<AdminQualificationHolderResponse>
) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const qualification = await service.retrieveQualification(req.params.id)
  const [held] = await service.listCustomerQualifications({
    customer_id: req.validatedBody.customer_id,
    qualification_id: qualification.id,
  })
  const holder =
    held ??
    (await service.createCustomerQualifications({
      customer_id: req.validatedBody.customer_id,
      qualification_id: qualification.id,
      source: req.validatedBody.source ?? "admin",
    }))
  res.status(held ? 200 : 201).json({
    holder: {
      id: holder.id,
      customer_id: holder.customer_id,
      qualification_id: holder.qualification_id,
      source: holder.source,
    },
  })
}
