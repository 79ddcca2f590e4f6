import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApplicationResponse } from "../../../../../../contract"
import { applicationBase } from "../../../../../../lib/jobs"
import { withdrawApplicationWorkflow } from "../../../../../../workflows"
import { requireKarigar } from "../../../../../utils/actors"

/** The karigar withdraws an application that is still open. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreApplicationResponse>) {
  const karigar = await requireKarigar(req)
  const { result } = await withdrawApplicationWorkflow(req.scope).run({
    input: { application_id: req.params.application_id, karigar_id: karigar.id, actor_id: req.auth_context.actor_id },
  })
  res.json({ application: applicationBase(result) })
}
