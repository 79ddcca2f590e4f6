import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreCourseResponse } from "../../../../contract"
import { courseView, enrolmentView, lessonOutline, sessionView } from "../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../modules/skill-school"
import { byPosition, publishedCourse } from "../../../utils/school"

/**
 * A course page: the course, its lessons in order (titles only; content is behind the lesson route),
 * its upcoming workshops with seats left, the variant that sells it, and for a logged-in learner
 * their enrolment, progress and certificate.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCourseResponse>) {
  const course = await publishedCourse(req.scope, req.params.id)
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const sessions = await service.listWorkshopSessions(
    { course_id: course.id, status: "scheduled", starts_at: { $gt: new Date() } },
    { order: { starts_at: "ASC" }, take: 20 }
  )
  const taken = await service.takenSeats(sessions.map((s) => s.id))
  let variantId: string | null = null
  if (course.product_id) {
    // Through the course-product link (src/links/course-product.ts).
    const { data } = await query.graph({
      entity: "course",
      fields: ["product.variants.id"],
      filters: { id: course.id },
    })
    const linked = data[0] as { product?: { variants?: { id: string }[] } | null } | undefined
    variantId = linked?.product?.variants?.[0]?.id ?? null
  }
  const customerId = req.auth_context?.actor_id
  let mine: StoreCourseResponse["enrolment"] = null
  let attending = new Set<string>()
  if (customerId) {
    const [enrolment] = await service.listEnrolments({ course_id: course.id, customer_id: customerId })
    if (enrolment) {
      // The course's lessons are loaded already: progress counts only the ones still in it.
      const live = new Set(course.lessons.map((l) => l.id))
      const rows = await service.listLessonProgresses({ enrolment_id: enrolment.id }, { select: ["lesson_id"] })
      const done = rows.map((d) => d.lesson_id).filter((id) => live.has(id))
      const [certificate] = await service.listCertificates({ enrolment_id: enrolment.id }, { select: ["code"] })
      mine = {
        ...enrolmentView(enrolment, { done: done.length, total: live.size }),
        lessons_completed: done,
        certificate_code: certificate?.code ?? null,
      }
    }
    const seats = sessions.length
      ? await service.listWorkshopSeats(
          { customer_id: customerId, session_id: sessions.map((s) => s.id), status: "confirmed" },
          { select: ["session_id"] }
        )
      : []
    attending = new Set(seats.map((s) => s.session_id))
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
