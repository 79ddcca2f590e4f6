import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminJobPostResponse } from "../../../../../contract"
import { employerPost } from "../../../../../lib/jobs"
import { JOBS_MODULE } from "../../../../../modules/jobs"

/** A post with its reports and application counts. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminJobPostResponse>) {
  const jobs = req.scope.resolve(JOBS_MODULE)
  const post = await jobs.retrieveJobPost(req.params.post_id)
  const [employer, reports, applications] = await Promise.all([
    jobs.retrieveEmployerProfile(post.employer_id),
    jobs.listJobReports({ post_id: post.id }, { order: { created_at: "DESC" } }),
    jobs.listJobApplications({ post_id: post.id }, { select: ["id", "status"] }),
  ])
  const counts: Record<string, number> = {}
  for (const a of applications) counts[a.status] = (counts[a.status] ?? 0) + 1
  res.json({ post: { ...employerPost(post, employer), reports, application_counts: counts } })
}
