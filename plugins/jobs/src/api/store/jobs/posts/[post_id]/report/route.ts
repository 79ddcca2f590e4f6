import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreReportResponse } from "../../../../../../contract"
import { reportJobPostWorkflow } from "../../../../../../workflows"
import type { PostReportType } from "../../../../../validators"

/** Reports a post to the platform ("asks workers for money", ...). The reporter is never shown to the employer. */
export async function POST(req: AuthenticatedMedusaRequest<PostReportType>, res: MedusaResponse<StoreReportResponse>) {
  const { result } = await reportJobPostWorkflow(req.scope).run({
    input: {
      post_id: req.params.post_id,
      reporter_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
      details: req.validatedBody.details ?? null,
    },
  })
  res
    .status(201)
    .json({ report: { id: result.id, post_id: result.post_id, reason: result.reason, status: result.status } })
}
