import type { MedusaResponse } from "@medusajs/framework/http"
import { forbidden } from "@dharavi/errors"
import { MarketplaceErrors } from "../../../../contract/errors"
import type { VendorSellerResponse, VendorUpdateSellerResponse } from "../../../../contract/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import { updateSellerWorkflow } from "../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../utils/seller-scope"
import { OWNER_ONLY_FIELDS, PostVendorSellerUpdateType } from "../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse<VendorSellerResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(req.seller_scope!.seller_id)
  // Payout details are the owner's business; other members see the maker profile only.
  if (req.seller_scope!.role !== "owner") delete (seller as Partial<typeof seller>).payout_details
  res.json({ seller, role: req.seller_scope!.role })
}

export async function POST(
  req: SellerScopedRequest<PostVendorSellerUpdateType>,
  res: MedusaResponse<VendorUpdateSellerResponse>
) {
  const ownerOnly = OWNER_ONLY_FIELDS.filter((f) => f in req.validatedBody)
  if (ownerOnly.length && req.seller_scope!.role !== "owner") {
    throw forbidden(MarketplaceErrors.OWNER_ONLY_FIELDS, `Only the owner can change ${ownerOnly.join(", ")}`, {
      fields: ownerOnly,
    })
  }
  const { result } = await updateSellerWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, update: req.validatedBody, actor: actorOf(req) },
  })
  res.json({ seller: result })
}
