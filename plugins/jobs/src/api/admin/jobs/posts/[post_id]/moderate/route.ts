import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { employerPost } from "../../../../../../lib/jobs"
import { moderateJobPostWorkflow } from "../../../../../../workflows"

/** Approves (`live`), rejects or removes a post, with a note. */
export async function POST(req: MedusaRequest<{ status: "live" | "rejected" | "removed"; note?: string | null }>, res: MedusaResponse) {
  const { result } = await moderateJobPostWorkflow(req.scope).run({ input: { post_id: req.params.post_id, ...req.validatedBody } })
  res.json({ post: employerPost(result) })
}
