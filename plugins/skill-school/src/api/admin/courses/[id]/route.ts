import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCourseDetailResponse, AdminCourseResponse, AdminDeleteResponse } from "../../../../contract"
import { adminLessonView, courseView, sessionView } from "../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../modules/skill-school"
import { deleteCourseWorkflow, updateCourseWorkflow } from "../../../../workflows"
import type { PostAdminCourseUpdateType } from "../../../validators"
import { byPosition, courseOr404 } from "../../../utils/school"

/** A course with its lessons (content and file names), sessions (with online links) and enrolment count. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminCourseDetailResponse>) {
  const course = await courseOr404(req.scope, req.params.id, ["lessons", "sessions"])
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const taken = await service.takenSeats(course.sessions.map((s) => s.id))
  const [, enrolments] = await service.listAndCountEnrolments({ course_id: course.id }, { take: 1 })
  res.json({
    course: {
      ...courseView(course),
      lessons: [...course.lessons].sort(byPosition).map((l) => adminLessonView({ ...l, course_id: course.id })),
      sessions: [...course.sessions]
        .sort((a, b) => +new Date(a.starts_at) - +new Date(b.starts_at))
        .map((s) => sessionView({ ...s, course_id: course.id }, taken[s.id] ?? 0, { admin: true })),
      enrolment_count: enrolments,
    },
  })
}

export async function POST(req: MedusaRequest<PostAdminCourseUpdateType>, res: MedusaResponse<AdminCourseResponse>) {
  await courseOr404(req.scope, req.params.id)
  const { result } = await updateCourseWorkflow(req.scope).run({
    input: { id: req.params.id, changes: req.validatedBody },
  })
  res.json({ course: courseView(result) })
}

/** Retires the course (its product goes back to draft); learners keep their certificates. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse<AdminDeleteResponse>) {
  await courseOr404(req.scope, req.params.id)
  await deleteCourseWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "course", deleted: true })
}
