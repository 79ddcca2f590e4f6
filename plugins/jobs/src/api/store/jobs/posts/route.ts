import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreJobBoardResponse } from "../../../../contract"
import { employersById, publicPost } from "../../../../lib/jobs"
import { JOBS_MODULE } from "../../../../modules/jobs"
import type { GetBoardType } from "../../../validators"

/** The job board: live posts, filtered by skill, area, type and wage range (per day), newest first. */
export async function GET(req: MedusaRequest, res: MedusaResponse<StoreJobBoardResponse>) {
  const q = req.validatedQuery as GetBoardType
  const jobs = req.scope.resolve(JOBS_MODULE)
  const { ids, count } = await jobs.searchPosts(
    { trades: q.skill, area: q.area, employment_type: q.type, wage_min: q.wage_min, wage_max: q.wage_max, q: q.q },
    { take: q.limit, skip: q.offset }
  )
  const posts = ids.length ? await jobs.listJobPosts({ id: ids }) : []
  const byId = new Map(posts.map((p) => [p.id, p]))
  const employers = await employersById(
    req.scope,
    posts.map((p) => p.employer_id)
  )
  res.json({
    posts: ids.flatMap((id) => {
      const p = byId.get(id)
      return p ? [publicPost(p, employers.get(p.employer_id))] : []
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
