import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applicationBase, jobsService, karigarPostView } from "../../../../../lib/jobs"
import { applicationFor } from "../../../../../workflows/steps/application-steps"
import { requireKarigar } from "../../../../utils/actors"

/** One of the karigar's own applications (anyone else's: 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const karigar = await requireKarigar(req)
  const application = await applicationFor(req.scope, req.params.application_id, { type: "karigar", karigar_id: karigar.id, actor_id: req.auth_context.actor_id })
  const jobs = jobsService(req.scope)
  const post = await jobs.retrieveJobPost(application.post_id)
  const employer = await jobs.retrieveEmployerProfile(post.employer_id)
  res.json({ application: { ...applicationBase(application), post: karigarPostView(post, employer, application.status) } })
}
