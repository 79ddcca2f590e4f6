import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { approvedBuyer, wholesaleService } from "../../../../../lib/buyer"
import { wholesalePriceTiers } from "../../../../../lib/wholesale-prices"

/**
 * A product's wholesale terms for the product page: minimum, case pack and lead time per variant for
 * everyone; the price tiers only for buyers of approved companies.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { currency_code } = req.validatedQuery as { currency_code: string }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "status", "variants.id"], filters: { id: req.params.id } })
  const product: any = data[0]
  if (!product || product.status !== "published") throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found`)
  const variantIds: string[] = (product.variants ?? []).map((v: any) => v.id)
  const buyer = await approvedBuyer(req.scope, req.auth_context?.actor_id)
  const [terms, tiers] = await Promise.all([
    wholesaleService(req.scope).listWholesaleTerms({ variant_id: variantIds }),
    buyer ? wholesalePriceTiers(req.scope, variantIds, currency_code) : Promise.resolve(new Map()),
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
        tiers: buyer ? (tiers.get(id) ?? []).map(({ min_quantity, max_quantity, amount }: any) => ({ min_quantity, max_quantity, amount })) : null,
      }
    }),
  })
}
