import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { jobsService, publicPost } from "../../../../../lib/jobs"
import { scoreMatch } from "../../../../../lib/matching"
import { findKarigar } from "../../../../utils/actors"

/** A post as anyone sees it (live, filled, closed or expired; never pending, rejected or removed), with the karigar's own match and application when logged in. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const jobs = jobsService(req.scope)
  const [post] = await jobs.listJobPosts({ id: req.params.post_id, status: ["live", "filled", "closed", "expired"] })
  if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${req.params.post_id} was not found`)
  const employer = await jobs.retrieveEmployerProfile(post.employer_id)
  const karigar = await findKarigar(req)
  let mine: Record<string, unknown> | null = null
  if (karigar) {
    const [application] = await jobs.listJobApplications({ post_id: post.id, karigar_id: karigar.id })
    mine = { match: scoreMatch(karigar as any, post as any), application: application ? { id: application.id, status: application.status } : null }
  }
  res.json({ post: publicPost(post, employer), ...(mine ? { for_me: mine } : {}) })
}
