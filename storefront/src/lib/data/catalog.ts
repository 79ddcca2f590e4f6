import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { backendUrl } from "../config"
import { medusa } from "../medusa"

const TTL_MS = 60 * 1000
let categoriesMemo: { at: number; key: string; list: HttpTypes.StoreProductCategory[] } | null = null

/** Top-level categories for the header and home tiles (kept for a minute). */
export async function listCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const key = backendUrl()
  if (categoriesMemo && categoriesMemo.key === key && Date.now() - categoriesMemo.at < TTL_MS) {
    return categoriesMemo.list
  }
  const { product_categories } = await medusa().store.category.list({
    fields: "id,name,handle,description,metadata,rank,parent_category_id",
    parent_category_id: "null",
    limit: 50,
  })
  const list = [...product_categories].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
  categoriesMemo = { at: Date.now(), key, list }
  return list
}

export const getCategoryByHandle = cache(async (handle: string): Promise<HttpTypes.StoreProductCategory | null> => {
  const { product_categories } = await medusa().store.category.list({
    handle,
    fields: "id,name,handle,description,metadata",
    limit: 1,
  })
  return product_categories[0] ?? null
})

export const getCollectionByHandle = cache(async (handle: string): Promise<HttpTypes.StoreCollection | null> => {
  const { collections } = await medusa().store.collection.list({
    handle,
    fields: "id,title,handle,metadata",
    limit: 1,
  })
  return collections[0] ?? null
})

export async function listCollections(): Promise<HttpTypes.StoreCollection[]> {
  const { collections } = await medusa().store.collection.list({ fields: "id,title,handle,metadata", limit: 50 })
  return collections
}
