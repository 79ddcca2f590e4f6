import { graphWithSeller } from "@dharavi/seller-access"
import type { SearchCurrency, SearchDocumentInput } from "../modules/search/types"
import { craftWords } from "./crafts"
import { allLanguages, graph, i18n, pageOfIds, type Container, type DocumentSource } from "./index"

const CURRENCIES: SearchCurrency[] = ["inr", "usd", "eur"]
const SELLER_FIELDS = ["seller.id", "seller.handle", "seller.name", "seller.area", "seller.crafts", "seller.status"]

/** The variant price fields `retailRanges` reads (prefix them to read a linked product's). */
export const PRICE_FIELDS = ["variants.prices.amount", "variants.prices.currency_code", "variants.prices.price_list_id", "variants.prices.min_quantity", "variants.prices.rules_count"]

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

/** Lowest and highest retail price per currency: base prices only (no price list, no quantity tier). */
export function retailRanges(variants: any[]): SearchDocumentInput["prices"] {
  const ranges: SearchDocumentInput["prices"] = {}
  for (const price of variants.flatMap((v) => v?.prices ?? [])) {
    const currency = String(price?.currency_code ?? "").toLowerCase() as SearchCurrency
    if (!CURRENCIES.includes(currency) || price.price_list_id || Number(price.min_quantity ?? 1) > 1 || Number(price.rules_count ?? 0) > 0) continue
    const amount = Number(price.amount)
    if (!Number.isFinite(amount)) continue
    const range = ranges[currency]
    ranges[currency] = range ? { min: Math.min(range.min, amount), max: Math.max(range.max, amount) } : { min: amount, max: amount }
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
    const products = await graphWithSeller(container, { entity: "product", fields: PRODUCT_FIELDS, filters: { id: ids } }, SELLER_FIELDS)
    const wholesaleIds = await wholesaleProducts(container, ids)
    return products
      .filter((p) => p.status === "published" && !p.metadata?.skill_school && (!p.seller || p.seller.status === "active"))
      .map((p): SearchDocumentInput => {
        const tr = (p.metadata?.i18n ?? {}) as Record<string, any>
        const categories = (p.categories ?? []).filter(Boolean)
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
            ...(p.tags ?? []).map((t: any) => t?.value).filter(Boolean),
            ...categories.flatMap((c: any) => [allLanguages({ hi: c.metadata?.i18n?.hi?.name, mr: c.metadata?.i18n?.mr?.name }) ?? ""]),
            p.collection?.title ?? "",
            ...craftWords(crafts),
          ].filter(Boolean),
          categories: categories.map((c: any) => c.handle),
          category_labels: Object.fromEntries(categories.map((c: any) => [c.handle, c.name])),
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
  const terms = await graph(container, { entity: "wholesale_terms", fields: ["product_id"], filters: { product_id: ids } })
  return new Set(terms.map((t) => t.product_id))
}
