import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { updateSellerWorkflow } from "../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../utils/seller-scope"
import { OWNER_ONLY_FIELDS, PostVendorSellerUpdateType } from "../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve(SELLER_MODULE) as SellerModuleService
  const seller = await sellers.retrieveSeller(req.seller_scope!.seller_id)
  // Payout details are the owner's business; other members see the maker profile only.
  if (req.seller_scope!.role !== "owner") delete (seller as Partial<typeof seller>).payout_details
  res.json({ seller, role: req.seller_scope!.role })
}

export async function POST(req: SellerScopedRequest<PostVendorSellerUpdateType>, res: MedusaResponse) {
  const forbidden = OWNER_ONLY_FIELDS.filter((f) => f in req.validatedBody)
  if (forbidden.length && req.seller_scope!.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Only the owner can change ${forbidden.join(", ")}`)
  }
  const { result } = await updateSellerWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, update: req.validatedBody, actor: actorOf(req) },
  })
  res.json({ seller: result })
}
