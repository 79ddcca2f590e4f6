import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { graphWithSeller } from "../../lib/seller-link"
import { assignSkus, byRankThenTitle, skuBase } from "../../lib/sku"

export type FillSkusInput = {
  /** Every variant of these products that has no SKU. */
  product_ids?: string[]
  /** These variants, if they have no SKU. */
  variant_ids?: string[]
}

/** A product as SKU coding reads it (maker fields through the marketplace's link, when there is one). */
type CodedProduct = {
  id: string
  handle: string
  type?: { value: string } | null
  categories?: ({ handle: string } | null)[] | null
  options?: { id: string }[] | null
  variants?:
    | ({
        id: string
        sku: string | null
        title: string | null
        variant_rank: number | null
        options?: { value: string; option_id: string }[] | null
      } | null)[]
    | null
  seller?: { handle?: string | null; crafts?: string[] | null } | null
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "type.value",
  "categories.handle",
  "options.id",
  "variants.id",
  "variants.sku",
  "variants.title",
  "variants.variant_rank",
  "variants.options.value",
  "variants.options.option_id",
]

/**
 * Works out SKUs (src/lib/sku.ts) for the variants that have none, avoiding every SKU already in
 * use. Runs under the SKU lock (see fillMissingSkusWorkflow), so two products coded at the same
 * time never get the same SKU. Reads only: nothing to compensate.
 */
export const computeMissingSkusStep = createStep(
  "wholesale-compute-missing-skus",
  async (input: FillSkusInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productIds = new Set(input.product_ids ?? [])
    const wantedVariants = new Set(input.variant_ids ?? [])
    if (wantedVariants.size) {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: [...wantedVariants] },
      })
      for (const v of data as { id: string; product_id: string | null }[])
        if (v.product_id) productIds.add(v.product_id)
    }
    if (!productIds.size) return new StepResponse([] as { id: string; sku: string }[])

    const products = await graphWithSeller<CodedProduct>(
      container,
      { entity: "product", fields: PRODUCT_FIELDS, filters: { id: [...productIds] } },
      ["seller.handle", "seller.crafts"]
    )
    const wholeProducts = new Set(input.product_ids ?? [])
    const pending: { key: string; base: string }[] = []
    for (const product of products) {
      const optionOrder = (product.options ?? []).map((o) => o.id)
      const variants = (product.variants ?? [])
        .flatMap((v) => (v && !v.sku && (wholeProducts.has(product.id) || wantedVariants.has(v.id)) ? [v] : []))
        .sort(byRankThenTitle)
      for (const variant of variants) {
        const values = [...(variant.options ?? [])]
          .sort((a, b) => optionOrder.indexOf(a.option_id) - optionOrder.indexOf(b.option_id))
          .map((o) => String(o.value))
        pending.push({
          key: variant.id,
          base: skuBase({
            seller_handle: product.seller?.handle,
            crafts: [
              ...(product.categories ?? []).map((c) => c?.handle),
              product.type?.value,
              ...(product.seller?.crafts ?? []),
            ],
            product_handle: product.handle,
            option_values: values,
          }),
        })
      }
    }
    if (!pending.length) return new StepResponse([] as { id: string; sku: string }[])

    // Every SKU in use that starts like one of ours (the base itself or base-N).
    const bases = [...new Set(pending.map((p) => p.base))]
    const taken = await container
      .resolve(Modules.PRODUCT)
      .listProductVariants(
        { $or: bases.map((base) => ({ sku: { $like: `${base}%` } })) },
        { select: ["id", "sku"], take: null }
      )
    const skus = assignSkus(
      pending,
      taken.map((v) => v.sku).filter((s): s is string => Boolean(s))
    )
    return new StepResponse(pending.map((p) => ({ id: p.key, sku: skus.get(p.key)! })))
  }
)
