import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminJobReportsResponse } from "../../../../contract"
import { JOBS_MODULE } from "../../../../modules/jobs"
import type { GetReportsType } from "../../../validators"

/** The report queue (`?status=open`), oldest first, each with its post's title and status. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminJobReportsResponse>) {
  const q = req.validatedQuery as GetReportsType
  const jobs = req.scope.resolve(JOBS_MODULE)
  const [reports, count] = await jobs.listAndCountJobReports(q.status ? { status: q.status } : {}, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: "ASC" },
  })
  const posts = reports.length ? await jobs.listJobPosts({ id: [...new Set(reports.map((r) => r.post_id))] }) : []
  const byId = new Map(posts.map((p) => [p.id, p]))
  res.json({
    reports: reports.map((r) => {
      const p = byId.get(r.post_id)
      return {
        ...r,
        post: p
          ? { id: p.id, title: p.title, status: p.status, employer_id: p.employer_id, report_count: p.report_count }
          : null,
      }
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
