import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreLessonResponse } from "../../../../../../contract"
import { lessonContent } from "../../../../../../lib/views"
import { assertLessonAccess, lessonOf, publishedCourse } from "../../../../../utils/school"

/** A lesson's content: preview lessons for anyone, the rest for enrolled learners (401 / 403 otherwise). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreLessonResponse>) {
  const course = await publishedCourse(req.scope, req.params.id)
  const lesson = await lessonOf(req.scope, course.id, req.params.lesson_id)
  await assertLessonAccess(req.scope, lesson, course.id, req.auth_context?.actor_id)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ lesson: lessonContent(lesson, course.id) })
}
