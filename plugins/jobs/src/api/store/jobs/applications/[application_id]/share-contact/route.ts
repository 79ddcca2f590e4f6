import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApplicationResponse } from "../../../../../../contract"
import { applicationBase } from "../../../../../../lib/jobs"
import { shareContactWorkflow } from "../../../../../../workflows"
import { requireKarigar } from "../../../../../utils/actors"
import type { PostShareContactType } from "../../../../../validators"

/** "Share my contact": the karigar's consent (share: false takes it back). Details flow once the employer has shortlisted too. */
export async function POST(
  req: AuthenticatedMedusaRequest<PostShareContactType>,
  res: MedusaResponse<StoreApplicationResponse>
) {
  const karigar = await requireKarigar(req)
  const { result } = await shareContactWorkflow(req.scope).run({
    input: {
      application_id: req.params.application_id,
      karigar_id: karigar.id,
      share: req.validatedBody?.share ?? true,
    },
  })
  res.json({ application: applicationBase(result) })
}
