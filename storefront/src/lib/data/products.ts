import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { medusa } from "../medusa"
import { PAGE_SIZE, pageOffset } from "../pagination"

const LIST_FIELDS = "id,title,handle,thumbnail,metadata,*variants.calculated_price,+variants.inventory_quantity"
const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,metadata,material,*images,*options,*options.values," +
  "*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,*categories,*collection"

export type ProductPage = { products: HttpTypes.StoreProduct[]; count: number }

export type ProductFilter = {
  regionId: string
  page?: number
  limit?: number
  categoryId?: string
  collectionId?: string
}

export async function listProducts(filter: ProductFilter): Promise<ProductPage> {
  const limit = filter.limit ?? PAGE_SIZE
  const { products, count } = await medusa().store.product.list({
    region_id: filter.regionId,
    limit,
    offset: pageOffset(filter.page ?? 1, limit),
    fields: LIST_FIELDS,
    order: "created_at",
    ...(filter.categoryId ? { category_id: [filter.categoryId] } : {}),
    ...(filter.collectionId ? { collection_id: [filter.collectionId] } : {}),
  })
  return { products, count }
}

export const getProductByHandle = cache(
  async (handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await medusa().store.product.list({
      handle,
      region_id: regionId,
      limit: 1,
      fields: DETAIL_FIELDS,
    })
    return products[0] ?? null
  },
)

export async function getProductById(id: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await medusa().store.product.list({
    id: [id],
    region_id: regionId,
    limit: 1,
    fields: DETAIL_FIELDS,
  })
  return products[0] ?? null
}

/** The lowest calculated price among a product's variants, for "from ₹…" on cards. */
export function lowestPrice(product: HttpTypes.StoreProduct): { amount: number; currency: string } | null {
  let best: { amount: number; currency: string } | null = null
  for (const v of product.variants ?? []) {
    const cp = v.calculated_price
    const amount = cp?.calculated_amount
    if (typeof amount === "number" && cp?.currency_code && (!best || amount < best.amount)) {
      best = { amount, currency: cp.currency_code }
    }
  }
  return best
}

/** Products with their category ids, for the home page (featured list and category tile pictures). */
export async function listHomeProducts(regionId: string, limit = 50): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await medusa().store.product.list({
    region_id: regionId,
    limit,
    fields: `${LIST_FIELDS},*categories`,
    order: "created_at",
  })
  return products
}
