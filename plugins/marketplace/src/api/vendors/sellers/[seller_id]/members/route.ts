import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../modules/seller"
import type SellerModuleService from "../../../../../modules/seller/service"
import { addSellerMemberWorkflow } from "../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../utils/seller-scope"
import type { PostVendorMemberType } from "../../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve(SELLER_MODULE) as SellerModuleService
  const members = await sellers.listSellerMembers(
    { seller_id: req.seller_scope!.seller_id },
    { relations: ["user"], order: { created_at: "ASC" } }
  )
  res.json({ members })
}

/** The owner grants a person who already has a seller account a role in this seller. */
export async function POST(req: SellerScopedRequest<PostVendorMemberType>, res: MedusaResponse) {
  const sellers = req.scope.resolve(SELLER_MODULE) as SellerModuleService
  const [user] = await sellers.listSellerUsers({ email: req.validatedBody.email })
  if (!user) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No seller account uses ${req.validatedBody.email}; ask them to sign up at "Sell with us" first`
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
