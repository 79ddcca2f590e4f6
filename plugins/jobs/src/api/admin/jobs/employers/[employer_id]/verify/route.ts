import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminVerifyEmployerResponse } from "../../../../../../contract"
import { publicEmployer } from "../../../../../../lib/jobs"
import { verifyEmployerWorkflow } from "../../../../../../workflows"
import type { PostVerifyEmployerType } from "../../../../../validators"

/** Gives (`verified: true`) or takes the verified badge. */
export async function POST(
  req: MedusaRequest<PostVerifyEmployerType>,
  res: MedusaResponse<AdminVerifyEmployerResponse>
) {
  const { result } = await verifyEmployerWorkflow(req.scope).run({
    input: { employer_id: req.params.employer_id, verified: req.validatedBody.verified },
  })
  res.json({ employer: { ...publicEmployer(result)!, verified_at: result.verified_at } })
}
