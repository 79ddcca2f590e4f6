import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLessonOrderResponse } from "../../../../../contract"
import { reorderLessonsWorkflow } from "../../../../../workflows"
import type { PostAdminLessonOrderType } from "../../../../validators"
import { courseOr404 } from "../../../../utils/school"

/** Puts the lessons in the order given (every lesson of the course, once). */
export async function POST(
  req: MedusaRequest<PostAdminLessonOrderType>,
  res: MedusaResponse<AdminLessonOrderResponse>
) {
  await courseOr404(req.scope, req.params.id)
  const { result } = await reorderLessonsWorkflow(req.scope).run({
    input: { course_id: req.params.id, ids: req.validatedBody.ids },
  })
  res.json({ ids: result })
}
