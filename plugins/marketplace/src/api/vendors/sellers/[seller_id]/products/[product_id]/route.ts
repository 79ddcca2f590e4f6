import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { forbidden, notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../../../../../contract/errors"
import type { VendorProduct, VendorProductDeleteResponse, VendorProductResponse } from "../../../../../../contract/http"
import { deleteSellerProductWorkflow, updateSellerProductWorkflow } from "../../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../../utils/seller-scope"
import { VENDOR_PRODUCT_FIELDS } from "../../../../../utils/products"
import type { PostVendorProductUpdateType } from "../../../../../validators"

export async function GET(req: SellerScopedRequest, res: MedusaResponse<VendorProductResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [...VENDOR_PRODUCT_FIELDS, "seller.id"],
    filters: { id: req.params.product_id },
  })
  const found = data[0] as (VendorProduct & { seller?: { id: string } | null }) | undefined
  if (!found || found.seller?.id !== req.seller_scope!.seller_id) {
    throw notFound(MarketplaceErrors.PRODUCT_NOT_FOUND, `Product ${req.params.product_id} was not found`, {
      product_ids: [req.params.product_id],
    })
  }
  const { seller: _seller, ...product } = found
  res.json({ product })
}

export async function POST(
  req: SellerScopedRequest<PostVendorProductUpdateType>,
  res: MedusaResponse<VendorProductResponse>
) {
  const update = { ...req.validatedBody }
  if (update.status === "published" && req.seller_scope!.seller_status !== "active") {
    throw forbidden(MarketplaceErrors.SELLER_NOT_ACTIVE, "Products go live once the platform has approved the seller", {
      seller_id: req.seller_scope!.seller_id,
      status: req.seller_scope!.seller_status,
    })
  }
  const { result } = await updateSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, actor: actorOf(req), product_id: req.params.product_id, update },
  })
  res.json({ product: result })
}

export async function DELETE(req: SellerScopedRequest, res: MedusaResponse<VendorProductDeleteResponse>) {
  await deleteSellerProductWorkflow(req.scope).run({
    input: { seller_id: req.seller_scope!.seller_id, actor: actorOf(req), product_id: req.params.product_id },
  })
  res.json({ id: req.params.product_id, object: "product", deleted: true })
}
