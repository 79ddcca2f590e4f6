import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteSellerProductWorkflow, updateSellerProductWorkflow } from "../../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../../utils/seller-scope"
import { VENDOR_PRODUCT_FIELDS } from "../../../../../utils/products"
import type { PostVendorProductUpdateType } from "../../../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [...VENDOR_PRODUCT_FIELDS, "seller.id"],
    filters: { id: req.params.product_id },
  })
  const product: any = data[0]
  if (!product || product.seller?.id !== req.seller_scope!.seller_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.product_id} was not found`)
  }
  delete product.seller
  res.json({ product })
}

export async function POST(req: SellerScopedRequest<PostVendorProductUpdateType>, res: MedusaResponse) {
  const update = { ...req.validatedBody }
  if (update.status === "published" && req.seller_scope!.seller_status !== "active") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Products go live once the platform has approved the seller")
  }
  const { result } = await updateSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, actor: actorOf(req), product_id: req.params.product_id, update: update as any },
  })
  res.json({ product: result })
}

export async function DELETE(req: SellerScopedRequest, res: MedusaResponse) {
  await deleteSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, actor: actorOf(req), product_id: req.params.product_id },
  })
  res.json({ id: req.params.product_id, object: "product", deleted: true })
}
