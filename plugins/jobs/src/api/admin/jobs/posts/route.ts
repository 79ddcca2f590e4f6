import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { employerPost, employersById, jobsService } from "../../../../lib/jobs"

/** Posts for moderation: `?status=pending` is the queue (oldest first); other lists newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as any
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.q) filters.title = { $ilike: `%${q.q}%` }
  const [posts, count] = await jobsService(req.scope).listAndCountJobPosts(filters, {
    take: q.limit,
    skip: q.offset,
    order: { created_at: q.status === "pending" ? "ASC" : "DESC" },
  })
  const employers = await employersById(req.scope, posts.map((p) => p.employer_id))
  res.json({ posts: posts.map((p) => employerPost(p, employers.get(p.employer_id))), count, offset: q.offset, limit: q.limit })
}
