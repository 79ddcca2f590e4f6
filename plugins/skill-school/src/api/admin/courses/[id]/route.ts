import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminLessonView, courseView, sessionView } from "../../../../lib/views"
import { deleteCourseWorkflow, updateCourseWorkflow } from "../../../../workflows"
import type { PostAdminCourseUpdateType } from "../../../validators"
import { byPosition, courseOr404, school } from "../../../utils/school"

/** A course with its lessons (content and file names), sessions (with online links) and enrolment count. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const course = await courseOr404(req.scope, req.params.id, ["lessons", "sessions"])
  const service = school(req.scope)
  const taken = await service.takenSeats(course.sessions.map((s: any) => s.id))
  const [, enrolments] = await service.listAndCountEnrolments({ course_id: course.id }, { take: 1 })
  res.json({
    course: {
      ...courseView(course),
      lessons: [...course.lessons].sort(byPosition).map(adminLessonView),
      sessions: [...course.sessions]
        .sort((a: any, b: any) => +new Date(a.starts_at) - +new Date(b.starts_at))
        .map((s: any) => sessionView(s, taken[s.id] ?? 0, { admin: true })),
      enrolment_count: enrolments,
    },
  })
}

export async function POST(req: MedusaRequest<PostAdminCourseUpdateType>, res: MedusaResponse) {
  await courseOr404(req.scope, req.params.id)
  const { result } = await updateCourseWorkflow(req.scope).run({ input: { id: req.params.id, changes: req.validatedBody } })
  res.json({ course: courseView(result) })
}

/** Retires the course (its product goes back to draft); learners keep their certificates. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  await courseOr404(req.scope, req.params.id)
  await deleteCourseWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "course", deleted: true })
}
