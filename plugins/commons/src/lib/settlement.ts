/**
 * Group-buy arithmetic, as pure functions: which tier a total reaches, how flex quantities fill the
 * last case, how shared costs split, and the most a pledge could cost (what its payment authorises).
 * Quantities are whole units (plain integers); every amount of money is summed, shared and rounded
 * with Medusa's MathBN (BigNumber), never as floats, and is a number only at the edge.
 */
import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

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
export type Allocation = {
  id: string
  allocated_quantity: number
  unit_price: number
  cost_share: number
  amount_due: number
}

/** Rounds to the paisa (cent), half up, and gives the number the wire and Medusa's inputs take. */
export const money = (n: BigNumberInput) => MathBN.convert(n, 2).toNumber()
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
  const ordered = [...pledges].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id)
  )
  for (const p of ordered) {
    if (needed === 0) break
    const take = Math.min(p.flex_quantity, needed)
    if (take > 0) extra.set(p.id, take)
    needed -= take
  }
  return extra
}

/**
 * Shared freight and handling split across pledgers, each share rounded to the paisa; the paise left
 * over by rounding go to the largest pledger, so the shares add up to the total exactly.
 */
export function costShares(
  allocated: { id: string; quantity: number }[],
  total: BigNumberInput,
  split: "quantity" | "equal"
): Map<string, number> {
  const shares = new Map<string, number>()
  const units = allocated.reduce((s, a) => s + a.quantity, 0)
  if (!allocated.length || !MathBN.gt(total, 0)) {
    for (const a of allocated) shares.set(a.id, 0)
    return shares
  }
  for (const a of allocated) {
    const share =
      split === "equal" ? MathBN.div(total, allocated.length) : MathBN.div(MathBN.mult(total, a.quantity), units)
    shares.set(a.id, money(share))
  }
  const drift = MathBN.convert(MathBN.sub(total, MathBN.sum(...shares.values())), 2)
  if (!drift.isZero()) {
    const largest = [...allocated].sort((x, y) => y.quantity - x.quantity)[0]
    shares.set(largest.id, money(MathBN.add(shares.get(largest.id)!, drift)))
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
  const shares = costShares(
    allocated,
    MathBN.convert(MathBN.add(terms.freight_cost, terms.handling_cost), 2),
    terms.cost_split
  )
  return {
    status: "succeeded",
    total,
    unit_price,
    allocations: allocated.map((a) => {
      const cost_share = shares.get(a.id) ?? 0
      return {
        id: a.id,
        allocated_quantity: a.quantity,
        unit_price,
        cost_share,
        amount_due: money(MathBN.add(MathBN.mult(unit_price, a.quantity), cost_share)),
      }
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
  const highest = MathBN.max(...terms.tiers.map((t) => t.unit_price))
  const costs = MathBN.add(terms.freight_cost, terms.handling_cost)
  const share =
    terms.cost_split === "equal" ? costs : MathBN.div(MathBN.mult(costs, units), Math.max(units, terms.min_quantity))
  return money(MathBN.add(MathBN.mult(highest, units), share))
}

/** The sum of some amounts, to the paisa (reports, captures). */
export const sumMoney = (amounts: BigNumberInput[]) => money(MathBN.sum(...amounts))

/** A pledge's goods at its unit price, to the paisa. */
export const goodsOf = (units: BigNumberInput, unitPrice: BigNumberInput) => money(MathBN.mult(units, unitPrice))
