import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../contract/errors"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import type SellerTerms from "../../modules/wholesale/models/seller-terms"
import type { LineSheetCurrency, LineSheetData, LineSheetProduct } from "../../lib/line-sheet"
import { findSellers, graphWithSeller } from "../../lib/seller-link"
import { byRankThenTitle } from "../../lib/sku"
import { retailPrices, wholesalePriceTiers } from "../../lib/wholesale-prices"

export type LineSheetInput = {
  subject: "seller" | "collection"
  /** Exactly one of id and handle. */
  id?: string
  handle?: string
  currency_code: LineSheetCurrency
  /** Store routes: only an active seller's sheet (a suspended or pending maker has none). */
  active_sellers_only?: boolean
}

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "thumbnail",
  "metadata",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.variant_rank",
]

/** A product as the sheet reads it (with its maker through the marketplace's link, when there is one). */
type SheetProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  metadata: Record<string, unknown> | null
  variants: ({ id: string; title: string; sku: string | null; variant_rank: number | null } | null)[] | null
  seller?: { id: string; handle: string | null; name: string } | null
}
type SheetSeller = {
  id: string
  handle: string
  name: string
  area: string | null
  status: string
  products: ({ id: string } | null)[] | null
}

/** The seller or collection a sheet is for, and its published products' ids. */
async function subjectOf(container: MedusaContainer, input: LineSheetInput) {
  const key = (input.id ?? input.handle)!
  const filter = input.id ? { id: input.id } : { handle: input.handle }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (input.subject === "seller") {
    const sellers = await findSellers<SheetSeller>(container, filter, [
      "id",
      "handle",
      "name",
      "area",
      "status",
      "products.id",
    ])
    const seller = sellers?.[0]
    if (!seller || (input.active_sellers_only && seller.status !== "active")) {
      throw notFound(WholesaleErrors.SELLER_NOT_FOUND, `Seller ${key} was not found`, { seller: key })
    }
    return {
      handle: seller.handle,
      title: seller.name,
      subtitle: seller.area ?? null,
      seller_id: seller.id as string | null,
      product_ids: (seller.products ?? []).flatMap((p) => (p ? [p.id] : [])),
    }
  }
  const { data: collections } = await query.graph({
    entity: "product_collection",
    fields: ["id", "handle", "title"],
    filters: filter,
  })
  const collection = collections[0] as { id: string; handle: string; title: string } | undefined
  if (!collection)
    throw notFound(WholesaleErrors.COLLECTION_NOT_FOUND, `Collection ${key} was not found`, { collection: key })
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    filters: { collection_id: collection.id },
  })
  return {
    handle: collection.handle,
    title: collection.title,
    subtitle: null,
    seller_id: null,
    product_ids: (products as { id: string }[]).map((p) => p.id),
  }
}

/**
 * Everything a line sheet shows, read from Medusa and this module: the seller's or collection's
 * published products with their maker, variants with SKU, retail price (MSRP) and wholesale price
 * tiers in the sheet's currency, MOQ and case pack (WholesaleTerms), lead time (the variant's, else
 * the seller's) and payment terms (the seller's, else the plugin's default). Reads only.
 */
export const loadLineSheetStep = createStep(
  "wholesale-load-line-sheet",
  async (input: LineSheetInput, { container }) => {
    const subject = await subjectOf(container, input)
    const products: SheetProduct[] = subject.product_ids.length
      ? await graphWithSeller<SheetProduct>(
          container,
          { entity: "product", fields: PRODUCT_FIELDS, filters: { id: subject.product_ids, status: "published" } },
          ["seller.id", "seller.handle", "seller.name"]
        )
      : []
    products.sort((a, b) => String(a.title).localeCompare(String(b.title)))

    const variantIds = products.flatMap((p) => (p.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
    const sellerIds = [
      ...new Set([subject.seller_id, ...products.map((p) => p.seller?.id)].filter((id): id is string => Boolean(id))),
    ]
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const [tiers, msrp, variantTerms, sellerTerms] = await Promise.all([
      wholesalePriceTiers(container, variantIds, input.currency_code),
      retailPrices(container, variantIds, input.currency_code),
      variantIds.length
        ? wholesale.listWholesaleTerms({ variant_id: variantIds }, { take: null })
        : Promise.resolve([]),
      sellerIds.length ? wholesale.listSellerTerms({ seller_id: sellerIds }, { take: null }) : Promise.resolve([]),
    ])
    const termsOfVariant = new Map(variantTerms.map((t) => [t.variant_id, t]))
    const termsOfSeller = new Map(sellerTerms.map((t) => [t.seller_id, t]))
    const defaultPaymentTerms = wholesale.settings().default_payment_terms
    const minOrderValue = (terms: InferTypeOf<typeof SellerTerms> | undefined) => {
      const value = (terms?.min_order_value as Record<string, number> | null)?.[input.currency_code]
      return value == null ? null : Number(value)
    }

    const sheetProducts: LineSheetProduct[] = products.map((product) => {
      const sellerId: string | null = product.seller?.id ?? subject.seller_id
      const seller = sellerId ? termsOfSeller.get(sellerId) : undefined
      const i18n = (product.metadata?.i18n ?? {}) as Record<string, { title?: string } | undefined>
      const variants = (product.variants ?? []).flatMap((v) => (v ? [v] : [])).sort(byRankThenTitle)
      return {
        id: product.id,
        handle: product.handle,
        title: product.title,
        i18n_titles: {
          ...(i18n.hi?.title ? { hi: i18n.hi.title } : {}),
          ...(i18n.en?.title ? { en: i18n.en.title } : {}),
        },
        thumbnail: product.thumbnail ?? null,
        maker: product.seller
          ? { name: product.seller.name, handle: product.seller.handle ?? null }
          : subject.seller_id
            ? { name: subject.title, handle: subject.handle }
            : null,
        payment_terms: seller?.payment_terms || defaultPaymentTerms,
        min_order_value: minOrderValue(seller),
        variants: variants.map((v) => {
          const terms = termsOfVariant.get(v.id)
          return {
            id: v.id,
            title: v.title,
            sku: v.sku ?? null,
            msrp: msrp.get(v.id) ?? null,
            tiers: tiers.get(v.id) ?? [],
            min_order_quantity: terms?.min_order_quantity ?? null,
            case_pack: terms?.case_pack ?? null,
            lead_time_days: terms?.lead_time_days ?? seller?.lead_time_days ?? null,
          }
        }),
      }
    })

    const sellerTermsOfSheet = subject.seller_id ? termsOfSeller.get(subject.seller_id) : undefined
    const data: LineSheetData = {
      kind: input.subject,
      handle: subject.handle,
      title: subject.title,
      subtitle: subject.subtitle,
      currency_code: input.currency_code,
      payment_terms: input.subject === "seller" ? sellerTermsOfSheet?.payment_terms || defaultPaymentTerms : null,
      min_order_value: input.subject === "seller" ? minOrderValue(sellerTermsOfSheet) : null,
      generated_at: new Date().toISOString(),
      products: sheetProducts,
    }
    return new StepResponse(data)
  }
)
