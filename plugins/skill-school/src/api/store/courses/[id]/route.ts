import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { courseView, enrolmentView, lessonOutline, sessionView } from "../../../../lib/views"
import { byPosition, publishedCourse, school } from "../../../utils/school"

/**
 * A course page: the course, its lessons in order (titles only; content is behind the lesson route),
 * its upcoming workshops with seats left, the variant that sells it, and for a logged-in learner
 * their enrolment, progress and certificate.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const course = await publishedCourse(req.scope, req.params.id)
  const service = school(req.scope)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sessions = await service.listWorkshopSessions(
    { course_id: course.id, status: "scheduled", starts_at: { $gt: new Date() } } as any,
    { order: { starts_at: "ASC" }, take: 20 }
  )
  const taken = await service.takenSeats(sessions.map((s) => s.id))
  let variantId: string | null = null
  if (course.product_id) {
    const { data } = await query.graph({ entity: "course", fields: ["product.variants.id"], filters: { id: course.id } })
    variantId = ((data[0] as any)?.product?.variants ?? [])[0]?.id ?? null
  }
  const customerId = req.auth_context?.actor_id
  let mine: Record<string, unknown> | null = null
  let attending = new Set<string>()
  if (customerId) {
    const [enrolment] = await service.listEnrolments({ course_id: course.id, customer_id: customerId })
    if (enrolment) {
      // The course's lessons are loaded already: progress counts only the ones still in it.
      const live = new Set(course.lessons.map((l: any) => l.id as string))
      const rows = await service.listLessonProgresses({ enrolment_id: enrolment.id } as any, { select: ["lesson_id"] })
      const done = rows.map((d) => d.lesson_id).filter((id) => live.has(id))
      const [certificate] = await service.listCertificates({ enrolment_id: enrolment.id }, { select: ["code"] })
      mine = {
        ...enrolmentView(enrolment, { done: done.length, total: live.size }),
        lessons_completed: done,
        certificate_code: certificate?.code ?? null,
      }
    }
    const seats = sessions.length
      ? await service.listWorkshopSeats({ customer_id: customerId, session_id: sessions.map((s) => s.id), status: "confirmed" } as any, { select: ["session_id"] })
      : []
    attending = new Set(seats.map((s: any) => s.session_id))
  }
  res.json({
    course: {
      ...courseView(course),
      variant_id: variantId,
      lessons: [...course.lessons].sort(byPosition).map(lessonOutline),
      sessions: sessions.map((s) => sessionView(s, taken[s.id] ?? 0, { attendee: attending.has(s.id) })),
    },
    enrolment: mine,
  })
}
