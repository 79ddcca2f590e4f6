import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSellerProductWorkflow } from "../../../../../workflows"
import { SellerScopedRequest, actorOf } from "../../../../utils/seller-scope"
import { defaultSalesChannelAndProfile, sellerProductIds, VENDOR_PRODUCT_FIELDS } from "../../../../utils/products"
import type { PostVendorProductType } from "../../../../validators"
import type { VendorProductResponse, VendorProductsResponse } from "../../../../../contract/http"

const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)

export async function GET(req: SellerScopedRequest, res: MedusaResponse<VendorProductsResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = await sellerProductIds(req.scope, req.seller_scope!.seller_id)
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  if (!ids.length) {
    res.json({ products: [], count: 0, offset: skip, limit: take })
    return
  }
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: VENDOR_PRODUCT_FIELDS,
    filters: { id: ids },
    pagination: { skip, take, order: { created_at: "DESC" } },
  })
  res.json({ products, count: metadata?.count ?? products.length, offset: skip, limit: take })
}

/** Lists a new product for the seller. It is published only when the seller is active. */
export async function POST(
  req: SellerScopedRequest<PostVendorProductType>,
  res: MedusaResponse<VendorProductResponse>
) {
  const { sales_channel_id, shipping_profile_id } = await defaultSalesChannelAndProfile(req.scope)
  const { status, ...body } = req.validatedBody
  const publish = status !== "draft" && req.seller_scope!.seller_status === "active"
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_scope!.seller_id,
      actor: actorOf(req),
      product: {
        ...body,
        // Handles are unique store-wide; prefixing the maker's handle keeps two makers' "Leather Wallet" apart.
        handle: body.handle ?? slugify(`${req.seller_scope!.seller_handle} ${body.title}`),
        thumbnail: body.thumbnail ?? body.images?.[0]?.url,
        status: publish ? "published" : "draft",
        // A pending seller's listing goes on sale when the platform approves the seller.
        metadata:
          status !== "draft" && req.seller_scope!.seller_status === "pending"
            ? { ...body.metadata, publish_on_approval: true }
            : body.metadata,
        sales_channels: [{ id: sales_channel_id }],
        shipping_profile_id,
        variants: body.variants.map((v) => ({ manage_inventory: true, ...v })),
      },
    },
  })
  res.status(201).json({ product: result })
}
