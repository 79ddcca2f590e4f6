import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreMatchesResponse } from "../../../../contract"
import { employersById, karigarForMatch, postForMatch, publicPost } from "../../../../lib/jobs"
import { rankPostsForKarigar } from "../../../../lib/matching"
import { JOBS_MODULE } from "../../../../modules/jobs"
import { requireKarigar } from "../../../utils/actors"
import type { GetPageType } from "../../../validators"

/** Live posts ranked for the logged-in karigar (skills with level, area, availability, wage). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreMatchesResponse>) {
  const karigar = await requireKarigar(req)
  const q = req.validatedQuery as GetPageType
  const jobs = req.scope.resolve(JOBS_MODULE)
  const { ids } = await jobs.searchPosts({ trades: karigar.trades ?? [] }, { take: 500, skip: 0 })
  const posts = ids.length ? await jobs.listJobPosts({ id: ids }) : []
  const byId = new Map(posts.map((p) => [p.id, p]))
  const ranked = rankPostsForKarigar(karigarForMatch(karigar), posts.map(postForMatch))
  const applied = new Set(
    (await jobs.listJobApplications({ karigar_id: karigar.id }, { select: ["post_id"] })).map((a) => a.post_id)
  )
  const pageRows = ranked
    .slice(q.offset, q.offset + q.limit)
    .map((r) => ({ post: byId.get(r.post.id)!, match: r.match }))
  const employers = await employersById(
    req.scope,
    pageRows.map((r) => r.post.employer_id)
  )
  res.json({
    matches: pageRows.map((r) => ({
      post: publicPost(r.post, employers.get(r.post.employer_id)),
      match: r.match,
      applied: applied.has(r.post.id),
    })),
    count: ranked.length,
    offset: q.offset,
    limit: q.limit,
  })
}
