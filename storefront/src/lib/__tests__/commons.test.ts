import {
  casePercent,
  livePledgeFor,
  maxPledgeCost,
  parsePledgeForm,
  poolOutcome,
  progressGoal,
  reachedTierIndex,
  sortPools,
  tierPrice,
  timeLeft,
  type Pledge,
  type Pool,
} from "../commons"

const tiers = [
  { min_quantity: 100, unit_price: 350 },
  { min_quantity: 0, unit_price: 400 },
  { min_quantity: 200, unit_price: 300 },
]

function pool(over: Partial<Pool> = {}, pledged = 0): Pool {
  return {
    id: "pool_1",
    handle: "goat-hides-tanned",
    title: "Goat hides",
    description: null,
    product_id: "prod_1",
    variant_id: "variant_1",
    unit: "hide",
    case_size: 10,
    currency_code: "inr",
    tiers,
    min_quantity: 50,
    max_quantity: 250,
    opens_at: "2026-01-01T00:00:00Z",
    closes_at: "2026-01-10T00:00:00Z",
    fulfilment: "pickup",
    pickup_point: "Dharavi Commons Warehouse",
    freight_cost: 900,
    handling_cost: 100,
    cost_split: "quantity",
    status: "open",
    final_quantity: null,
    final_unit_price: null,
    progress: {
      pledged,
      remaining: 250 - pledged,
      reached_minimum: pledged >= 50,
      current_unit_price: tierPrice(tiers, pledged),
      next_tier: null,
      units_to_next_case: 0,
    },
    ...over,
  }
}

describe("maxPledgeCost (as the commons plugin authorises)", () => {
  it("charges every unit, flex included, at the highest price plus the largest share of the costs", () => {
    // The plugin's tests: 3 hides of 100 max, min 10 → 3×400 + 1000×3/10; 40+5 with min 50 → 45×400 + 1000×45/50.
    expect(maxPledgeCost(3, 0, { ...pool(), min_quantity: 10 })).toBe(3 * 400 + 300)
    expect(maxPledgeCost(40, 5, pool())).toBe(45 * 400 + 900)
    // Above the minimum a pledge could carry all the costs alone.
    expect(maxPledgeCost(60, 0, pool())).toBe(60 * 400 + 1000)
  })
  it("splits equally: all the costs could fall on one pledger", () => {
    expect(maxPledgeCost(5, 0, pool({ cost_split: "equal" }))).toBe(5 * 400 + 1000)
  })
  it("rounds to paise and is 0 for nothing", () => {
    expect(maxPledgeCost(1, 0, pool({ min_quantity: 3, freight_cost: 100, handling_cost: 0 }))).toBe(433.33)
    expect(maxPledgeCost(0, 0, pool())).toBe(0)
  })
})

describe("tiers and progress", () => {
  it("finds the tier reached", () => {
    expect(tierPrice(tiers, 99)).toBe(400)
    expect(tierPrice(tiers, 100)).toBe(350)
    expect(reachedTierIndex(tiers, 0)).toBe(0)
    expect(reachedTierIndex(tiers, 150)).toBe(1)
    expect(reachedTierIndex(tiers, 250)).toBe(2)
    expect(reachedTierIndex([], 5)).toBe(-1)
  })
  it("aims at the minimum, then the next tier, then the maximum", () => {
    expect(progressGoal(pool({}, 25))).toEqual({ goal: 50, kind: "minimum", percent: 50 })
    const p = pool({}, 96)
    p.progress.next_tier = { min_quantity: 100, unit_price: 350, missing: 4 }
    expect(progressGoal(p)).toEqual({ goal: 100, kind: "tier", percent: 96 })
    expect(progressGoal(pool({}, 250))).toEqual({ goal: 250, kind: "maximum", percent: 100 })
  })
  it("fills the current case", () => {
    expect(casePercent(pool({}, 96))).toBe(60)
    expect(casePercent(pool({}, 90))).toBe(100)
    expect(casePercent(pool({}, 0))).toBe(0)
    expect(casePercent(pool({ case_size: 1 }, 7))).toBe(100)
  })
})

describe("time and order", () => {
  const now = new Date("2026-01-01T00:00:00Z")
  it("says how long is left in the largest units that matter", () => {
    expect(timeLeft("2026-01-04T05:00:00Z", now)).toEqual({ kind: "days", days: 3, hours: 5 })
    expect(timeLeft("2026-01-02T03:30:00Z", now)).toEqual({ kind: "hours", hours: 27, minutes: 30 })
    expect(timeLeft("2026-01-01T00:00:20Z", now)).toEqual({ kind: "minutes", minutes: 1 })
    expect(timeLeft("2025-12-31T00:00:00Z", now)).toEqual({ kind: "closed" })
  })
  it("puts open pools first, closing soonest first, then the decided ones", () => {
    const a = pool({ id: "a", closes_at: "2026-01-05T00:00:00Z" })
    const b = pool({ id: "b", closes_at: "2026-01-03T00:00:00Z" })
    const c = pool({ id: "c", status: "settled", closes_at: "2025-12-20T00:00:00Z" })
    const d = pool({ id: "d", status: "open", closes_at: "2025-12-31T00:00:00Z" })
    const { open, decided } = sortPools([c, a, d, b], now)
    expect(open.map((p) => p.id)).toEqual(["b", "a"])
    expect(decided.map((p) => p.id)).toEqual(["d", "c"])
    expect(poolOutcome(c, now)).toBe("succeeded")
    expect(poolOutcome(d, now)).toBe("closing")
    expect(poolOutcome(a, now)).toBe("open")
    expect(poolOutcome(pool({ status: "failed" }), now)).toBe("failed")
  })
  it("finds my live pledge for a pool", () => {
    const mine = [
      { id: "p1", status: "withdrawn", pool: pool() },
      { id: "p2", status: "active", pool: pool() },
    ] as Pledge[]
    expect(livePledgeFor(mine, "pool_1")?.id).toBe("p2")
    expect(livePledgeFor(mine, "pool_2")).toBeNull()
  })
})

describe("parsePledgeForm", () => {
  it("reads whole units, flex optional, Devanagari digits too", () => {
    expect(parsePledgeForm({ quantity: "12", flex_quantity: "" }, 100)).toEqual({
      ok: true,
      value: { quantity: 12, flex_quantity: 0 },
    })
    expect(parsePledgeForm({ quantity: "१२", flex_quantity: "३" }, 100)).toEqual({
      ok: true,
      value: { quantity: 12, flex_quantity: 3 },
    })
  })
  it("refuses nothing, fractions, bad flex and more than the room left", () => {
    expect(parsePledgeForm({ quantity: "0", flex_quantity: "" }, 100)).toEqual({ ok: false, error: "quantity" })
    expect(parsePledgeForm({ quantity: "2.5", flex_quantity: "" }, 100)).toEqual({ ok: false, error: "quantity" })
    expect(parsePledgeForm({ quantity: "5", flex_quantity: "-1" }, 100)).toEqual({ ok: false, error: "flex" })
    expect(parsePledgeForm({ quantity: "101", flex_quantity: "" }, 100)).toEqual({ ok: false, error: "too_many" })
  })
})
