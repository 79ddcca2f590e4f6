import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { employersById, jobsService, publicPost } from "../../../../lib/jobs"
import { rankPostsForKarigar } from "../../../../lib/matching"
import { requireKarigar } from "../../../utils/actors"

/** Live posts ranked for the logged-in karigar (skills with level, area, availability, wage). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const karigar = await requireKarigar(req)
  const q = req.validatedQuery as any
  const jobs = jobsService(req.scope)
  const { ids } = await jobs.searchPosts({ trades: (karigar as any).trades ?? [] }, { take: 500, skip: 0 })
  const posts = ids.length ? await jobs.listJobPosts({ id: ids }) : []
  const ranked = rankPostsForKarigar(karigar as any, posts as any[])
  const applied = new Set((await jobs.listJobApplications({ karigar_id: karigar.id }, { select: ["post_id"] })).map((a) => a.post_id))
  const pageRows = ranked.slice(q.offset, q.offset + q.limit)
  const employers = await employersById(req.scope, pageRows.map((r) => (r.post as any).employer_id))
  res.json({
    matches: pageRows.map((r) => ({ post: publicPost(r.post, employers.get((r.post as any).employer_id)), match: r.match, applied: applied.has(r.post.id) })),
    count: ranked.length,
    offset: q.offset,
    limit: q.limit,
  })
}
