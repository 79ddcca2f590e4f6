import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLessonResponse } from "../../../../../contract"
import { adminLessonView } from "../../../../../lib/views"
import { createLessonWorkflow } from "../../../../../workflows"
import type { PostAdminLessonType } from "../../../../validators"
import { courseOr404 } from "../../../../utils/school"

/** Adds a lesson (last, unless `position` is given). */
export async function POST(req: MedusaRequest<PostAdminLessonType>, res: MedusaResponse<AdminLessonResponse>) {
  await courseOr404(req.scope, req.params.id)
  const { result } = await createLessonWorkflow(req.scope).run({
    input: { ...req.validatedBody, course_id: req.params.id },
  })
  res.status(201).json({ lesson: adminLessonView({ ...result, course_id: req.params.id }) })
}
