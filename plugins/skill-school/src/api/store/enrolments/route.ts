import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { certificateView, courseView, enrolmentView } from "../../../lib/views"
import { progressOf, school } from "../../utils/school"

/** My courses: each enrolment with its course, progress and certificate, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = school(req.scope)
  const [enrolments, count] = await service.listAndCountEnrolments(
    { customer_id: req.auth_context.actor_id },
    { skip, take, order: { created_at: "DESC" }, relations: ["course"], withDeleted: false }
  )
  const progress = await progressOf(req.scope, enrolments)
  const certificates = enrolments.length ? await service.listCertificates({ enrolment_id: enrolments.map((e) => e.id) }) : []
  res.json({
    enrolments: enrolments.map((e: any) => ({
      ...enrolmentView(e, progress.get(e.id)!),
      course: e.course ? courseView(e.course) : null,
      certificate: (() => {
        const c = certificates.find((c) => c.enrolment_id === e.id)
        return c ? certificateView(c) : null
      })(),
    })),
    count,
    offset: skip,
    limit: take,
  })
}
