import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@dharavi/errors"
import { SkillSchoolErrors, type AdminLessonResponse } from "../../../../../../../../contract"
import { adminLessonView, filesOf } from "../../../../../../../../lib/views"
import { removeLessonFileWorkflow } from "../../../../../../../../workflows"
import { lessonOf } from "../../../../../../../utils/school"

/** Takes a file off a lesson and deletes it. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse<AdminLessonResponse>) {
  const lesson = await lessonOf(req.scope, req.params.id, req.params.lesson_id)
  const index = Number(req.params.index)
  const files = filesOf(lesson)
  if (!Number.isInteger(index) || !files[index]) {
    throw notFound(SkillSchoolErrors.LESSON_FILE_NOT_FOUND, "That file is not part of this lesson", {
      lesson_id: lesson.id,
      index: req.params.index,
    })
  }
  const { result } = await removeLessonFileWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson_id: lesson.id, files_before: files, index },
  })
  res.json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}
