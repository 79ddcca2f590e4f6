import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminResolveReportResponse } from "../../../../../contract"

import { resolveJobReportWorkflow } from "../../../../../workflows"
import type { PostResolveReportType } from "../../../../validators"
import { JOBS_MODULE } from "../../../../../modules/jobs"

/** Resolves a report: dismissed, or actioned (with `remove_post: true` the post is removed too). */
export async function POST(req: MedusaRequest<PostResolveReportType>, res: MedusaResponse<AdminResolveReportResponse>) {
  const report = await req.scope.resolve(JOBS_MODULE).retrieveJobReport(req.params.report_id)
  const { result } = await resolveJobReportWorkflow(req.scope).run({
    input: { report_id: report.id, post_id: report.post_id, ...req.validatedBody },
  })
  const post = await req.scope.resolve(JOBS_MODULE).retrieveJobPost(report.post_id)
  res.json({ report: result, post: { id: post.id, status: post.status } })
}
