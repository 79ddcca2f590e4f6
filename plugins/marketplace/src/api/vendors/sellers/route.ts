import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { VendorCreateSellerResponse } from "../../../contract/http"
import { createSellerWorkflow } from "../../../workflows"
import type { PostVendorSellerType } from "../../validators"

/** Opens a seller (an artisan's or workshop's shop) owned by the caller; it starts as pending. */
export async function POST(
  req: AuthenticatedMedusaRequest<PostVendorSellerType>,
  res: MedusaResponse<VendorCreateSellerResponse>
) {
  const { result } = await createSellerWorkflow(req.scope).run({
    input: { user_id: req.auth_context.actor_id, seller: req.validatedBody },
  })
  res.status(201).json({ seller: result.seller, member: result.member })
}
