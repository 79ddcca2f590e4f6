import type { MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../../../../contract/errors"
import type { VendorMemberResponse, VendorMembersResponse } from "../../../../../contract/http"
import { SELLER_MODULE } from "../../../../../modules/seller"
import { addSellerMemberWorkflow } from "../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../utils/seller-scope"
import type { PostVendorMemberType } from "../../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse<VendorMembersResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const members = await sellers.listSellerMembers(
    { seller_id: req.seller_scope!.seller_id },
    { relations: ["user"], order: { created_at: "ASC" } }
  )
  res.json({ members })
}

/** The owner grants a person who already has a seller account a role in this seller. */
export async function POST(req: SellerScopedRequest<PostVendorMemberType>, res: MedusaResponse<VendorMemberResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const [user] = await sellers.listSellerUsers({ email: req.validatedBody.email })
  if (!user) {
    throw notFound(
      MarketplaceErrors.NO_SELLER_ACCOUNT,
      `No seller account uses ${req.validatedBody.email}; ask them to sign up at "Sell with us" first`,
      { email: req.validatedBody.email }
    )
  }
  const { result } = await addSellerMemberWorkflow(req.scope).run({
    input: {
      member: {
        seller_id: req.seller_scope!.seller_id,
        user_id: user.id,
        role: req.validatedBody.role,
        revenue_share: req.validatedBody.revenue_share,
      },
      actor: actorOf(req),
    },
  })
  res.status(201).json({ member: result })
}
