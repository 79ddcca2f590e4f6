import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerspace } from "../../../../utils/makerspace"

/** Grants a qualification to a customer (idempotent). Skill School does the same on course completion. */
export async function POST(req: MedusaRequest<{ customer_id: string; source?: string }>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const qualification = await service.retrieveQualification(req.params.id)
  const [held] = await service.listCustomerQualifications({ customer_id: req.validatedBody.customer_id, qualification_id: qualification.id })
  const holder =
    held ??
    (await service.createCustomerQualifications({
      customer_id: req.validatedBody.customer_id,
      qualification_id: qualification.id,
      source: req.validatedBody.source ?? "admin",
    }))
  res.status(held ? 200 : 201).json({ holder })
}
