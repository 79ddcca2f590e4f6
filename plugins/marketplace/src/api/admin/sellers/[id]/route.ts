import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../../../modules/seller"
import type SellerModuleService from "../../../../modules/seller/service"
import { setSellerStatusWorkflow } from "../../../../workflows"
import { sellerProductIds } from "../../../utils/products"
import type { PostAdminSellerStatusType } from "../../../validators"

/** A seller with its members and product count, for the admin detail page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve(SELLER_MODULE) as SellerModuleService
  const seller = await sellers.retrieveSeller(req.params.id)
  const members = await sellers.listSellerMembers({ seller_id: seller.id }, { relations: ["user"], order: { created_at: "ASC" } })
  const productIds = await sellerProductIds(req.scope, seller.id)
  res.json({ seller, members, product_count: productIds.length })
}

/** Approve (active), suspend, set the commission and the verification state. */
export async function POST(req: MedusaRequest<PostAdminSellerStatusType>, res: MedusaResponse) {
  const { result } = await setSellerStatusWorkflow(req.scope).run({
    input: { seller_id: req.params.id, ...req.validatedBody },
  })
  res.json({ seller: result })
}
