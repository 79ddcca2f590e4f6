import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jobsService } from "../../../../../lib/jobs"
import { resolveJobReportWorkflow } from "../../../../../workflows"

/** Resolves a report: dismissed, or actioned (with `remove_post: true` the post is removed too). */
export async function POST(req: MedusaRequest<{ status: "dismissed" | "actioned"; note?: string | null; remove_post?: boolean }>, res: MedusaResponse) {
  const report = await jobsService(req.scope).retrieveJobReport(req.params.report_id)
  const { result } = await resolveJobReportWorkflow(req.scope).run({ input: { report_id: report.id, post_id: report.post_id, ...req.validatedBody } })
  const post = await jobsService(req.scope).retrieveJobPost(report.post_id)
  res.json({ report: result, post: { id: post.id, status: post.status } })
}
