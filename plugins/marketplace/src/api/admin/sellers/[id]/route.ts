import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSellerResponse, AdminSellerStatusResponse } from "../../../../contract/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import { setSellerStatusWorkflow } from "../../../../workflows"
import { sellerProductIds } from "../../../utils/products"
import type { PostAdminSellerStatusType } from "../../../validators"

/** A seller with its members and product count, for the admin detail page. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminSellerResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const seller = await sellers.retrieveSeller(req.params.id)
  const members = await sellers.listSellerMembers(
    { seller_id: seller.id },
    { relations: ["user"], order: { created_at: "ASC" } }
  )
  const productIds = await sellerProductIds(req.scope, seller.id)
  res.json({ seller, members, product_count: productIds.length })
}

/** Approve (active), suspend, set the commission and the verification state. */
export async function POST(
  req: MedusaRequest<PostAdminSellerStatusType>,
  res: MedusaResponse<AdminSellerStatusResponse>
) {
  const { result } = await setSellerStatusWorkflow(req.scope).run({
    input: { seller_id: req.params.id, ...req.validatedBody },
  })
  res.json({ seller: result })
}
