import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorMemberResponse } from "../../../../../../contract/http"
import { revokeSellerMemberWorkflow } from "../../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../../utils/seller-scope"

/** The owner revokes a member's access to this seller. */
export async function DELETE(req: SellerScopedRequest, res: MedusaResponse<VendorMemberResponse>) {
  const { result } = await revokeSellerMemberWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, member_id: req.params.member_id, actor: actorOf(req) },
  })
  res.json({ member: result })
}
