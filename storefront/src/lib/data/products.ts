import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders } from "../cookies"
import { medusa } from "../medusa"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type { PublicSeller } from "../sellers"

/** Cards show the maker's name; the marketplace plugin allows these public seller fields on product routes. */
const LIST_FIELDS =
  "id,title,handle,thumbnail,metadata,*variants.calculated_price,+variants.inventory_quantity,+seller.name,+seller.handle"
const DETAIL_FIELDS =
  "id,title,subtitle,handle,description,thumbnail,metadata,material,*images,*options,*options.values," +
  "*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,*categories,*collection," +
  "+seller.id,+seller.handle,+seller.name,+seller.kind,+seller.photo_url,+seller.story,+seller.crafts,+seller.area"

/**
 * Products are priced for the shopper: a logged-in customer's token goes with every product request, so
 * Medusa applies their customer groups' price lists (wholesale buyers, co-op members). Guests send no
 * token. Nothing here is cached across requests (React's `cache` lasts one render), so one customer's
 * prices never reach another.
 */

/** A store product with its maker (present when the product belongs to a seller). */
export type ProductWithSeller = HttpTypes.StoreProduct & { seller?: PublicSeller | null }

export function sellerOf(product: HttpTypes.StoreProduct): PublicSeller | null {
  const seller = (product as ProductWithSeller).seller
  return seller && typeof seller === "object" && seller.handle ? seller : null
}

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
  const { products, count } = await medusa().store.product.list(
    {
      region_id: filter.regionId,
      limit,
      offset: pageOffset(filter.page ?? 1, limit),
      fields: LIST_FIELDS,
      order: "created_at",
      ...(filter.categoryId ? { category_id: [filter.categoryId] } : {}),
      ...(filter.collectionId ? { collection_id: [filter.collectionId] } : {}),
    },
    await authHeaders()
  )
  return { products, count }
}

export const getProductByHandle = cache(
  async (handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> => {
    const { products } = await medusa().store.product.list(
      {
        handle,
        region_id: regionId,
        limit: 1,
        fields: DETAIL_FIELDS,
      },
      await authHeaders()
    )
    return products[0] ?? null
  }
)

export async function getProductById(id: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await medusa().store.product.list(
    {
      id: [id],
      region_id: regionId,
      limit: 1,
      fields: DETAIL_FIELDS,
    },
    await authHeaders()
  )
  return products[0] ?? null
}

/** Products by id (a maker's page), in the order of the ids. */
export async function listProductsByIds(ids: string[], regionId: string): Promise<HttpTypes.StoreProduct[]> {
  if (!ids.length) return []
  const { products } = await medusa().store.product.list(
    {
      id: ids,
      region_id: regionId,
      limit: ids.length,
      fields: LIST_FIELDS,
    },
    await authHeaders()
  )
  const position = new Map(ids.map((id, i) => [id, i]))
  return [...products].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
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
  const { products } = await medusa().store.product.list(
    {
      region_id: regionId,
      limit,
      fields: `${LIST_FIELDS},*categories`,
      order: "created_at",
    },
    await authHeaders()
  )
  return products
}
