import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCustomer, AdminEnrolmentListResponse, AdminEnrolmentResponse } from "../../../../../contract"
import { enrolmentRecord, enrolmentView } from "../../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../../modules/skill-school"
import { grantEnrolmentWorkflow } from "../../../../../workflows"
import type { PostAdminEnrolmentType } from "../../../../validators"
import { courseOr404, progressOf } from "../../../../utils/school"

/** The course's learners with their progress and certificate codes. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminEnrolmentListResponse>) {
  await courseOr404(req.scope, req.params.id)
  const { skip = 0, take = 50 } = req.queryConfig?.pagination ?? {}
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [enrolments, count] = await service.listAndCountEnrolments(
    { course_id: req.params.id },
    { skip, take, order: { created_at: "DESC" } }
  )
  const progress = await progressOf(req.scope, enrolments)
  const certificates = enrolments.length
    ? await service.listCertificates(
        { enrolment_id: enrolments.map((e) => e.id) },
        { select: ["enrolment_id", "code"] }
      )
    : []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(enrolments.map((e) => e.customer_id))]
  const customers: AdminCustomer[] = ids.length
    ? (
        await query.graph({
          entity: "customer",
          fields: ["id", "first_name", "last_name", "email"],
          filters: { id: ids },
        })
      ).data
    : []
  res.json({
    enrolments: enrolments.map((e) => ({
      ...enrolmentView(e, progress.get(e.id)!),
      customer: customers.find((c) => c.id === e.customer_id) ?? { id: e.customer_id },
      certificate_code: certificates.find((c) => c.enrolment_id === e.id)?.code ?? null,
    })),
    count,
    offset: skip,
    limit: take,
  })
}

/** Gives a customer a place on the course (201; 200 if they had one). */
export async function POST(req: MedusaRequest<PostAdminEnrolmentType>, res: MedusaResponse<AdminEnrolmentResponse>) {
  await courseOr404(req.scope, req.params.id)
  const { result } = await grantEnrolmentWorkflow(req.scope).run({
    input: { course_id: req.params.id, customer_id: req.validatedBody.customer_id },
  })
  res.status(result.created ? 201 : 200).json({ enrolment: enrolmentRecord(result.enrolment) })
}
