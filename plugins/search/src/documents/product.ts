import { graphWithSeller } from "@dharavi/seller-access"
import type { SearchCurrency, SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { allLanguages, graph, i18n, pageOfIds, type Container, type DocumentSource } from "./index"

const CURRENCIES: SearchCurrency[] = ["inr", "usd", "eur"]
const SELLER_FIELDS = ["seller.id", "seller.handle", "seller.name", "seller.area", "seller.crafts", "seller.status"]

/** The variant price fields `retailRanges` reads (prefix them to read a linked product's). */
export const PRICE_FIELDS = [
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.min_quantity",
  "variants.prices.rules_count",
]

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "metadata",
  "tags.value",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  "collection.title",
  ...PRICE_FIELDS,
]

/** A variant's prices, as PRICE_FIELDS reads them. */
export type PricedVariant = {
  prices?:
    | ({
        amount: number | string
        currency_code: string
        price_list_id?: string | null
        min_quantity?: number | string | null
        rules_count?: number | null
      } | null)[]
    | null
} | null

type Localized = { title?: string; description?: string; name?: string }
/** The fields of a Medusa product (and its maker, through the marketplace link) this builder reads. */
type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  thumbnail: string | null
  metadata: { skill_school?: unknown; i18n?: { hi?: Localized; mr?: Localized } } | null
  tags?: ({ value: string } | null)[] | null
  categories?:
    ({ handle: string; name: string; metadata: { i18n?: { hi?: Localized; mr?: Localized } } | null } | null)[] | null
  collection?: { title: string } | null
  variants?: PricedVariant[] | null
  seller?: {
    id: string
    handle: string
    name: string
    area: string | null
    crafts: string[] | null
    status: string
  } | null
}
type CategoryRow = NonNullable<NonNullable<ProductRow["categories"]>[number]>

/** Lowest and highest retail price per currency: base prices only (no price list, no quantity tier). */
export function retailRanges(variants: PricedVariant[]): SearchDocumentInput["prices"] {
  const ranges: SearchDocumentInput["prices"] = {}
  for (const price of variants.flatMap((v) => v?.prices ?? [])) {
    if (!price) continue
    const currency = String(price?.currency_code ?? "").toLowerCase() as SearchCurrency
    if (
      !CURRENCIES.includes(currency) ||
      price.price_list_id ||
      Number(price.min_quantity ?? 1) > 1 ||
      Number(price.rules_count ?? 0) > 0
    )
      continue
    const amount = Number(price.amount)
    if (!Number.isFinite(amount)) continue
    const range = ranges[currency]
    ranges[currency] = range
      ? { min: Math.min(range.min, amount), max: Math.max(range.max, amount) }
      : { min: amount, max: amount }
  }
  return ranges
}

/**
 * Published catalogue products. Courses and workshop seats are Medusa products too but are found
 * as courses; drafts (a pool's hidden raw material) and products of makers who are not active
 * are left out, as the store leaves them out.
 */
export const productSource: DocumentSource = {
  type: "product",
  module: "product",
  page: (container, offset, limit) => pageOfIds(container, "product", offset, limit),
  async build(container: Container, ids: string[]) {
    if (!ids.length) return []
    // @dharavi/seller-access answers untyped rows: these are the fields PRODUCT_FIELDS and SELLER_FIELDS ask for.
    const products = (await graphWithSeller(
      container,
      { entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } },
      SELLER_FIELDS
    )) as ProductRow[]
    const wholesaleIds = await wholesaleProducts(container, ids)
    return products
      .filter(
        (p) => p.status === "published" && !p.metadata?.skill_school && (!p.seller || p.seller.status === "active")
      )
      .map((p): SearchDocumentInput => {
        const tr = p.metadata?.i18n ?? {}
        const categories = (p.categories ?? []).filter((c): c is CategoryRow => Boolean(c))
        const crafts: string[] = p.seller?.crafts ?? []
        return {
          type: "product",
          ref_id: p.id,
          handle: p.handle,
          title: p.title,
          title_i18n: i18n(tr.hi?.title, tr.mr?.title),
          subtitle: p.seller?.name ?? null,
          body: [p.subtitle, p.description, tr.hi?.description, tr.mr?.description].filter(Boolean).join("\n") || null,
          keywords: [
            ...(p.tags ?? []).map((t) => t?.value ?? ""),
            ...categories.flatMap((c) => [
              allLanguages({ hi: c.metadata?.i18n?.hi?.name, mr: c.metadata?.i18n?.mr?.name }) ?? "",
            ]),
            p.collection?.title ?? "",
            ...craftWords(crafts),
          ].filter(Boolean),
          categories: categories.map((c) => c.handle),
          category_labels: Object.fromEntries(categories.map((c) => [c.handle, c.name])),
          crafts,
          area: p.seller?.area ?? null,
          languages: [],
          prices: retailRanges(p.variants ?? []),
          wholesale: wholesaleIds.has(p.id),
          thumbnail: p.thumbnail ?? null,
          data: p.seller ? { maker_handle: p.seller.handle } : {},
        }
      })
  },
}

/** Products with wholesale terms on a variant, when the wholesale plugin is installed. */
async function wholesaleProducts(container: Container, ids: string[]): Promise<Set<string>> {
  if (!container.hasRegistration?.("wholesale")) return new Set()
  const terms = await graph<{ product_id: string }>(container, {
    entity: "wholesale_terms",
    fields: ["product_id"],
    filters: { product_id: ids },
  })
  return new Set(terms.map((t) => t.product_id))
}
