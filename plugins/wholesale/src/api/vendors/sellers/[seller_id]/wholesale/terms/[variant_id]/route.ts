import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../../../../../../contract/errors"
import type { VendorVariantTermsResponse } from "../../../../../../../contract/http"
import { setVariantTermsWorkflow } from "../../../../../../../workflows"
import type { SellerRequest } from "../../../../../../utils/seller-member"
import type { PostVariantTerms } from "../../../../../../validators"

type VariantOwner = { id: string; product: { id: string; seller?: { id: string } | null } | null }

/** Sets how one of the seller's variants sells wholesale (minimum, case pack, lead time). */
export async function POST(
  req: SellerRequest<z.infer<typeof PostVariantTerms>>,
  res: MedusaResponse<VendorVariantTermsResponse>
) {
  const sellerId = req.wholesale_seller!.seller_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.id", "product.seller.id"],
    filters: { id: req.params.variant_id },
  })
  const variant = data[0] as VariantOwner | undefined
  if (!variant?.product || variant.product.seller?.id !== sellerId) {
    throw notFound(WholesaleErrors.VARIANT_NOT_FOUND, `Variant ${req.params.variant_id} was not found`, {
      variant_id: req.params.variant_id,
    })
  }
  const { result } = await setVariantTermsWorkflow(req.scope).run({
    input: { variant_id: variant.id, product_id: variant.product.id, seller_id: sellerId, ...req.validatedBody },
  })
  res.json({ terms: result })
}
