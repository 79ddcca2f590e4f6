/**
 * Group-buy arithmetic, as pure functions: which tier a total reaches, how flex quantities fill the
 * last case, how shared costs split, and the most a pledge could cost (what its payment authorises).
 */

export type Tier = { min_quantity: number; unit_price: number }
export type PoolTerms = {
  tiers: Tier[]
  case_size: number
  min_quantity: number
  max_quantity: number
  freight_cost: number
  handling_cost: number
  cost_split: "quantity" | "equal"
}
export type PledgeIn = { id: string; quantity: number; flex_quantity: number; created_at: Date | string }
export type Allocation = { id: string; allocated_quantity: number; unit_price: number; cost_share: number; amount_due: number }

/** Rounds to the paisa (cent). */
export const money = (n: number) => Math.round(n * 100) / 100
const byMin = (tiers: Tier[]) => [...tiers].sort((a, b) => a.min_quantity - b.min_quantity)

/** The price per unit at a total: the best tier reached (the first tier below every threshold). */
export function tierPrice(tiers: Tier[], total: number): number {
  const sorted = byMin(tiers)
  let price = sorted[0].unit_price
  for (const t of sorted) if (total >= t.min_quantity) price = t.unit_price
  return price
}

/** The next tier above `total`, if any: for "n more to unlock ₹x" on the progress bar. */
export function nextTier(tiers: Tier[], total: number): (Tier & { missing: number }) | null {
  const t = byMin(tiers).find((x) => x.min_quantity > total)
  return t ? { ...t, missing: t.min_quantity - total } : null
}

/**
 * Flex quantities top the firm total up to the next whole case (never past the pool's maximum),
 * taken from pledges in the order they came. If flex cannot complete the case, none is used: a
 * half-filled case helps nobody.
 */
export function allocateFlex(pledges: PledgeIn[], caseSize: number, maxQuantity: number): Map<string, number> {
  const firm = pledges.reduce((s, p) => s + p.quantity, 0)
  const extra = new Map<string, number>()
  if (caseSize <= 1 || firm % caseSize === 0) return extra
  const target = Math.min(Math.ceil(firm / caseSize) * caseSize, maxQuantity)
  let needed = target - firm
  const flexTotal = pledges.reduce((s, p) => s + p.flex_quantity, 0)
  if (needed <= 0 || flexTotal < needed || target % caseSize !== 0) return extra
  const ordered = [...pledges].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
  for (const p of ordered) {
    if (needed === 0) break
    const take = Math.min(p.flex_quantity, needed)
    if (take > 0) extra.set(p.id, take)
    needed -= take
  }
  return extra
}

/** Shared freight and handling split across pledgers; cents left over by rounding go to the largest. */
export function costShares(allocated: { id: string; quantity: number }[], total: number, split: "quantity" | "equal"): Map<string, number> {
  const shares = new Map<string, number>()
  const units = allocated.reduce((s, a) => s + a.quantity, 0)
  if (!allocated.length || total <= 0) {
    for (const a of allocated) shares.set(a.id, 0)
    return shares
  }
  for (const a of allocated) shares.set(a.id, money(split === "equal" ? total / allocated.length : (total * a.quantity) / units))
  const drift = money(total - [...shares.values()].reduce((s, v) => s + v, 0))
  if (drift !== 0) {
    const largest = [...allocated].sort((x, y) => y.quantity - x.quantity)[0]
    shares.set(largest.id, money(shares.get(largest.id)! + drift))
  }
  return shares
}

export type Outcome =
  | { status: "failed"; total: number; allocations: [] }
  | { status: "succeeded"; total: number; unit_price: number; allocations: Allocation[] }

/** The pool's outcome at closing: failed below the minimum, else every pledge at the best tier reached. */
export function settle(pledges: PledgeIn[], terms: PoolTerms): Outcome {
  const firm = pledges.reduce((s, p) => s + p.quantity, 0)
  if (firm < terms.min_quantity || !pledges.length) return { status: "failed", total: firm, allocations: [] }
  const flex = allocateFlex(pledges, terms.case_size, terms.max_quantity)
  const allocated = pledges.map((p) => ({ id: p.id, quantity: p.quantity + (flex.get(p.id) ?? 0) }))
  const total = allocated.reduce((s, a) => s + a.quantity, 0)
  const unit_price = tierPrice(terms.tiers, total)
  const shares = costShares(allocated, money(terms.freight_cost + terms.handling_cost), terms.cost_split)
  return {
    status: "succeeded",
    total,
    unit_price,
    allocations: allocated.map((a) => {
      const cost_share = shares.get(a.id) ?? 0
      return { id: a.id, allocated_quantity: a.quantity, unit_price, cost_share, amount_due: money(a.quantity * unit_price + cost_share) }
    }),
  }
}

/**
 * The most a pledge can cost: all its units (flex included) at the highest tier price, plus the
 * largest cost share it could carry (alone at the minimum, or an equal split with nobody else).
 * Its payment is authorised for this, and settlement captures no more.
 */
export function maxPledgeCost(quantity: number, flex: number, terms: PoolTerms): number {
  const units = quantity + flex
  const highest = Math.max(...terms.tiers.map((t) => t.unit_price))
  const costs = terms.freight_cost + terms.handling_cost
  const share = terms.cost_split === "equal" ? costs : (costs * units) / Math.max(units, terms.min_quantity)
  return money(units * highest + share)
}
