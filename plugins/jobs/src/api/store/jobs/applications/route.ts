import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreKarigarApplicationsResponse } from "../../../../contract"
import { applicationBase, employersById, karigarPostView } from "../../../../lib/jobs"
import { findKarigar } from "../../../utils/actors"
import type { GetApplicationsType } from "../../../validators"
import { JOBS_MODULE } from "../../../../modules/jobs"

/** The logged-in karigar's applications, newest first, each with its post; the address of a job they were hired for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreKarigarApplicationsResponse>) {
  const q = req.validatedQuery as GetApplicationsType
  const karigar = await findKarigar(req)
  if (!karigar) {
    res.json({ applications: [], count: 0, offset: q.offset, limit: q.limit })
    return
  }
  const jobs = req.scope.resolve(JOBS_MODULE)
  const [applications, count] = await jobs.listAndCountJobApplications(
    { karigar_id: karigar.id, ...(q.status ? { status: q.status } : {}) },
    { take: q.limit, skip: q.offset, order: { created_at: "DESC" } }
  )
  const posts = applications.length ? await jobs.listJobPosts({ id: applications.map((a) => a.post_id) }) : []
  const byId = new Map(posts.map((p) => [p.id, p]))
  const employers = await employersById(
    req.scope,
    posts.map((p) => p.employer_id)
  )
  res.json({
    applications: applications.map((a) => {
      const post = byId.get(a.post_id)
      return {
        ...applicationBase(a),
        post: post ? karigarPostView(post, employers.get(post.employer_id), a.status) : null,
      }
    }),
    count,
    offset: q.offset,
    limit: q.limit,
  })
}
