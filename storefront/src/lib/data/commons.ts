import { cache } from "react"
import { authHeaders, getAuthToken } from "../cookies"
import { medusa } from "../medusa"
import type { Pledge, Pool, PoolStatus } from "../commons"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type { ManagedPool } from "../seller-pools"
import { nullIfNotFound, unlessRefused } from "./errors"
import { vendorFetch } from "./vendor"
import type {
  PoolsResponse,
  StorePledgesResponse,
  StorePoolResponse,
  StorePoolsResponse,
} from "@dharavi/commons/contract"

/**
 * The commons plugin's group buys: public pools (`/store/pools`, publishable key only), the
 * logged-in customer's pledges (`/store/pledges`, their token from the httpOnly cookie), and the pools
 * a seller manages (`/vendors/sellers/:id/pools`, the seller's token).
 */

export async function listPools(): Promise<Pool[]> {
  const { pools } = await medusa().client.fetch<StorePoolsResponse>("/store/pools", { query: { limit: 50 } })
  return pools ?? []
}

export const getPool = cache(async (idOrHandle: string): Promise<Pool | null> => {
  const found = await nullIfNotFound(() =>
    medusa().client.fetch<StorePoolResponse>(`/store/pools/${encodeURIComponent(idOrHandle)}`)
  )
  return found?.pool ?? null
})

/** My pledges, newest first; null for guests (or when the token is no longer good). */
export const listMyPledges = cache(async (): Promise<Pledge[] | null> => {
  if (!(await getAuthToken())) return null
  const headers = await authHeaders()
  return unlessRefused(
    async () => (await medusa().client.fetch<StorePledgesResponse>("/store/pledges", { headers })).pledges ?? [],
    null
  )
})

// --- The seller's own pools (/vendors/sellers/:id/pools, the seller's token) -------------------

const sellerPools = (sellerId: string, rest = "") => `/vendors/sellers/${encodeURIComponent(sellerId)}/pools${rest}`

/** The pools a seller manages, newest first. */
export async function listSellerPools(
  sellerId: string,
  page = 1,
  status: PoolStatus | null = null,
  limit = PAGE_SIZE
): Promise<{ pools: Pool[]; count: number }> {
  const { pools, count } = await vendorFetch<PoolsResponse>(sellerPools(sellerId), {
    query: { limit, offset: pageOffset(page, limit), ...(status ? { status } : {}) },
  })
  return { pools: pools ?? [], count: count ?? 0 }
}

/** One of the seller's pools with its pledges and settlement report; null when it is not theirs. */
export async function getSellerPool(sellerId: string, poolId: string): Promise<ManagedPool | null> {
  return nullIfNotFound(() => vendorFetch<ManagedPool>(sellerPools(sellerId, `/${encodeURIComponent(poolId)}`)))
}
