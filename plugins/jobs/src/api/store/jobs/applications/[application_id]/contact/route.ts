import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreKarigarContactResponse } from "../../../../../../contract"
import { revealContactWorkflow } from "../../../../../../workflows"
import { requireKarigar } from "../../../../../utils/actors"

/** The employer's contact details for the karigar, once both sides agreed (logged). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreKarigarContactResponse>) {
  const karigar = await requireKarigar(req)
  const { result } = await revealContactWorkflow(req.scope).run({
    input: {
      application_id: req.params.application_id,
      actor: { type: "karigar", karigar_id: karigar.id, actor_id: req.auth_context.actor_id },
    },
  })
  res.json({ contact: result.contact, reveal: { id: result.reveal_id } })
}
