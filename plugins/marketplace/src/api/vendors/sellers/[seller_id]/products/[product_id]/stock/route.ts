import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorStockResponse } from "../../../../../../../contract/http"
import { setSellerVariantStockWorkflow } from "../../../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../../../utils/seller-scope"
import type { PostVendorStockType } from "../../../../../../validators"

/** Sets how many of a variant the seller has in stock. */
export async function POST(req: SellerScopedRequest<PostVendorStockType>, res: MedusaResponse<VendorStockResponse>) {
  const { result } = await setSellerVariantStockWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_scope!.seller_id,
      actor: actorOf(req),
      product_id: req.params.product_id,
      ...req.validatedBody,
    },
  })
  res.json({ inventory_level: result })
}
