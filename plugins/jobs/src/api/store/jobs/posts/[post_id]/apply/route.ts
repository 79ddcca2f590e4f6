import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationBase } from "../../../../../../lib/jobs"
import { ALREADY_APPLIED } from "../../../../../../modules/jobs/service"
import { applyToJobWorkflow } from "../../../../../../workflows"
import { conflictBody } from "../../../../../utils/actors"

/** One tap: the logged-in karigar applies (once; a second tap answers 409). */
export async function POST(req: AuthenticatedMedusaRequest<{ note?: string | null }>, res: MedusaResponse) {
  try {
    const { result } = await applyToJobWorkflow(req.scope).run({
      input: { post_id: req.params.post_id, customer_id: req.auth_context.actor_id, note: req.validatedBody?.note ?? null },
    })
    res.status(201).json({ application: applicationBase(result) })
  } catch (error: any) {
    if (error?.message === ALREADY_APPLIED) {
      res.status(409).json(conflictBody("already_applied", "You have already applied to this job."))
      return
    }
    throw error
  }
}
