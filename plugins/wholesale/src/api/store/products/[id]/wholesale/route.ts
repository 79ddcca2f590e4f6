import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../../../../contract/errors"
import type { StoreProductWholesaleResponse, WholesalePriceTier } from "../../../../../contract/http"
import { approvedBuyer } from "../../../../../lib/buyer"
import { type PriceTier, wholesalePriceTiers } from "../../../../../lib/wholesale-prices"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type { GetProductWholesale } from "../../../../validators"

type ProductVariants = { id: string; status: string; variants: { id: string }[] | null }

/**
 * A product's wholesale terms for the product page: minimum, case pack and lead time per variant for
 * everyone; the price tiers only for buyers of approved companies.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, z.infer<typeof GetProductWholesale>>,
  res: MedusaResponse<StoreProductWholesaleResponse>
) {
  const { currency_code } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "status", "variants.id"],
    filters: { id: req.params.id },
  })
  const product = data[0] as ProductVariants | undefined
  if (!product || product.status !== "published")
    throw notFound(WholesaleErrors.PRODUCT_NOT_FOUND, `Product ${req.params.id} was not found`, {
      product_id: req.params.id,
    })
  const variantIds = (product.variants ?? []).map((v) => v.id)
  const buyer = await approvedBuyer(req.scope, req.auth_context?.actor_id)
  const [terms, tiers] = await Promise.all([
    req.scope.resolve(WHOLESALE_MODULE).listWholesaleTerms({ variant_id: variantIds }),
    buyer ? wholesalePriceTiers(req.scope, variantIds, currency_code) : Promise.resolve(new Map<string, PriceTier[]>()),
  ])
  const byVariant = new Map(terms.map((t) => [t.variant_id, t]))
  res.json({
    is_wholesale_buyer: Boolean(buyer),
    currency_code,
    variants: variantIds.map((id) => {
      const t = byVariant.get(id)
      return {
        variant_id: id,
        min_order_quantity: t?.min_order_quantity ?? 1,
        case_pack: t?.case_pack ?? 1,
        lead_time_days: t?.lead_time_days ?? null,
        tiers: buyer
          ? (tiers.get(id) ?? []).map(({ min_quantity, max_quantity, amount }): WholesalePriceTier => ({
              min_quantity,
              max_quantity,
              amount,
            }))
          : null,
      }
    }),
  })
}
