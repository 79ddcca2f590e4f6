import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { backendUrl } from "../config"
import { chooseRegion } from "../currency"
import { getCurrency } from "../cookies"
import { medusa } from "../medusa"

const TTL_MS = 5 * 60 * 1000
let memo: { key: string; at: number; regions: HttpTypes.StoreRegion[] } | null = null

/** All regions with their countries. Regions rarely change: kept in memory for five minutes. */
export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const key = backendUrl()
  if (memo && memo.key === key && Date.now() - memo.at < TTL_MS) return memo.regions
  const { regions } = await medusa().store.region.list({
    fields: "id,name,currency_code,*countries",
    limit: 50,
  })
  memo = { key, at: Date.now(), regions }
  return regions
}

/** The region for the shopper's currency cookie (INR/India by default). */
export const getCurrentRegion = cache(async (): Promise<HttpTypes.StoreRegion | null> => {
  const [regions, currency] = await Promise.all([listRegions(), getCurrency()])
  return chooseRegion(regions, currency)
})
