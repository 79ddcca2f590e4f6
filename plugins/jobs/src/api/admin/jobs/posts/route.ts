import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminJobPostsResponse } from "../../../../contract"
import { employerPost, employersById } from "../../../../lib/jobs"
import { JOBS_MODULE } from "../../../../modules/jobs"
import type { GetAdminPostsType } from "../../../validators"

/** Posts for moderation: `?status=pending` is the queue (oldest first); other lists newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminJobPostsResponse>) {
  const q = req.validatedQuery as GetAdminPostsType
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.q) filters.title = { $ilike: `%${q.q}%` }
  const [posts, count] = await req.scope.resolve(JOBS_MODULE).listAndCountJobPosts(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: q.status === "pending" ? "ASC" : "DESC" },
  })
  const employers = await employersById(
    req.scope,
    posts.map((p) => p.employer_id)
  )
  res.json({
    posts: posts.map((p) => employerPost(p, employers.get(p.employer_id))),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
