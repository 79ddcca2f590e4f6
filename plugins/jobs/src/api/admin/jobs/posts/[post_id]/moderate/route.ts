import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminJobPostModeratedResponse } from "../../../../../../contract"
import { employerPost } from "../../../../../../lib/jobs"
import { moderateJobPostWorkflow } from "../../../../../../workflows"
import type { PostModerateType } from "../../../../../validators"

/** Approves (`live`), rejects or removes a post, with a note. */
export async function POST(req: MedusaRequest<PostModerateType>, res: MedusaResponse<AdminJobPostModeratedResponse>) {
  const { result } = await moderateJobPostWorkflow(req.scope).run({
    input: { post_id: req.params.post_id, ...req.validatedBody },
  })
  res.json({ post: employerPost(result) })
}
