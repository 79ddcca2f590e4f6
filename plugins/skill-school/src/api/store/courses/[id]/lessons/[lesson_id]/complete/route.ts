import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreLessonProgressResponse } from "../../../../../../../contract"
import { completeLessonWorkflow } from "../../../../../../../workflows"
import { publishedCourse } from "../../../../../../utils/school"

/** Marks a lesson done for the enrolled learner; the last one completes the course and issues the certificate. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreLessonProgressResponse>) {
  const course = await publishedCourse(req.scope, req.params.id)
  const { result } = await completeLessonWorkflow(req.scope).run({
    input: { course_id: course.id, lesson_id: req.params.lesson_id, customer_id: req.auth_context.actor_id },
  })
  res.json({ progress: result })
}
