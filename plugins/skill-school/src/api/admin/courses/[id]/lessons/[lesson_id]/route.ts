import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDeleteResponse, AdminLessonResponse } from "../../../../../../contract"
import { adminLessonView } from "../../../../../../lib/views"
import { deleteLessonWorkflow, updateLessonWorkflow } from "../../../../../../workflows"
import type { PostAdminLessonUpdateType } from "../../../../../validators"

export async function POST(req: MedusaRequest<PostAdminLessonUpdateType>, res: MedusaResponse<AdminLessonResponse>) {
  const { result } = await updateLessonWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.lesson_id, course_id: req.params.id },
  })
  res.json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse<AdminDeleteResponse>) {
  await deleteLessonWorkflow(req.scope).run({ input: { id: req.params.lesson_id, course_id: req.params.id } })
  res.json({ id: req.params.lesson_id, object: "lesson", deleted: true })
}
