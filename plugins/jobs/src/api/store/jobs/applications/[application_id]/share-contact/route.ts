import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationBase } from "../../../../../../lib/jobs"
import { shareContactWorkflow } from "../../../../../../workflows"
import { requireKarigar } from "../../../../../utils/actors"

/** "Share my contact": the karigar's consent (share: false takes it back). Details flow once the employer has shortlisted too. */
export async function POST(req: AuthenticatedMedusaRequest<{ share: boolean }>, res: MedusaResponse) {
  const karigar = await requireKarigar(req)
  const { result } = await shareContactWorkflow(req.scope).run({
    input: { application_id: req.params.application_id, karigar_id: karigar.id, share: req.validatedBody?.share ?? true },
  })
  res.json({ application: applicationBase(result) })
}
