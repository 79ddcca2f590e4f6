import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreEnrolResponse } from "../../../../../contract"
import { enrolmentRecord } from "../../../../../lib/views"
import { enrolFreeWorkflow } from "../../../../../workflows"
import { publishedCourse } from "../../../../utils/school"

/** Joins a free course: 201 the first time, 200 after (already enrolled). Paid courses: 400 `course_paid`, buy them through the cart. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreEnrolResponse>) {
  const course = await publishedCourse(req.scope, req.params.id)
  const { result } = await enrolFreeWorkflow(req.scope).run({
    input: { course_id: course.id, customer_id: req.auth_context.actor_id },
  })
  res.status(result.created ? 201 : 200).json({ enrolment: enrolmentRecord(result.enrolment) })
}
