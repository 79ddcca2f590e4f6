import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { reviewCompanyWorkflow } from "../../../../../../workflows"
import type { AdminCompanyReviewResponse } from "../../../../../../contract/http"
import type { PostAdminCompanyReview } from "../../../../../validators"

/** Approve (buyers join the wholesale group), reject or suspend a company. */
export async function POST(
  req: AuthenticatedMedusaRequest<z.infer<typeof PostAdminCompanyReview>>,
  res: MedusaResponse<AdminCompanyReviewResponse>
) {
  const { result } = await reviewCompanyWorkflow(req.scope).run({
    input: { company_id: req.params.id, ...req.validatedBody },
  })
  res.json({ company: result })
}
