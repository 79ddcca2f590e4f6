import type {
  PledgeBreakdown,
  PledgeStatus,
  PoolStatus,
  PoolTier,
  StorePledge,
  StorePool,
} from "@dharavi/commons/contract"

/**
 * Group buys (the commons plugin's pools) as the storefront shows them: the most a pledge could cost (as the plugin authorises it), progress toward the next
 * tier and case, time left, and the pledge form. Pure: no React, no fetch, so unit tests use it.
 */

// Pools and pledges as the commons routes answer them: the commons contract's types.
export type { PledgeBreakdown, PledgeStatus, PoolStatus, PoolTier }
export type Pool = StorePool
export type PoolProgress = StorePool["progress"]
/** `GET /store/pledges`, `GET /store/pledges/:id`: my pledge with its pool, what it costs and its order. */
export type Pledge = StorePledge

export const POOL_STATUSES: readonly PoolStatus[] = ["draft", "open", "succeeded", "failed", "settled", "cancelled"]
export const PLEDGE_STATUSES: readonly PledgeStatus[] = [
  "active",
  "withdrawn",
  "captured",
  "capture_failed",
  "released",
]
/** The system payment provider the demo regions use: authorised at once, captured at settlement. */
export const PLEDGE_PROVIDER = "pp_system_default"

const money = (n: number) => Math.round(n * 100) / 100

/** The price per unit at a total: the best tier reached (the lowest tier below every threshold). */
export function tierPrice(tiers: PoolTier[], total: number): number {
  const sorted = [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)
  let price = sorted[0]?.unit_price ?? 0
  for (const t of sorted) if (total >= t.min_quantity) price = t.unit_price
  return price
}

/** Index (in min_quantity order) of the tier a total reaches; -1 without tiers. */
export function reachedTierIndex(tiers: PoolTier[], total: number): number {
  const sorted = [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)
  let index = sorted.length ? 0 : -1
  sorted.forEach((t, i) => {
    if (total >= t.min_quantity) index = i
  })
  return index
}

/**
 * The most a pledge could cost, as the plugin authorises it (`maxPledgeCost` in the commons plugin's
 * settlement): every unit, flex included, at the highest tier price, plus the largest share of freight
 * and handling it could carry (alone at the minimum when split by quantity, or all of it when split
 * equally and nobody else joins).
 */
export function maxPledgeCost(
  quantity: number,
  flex: number,
  pool: Pick<Pool, "tiers" | "min_quantity" | "freight_cost" | "handling_cost" | "cost_split">
): number {
  const units = quantity + flex
  if (units <= 0 || !pool.tiers.length) return 0
  const highest = Math.max(...pool.tiers.map((t) => t.unit_price))
  const costs = pool.freight_cost + pool.handling_cost
  const share = pool.cost_split === "equal" ? costs : (costs * units) / Math.max(units, pool.min_quantity)
  return money(units * highest + share)
}

/**
 * Where the progress bar stands: the firm total against a goal (the minimum until it is reached, then
 * the next tier, then the maximum), as a 0–100 percentage.
 */
export function progressGoal(pool: Pick<Pool, "min_quantity" | "max_quantity" | "progress">): {
  goal: number
  kind: "minimum" | "tier" | "maximum"
  percent: number
} {
  const { pledged, next_tier } = pool.progress
  const [goal, kind] =
    pledged < pool.min_quantity
      ? ([pool.min_quantity, "minimum"] as const)
      : next_tier
        ? ([next_tier.min_quantity, "tier"] as const)
        : ([pool.max_quantity, "maximum"] as const)
  const percent = goal > 0 ? Math.max(0, Math.min(100, Math.round((pledged / goal) * 100))) : 100
  return { goal, kind, percent }
}

/** Percent of the current case already filled (100 when the cases are whole or the pool counts units). */
export function casePercent(pool: Pick<Pool, "case_size" | "progress">): number {
  if (pool.case_size <= 1) return 100
  const inCase = pool.progress.pledged % pool.case_size
  return inCase === 0 ? (pool.progress.pledged > 0 ? 100 : 0) : Math.round((inCase / pool.case_size) * 100)
}

export type TimeLeft =
  | { kind: "closed" }
  | { kind: "days"; days: number; hours: number }
  | { kind: "hours"; hours: number; minutes: number }
  | { kind: "minutes"; minutes: number }

/** Time until a pool closes, in the largest units that matter. */
export function timeLeft(closesAt: string | Date, now: Date = new Date()): TimeLeft {
  const ms = new Date(closesAt).getTime() - now.getTime()
  if (!Number.isFinite(ms) || ms <= 0) return { kind: "closed" }
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 60) return { kind: "minutes", minutes: Math.max(1, minutes) }
  const hours = Math.floor(minutes / 60)
  if (hours < 48) return { kind: "hours", hours, minutes: minutes % 60 }
  return { kind: "days", days: Math.floor(hours / 24), hours: hours % 24 }
}

/** Open pools that still take pledges come first (closing soonest first), then the decided ones. */
export function sortPools(pools: Pool[], now: Date = new Date()): { open: Pool[]; decided: Pool[] } {
  const isOpen = (p: Pool) => p.status === "open" && new Date(p.closes_at).getTime() > now.getTime()
  const open = pools.filter(isOpen).sort((a, b) => new Date(a.closes_at).getTime() - new Date(b.closes_at).getTime())
  const decided = pools
    .filter((p) => !isOpen(p))
    .sort((a, b) => new Date(b.closes_at).getTime() - new Date(a.closes_at).getTime())
  return { open, decided }
}

/** What became of a pool, for its outcome line. */
export type PoolOutcome = "open" | "closing" | "succeeded" | "failed" | "cancelled"
export function poolOutcome(pool: Pick<Pool, "status" | "closes_at">, now: Date = new Date()): PoolOutcome {
  switch (pool.status) {
    case "succeeded":
    case "settled":
      return "succeeded"
    case "failed":
      return "failed"
    case "cancelled":
      return "cancelled"
    default:
      return new Date(pool.closes_at).getTime() > now.getTime() ? "open" : "closing"
  }
}

/** The live pledge (not withdrawn) among mine for a pool. */
export function livePledgeFor(pledges: Pledge[], poolId: string): Pledge | null {
  return pledges.find((p) => p.pool?.id === poolId && p.status !== "withdrawn") ?? null
}

export type PledgeForm = { quantity: number; flex_quantity: number }
export type PledgeFormError = "quantity" | "flex" | "too_many"

/** Reads the pledge form (Devanagari digits accepted): whole units, at least one firm, flex optional. */
export function parsePledgeForm(
  input: { quantity: string; flex_quantity: string },
  room: number
): { ok: true; value: PledgeForm } | { ok: false; error: PledgeFormError } {
  const quantity = wholeNumber(input.quantity)
  const flexText = input.flex_quantity.trim()
  const flex = flexText === "" ? 0 : wholeNumber(flexText)
  if (quantity === null || quantity < 1) return { ok: false, error: "quantity" }
  if (flex === null || flex < 0) return { ok: false, error: "flex" }
  if (quantity > room) return { ok: false, error: "too_many" }
  return { ok: true, value: { quantity, flex_quantity: flex } }
}

function wholeNumber(text: string): number | null {
  const ascii = text.trim().replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966))
  if (!/^\d{1,7}$/.test(ascii)) return null
  return Number(ascii)
}

/** A pool's description in the UI language, else English, else any. */
export function poolDescription(
  pool: Pick<Pool, "description">,
  locale: string
): { text: string; lang: string } | null {
  const d = pool.description ?? {}
  for (const lang of [locale, "en", "hi", "mr"]) {
    const text = (d as Record<string, string | undefined>)[lang]
    if (text && text.trim()) return { text, lang }
  }
  return null
}
