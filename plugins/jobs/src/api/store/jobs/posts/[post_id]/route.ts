import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { StoreJobPostResponse } from "../../../../../contract"
import { karigarForMatch, postForMatch, publicPost } from "../../../../../lib/jobs"
import { scoreMatch } from "../../../../../lib/matching"
import { JOBS_MODULE } from "../../../../../modules/jobs"
import { findKarigar } from "../../../../utils/actors"

/** A post as everyone sees it (live, filled, closed or expired; never pending, rejected or removed), with the karigar's own match and application when logged in. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreJobPostResponse>) {
  const jobs = req.scope.resolve(JOBS_MODULE)
  const [post] = await jobs.listJobPosts({ id: req.params.post_id, status: ["live", "filled", "closed", "expired"] })
  if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${req.params.post_id} was not found`)
  const employer = await jobs.retrieveEmployerProfile(post.employer_id)
  const karigar = await findKarigar(req)
  let mine: StoreJobPostResponse["for_me"] | null = null
  if (karigar) {
    const [application] = await jobs.listJobApplications({ post_id: post.id, karigar_id: karigar.id })
    mine = {
      match: scoreMatch(karigarForMatch(karigar), postForMatch(post)),
      application: application ? { id: application.id, status: application.status } : null,
    }
  }
  res.json({ post: publicPost(post, employer), ...(mine ? { for_me: mine } : {}) })
}
