import { cache } from "react"
import { backendUrl } from "../config"
import { medusa } from "../medusa"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type { PublicSeller } from "../sellers"
import { nullIfNotFound } from "./errors"
import type { StoreSellerResponse } from "@dharavi/marketplace/contract"

/** The maker directory and maker pages: public profiles of active sellers only. */

export type SellerFilter = { q?: string; craft?: string; page?: number; limit?: number }
export type SellerPage = { sellers: PublicSeller[]; count: number }

export async function listSellers(filter: SellerFilter = {}): Promise<SellerPage> {
  const limit = filter.limit ?? PAGE_SIZE
  const { sellers, count } = await medusa().client.fetch<SellerPage>("/store/sellers", {
    query: {
      limit,
      offset: pageOffset(filter.page ?? 1, limit),
      ...(filter.q ? { q: filter.q } : {}),
      ...(filter.craft ? { craft: filter.craft } : {}),
    },
  })
  return { sellers, count }
}

/** A maker's public profile and the ids of their published products, or null. */
export const getSellerByHandle = cache(
  async (handle: string): Promise<{ seller: PublicSeller; product_ids: string[] } | null> => {
    const found = await nullIfNotFound(() =>
      medusa().client.fetch<StoreSellerResponse>(`/store/sellers/${encodeURIComponent(handle)}`)
    )
    return found?.seller ? { seller: found.seller, product_ids: found.product_ids ?? [] } : null
  }
)

const TTL_MS = 60 * 1000
let craftsMemo: { at: number; key: string; crafts: string[] } | null = null

/** The crafts active makers list (most common first), for the directory's filter. Kept for a minute. */
export async function listMakerCrafts(): Promise<string[]> {
  const key = backendUrl()
  if (craftsMemo && craftsMemo.key === key && Date.now() - craftsMemo.at < TTL_MS) return craftsMemo.crafts
  const { sellers } = await listSellers({ limit: 100 })
  const counts = new Map<string, number>()
  for (const s of sellers) for (const c of s.crafts ?? []) counts.set(c, (counts.get(c) ?? 0) + 1)
  const crafts = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c)
  craftsMemo = { at: Date.now(), key, crafts }
  return crafts
}
