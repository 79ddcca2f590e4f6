import { cache } from "react"
import { authHeaders, getAuthToken } from "../cookies"
import { medusa } from "../medusa"
import type { Pledge, Pool } from "../commons"
import { describe, isNotFound, isUnauthorized } from "./errors"

/**
 * The commons plugin's group buys: public pools (`/store/pools`, publishable key only) and the
 * logged-in customer's pledges (`/store/pledges`, their token from the httpOnly cookie).
 */

export async function listPools(): Promise<Pool[]> {
  const { pools } = await medusa().client.fetch<{ pools: Pool[]; count: number }>("/store/pools", { query: { limit: 50 } })
  return pools ?? []
}

export const getPool = cache(async (idOrHandle: string): Promise<Pool | null> => {
  try {
    const { pool } = await medusa().client.fetch<{ pool: Pool }>(`/store/pools/${encodeURIComponent(idOrHandle)}`)
    return pool ?? null
  } catch (error) {
    if (!isNotFound(error)) console.error("[commons] pool failed:", describe(error))
    return null
  }
})

/** My pledges, newest first; null for guests (or when the token is no longer good). */
export const listMyPledges = cache(async (): Promise<Pledge[] | null> => {
  if (!(await getAuthToken())) return null
  try {
    const { pledges } = await medusa().client.fetch<{ pledges: Pledge[] }>("/store/pledges", { headers: await authHeaders() })
    return pledges ?? []
  } catch (error) {
    if (isUnauthorized(error)) return null
    throw error
  }
})
