import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminLessonView } from "../../../../../../../lib/views"
import { addLessonFileWorkflow } from "../../../../../../../workflows"
import type { PostAdminLessonFileType } from "../../../../../../validators"
import { lessonOf } from "../../../../../../utils/school"

/** Adds a private file (the lesson's PDF, sheet, audio or video) to a lesson. */
export async function POST(req: MedusaRequest<PostAdminLessonFileType>, res: MedusaResponse) {
  const lesson = await lessonOf(req.scope, req.params.id, req.params.lesson_id)
  const { result } = await addLessonFileWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson_id: lesson.id, file: req.validatedBody, files_before: lesson.files ?? [] },
  })
  res.status(201).json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}
