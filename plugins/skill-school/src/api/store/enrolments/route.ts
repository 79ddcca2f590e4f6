import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreEnrolmentListResponse } from "../../../contract"
import { certificateView, courseView, enrolmentView } from "../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../modules/skill-school"
import { progressOf } from "../../utils/school"

/** My courses: each enrolment with its course, progress and certificate, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreEnrolmentListResponse>) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [enrolments, count] = await service.listAndCountEnrolments(
    { customer_id: req.auth_context.actor_id },
    { skip, take, order: { created_at: "DESC" }, relations: ["course"], withDeleted: false }
  )
  const progress = await progressOf(req.scope, enrolments)
  const certificates = enrolments.length
    ? await service.listCertificates({ enrolment_id: enrolments.map((e) => e.id) })
    : []
  res.json({
    enrolments: enrolments.map((e) => {
      const certificate = certificates.find((c) => c.enrolment_id === e.id)
      return {
        ...enrolmentView(e, progress.get(e.id)!),
        course: e.course ? courseView(e.course) : null,
        certificate: certificate ? certificateView(certificate) : null,
      }
    }),
    count,
    offset: skip,
    limit: take,
  })
}
