import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreKarigarApplicationResponse } from "../../../../../contract"
import { applicationBase, karigarPostView } from "../../../../../lib/jobs"
import { applicationFor } from "../../../../../workflows/steps/application-steps"
import { requireKarigar } from "../../../../utils/actors"
import { JOBS_MODULE } from "../../../../../modules/jobs"

/** One of the karigar's own applications (anyone else's: 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreKarigarApplicationResponse>) {
  const karigar = await requireKarigar(req)
  const application = await applicationFor(req.scope, req.params.application_id, {
    type: "karigar",
    karigar_id: karigar.id,
    actor_id: req.auth_context.actor_id,
  })
  const jobs = req.scope.resolve(JOBS_MODULE)
  const post = await jobs.retrieveJobPost(application.post_id)
  const employer = await jobs.retrieveEmployerProfile(post.employer_id)
  res.json({
    application: { ...applicationBase(application), post: karigarPostView(post, employer, application.status) },
  })
}
