import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreApplicationResponse } from "../../../../../../contract"
import { applicationBase } from "../../../../../../lib/jobs"
import { applyToJobWorkflow } from "../../../../../../workflows"
import type { PostApplyType } from "../../../../../validators"

/** One tap: the logged-in karigar applies (once; a second tap answers 409 already_applied). */
export async function POST(
  req: AuthenticatedMedusaRequest<PostApplyType>,
  res: MedusaResponse<StoreApplicationResponse>
) {
  const { result } = await applyToJobWorkflow(req.scope).run({
    input: {
      post_id: req.params.post_id,
      customer_id: req.auth_context.actor_id,
      note: req.validatedBody?.note ?? null,
    },
  })
  res.status(201).json({ application: applicationBase(result) })
}
