import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminLessonView } from "../../../../../../../../lib/views"
import { removeLessonFileWorkflow } from "../../../../../../../../workflows"
import { lessonOf } from "../../../../../../../utils/school"

/** Takes a file off a lesson and deletes it. */
export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const lesson = await lessonOf(req.scope, req.params.id, req.params.lesson_id)
  const index = Number(req.params.index)
  if (!Number.isInteger(index) || !(lesson.files ?? [])[index]) throw new MedusaError(MedusaError.Types.NOT_FOUND, "That file is not part of this lesson")
  const { result } = await removeLessonFileWorkflow(req.scope).run({
    input: { course_id: req.params.id, lesson_id: lesson.id, files_before: lesson.files, index },
  })
  res.json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}
