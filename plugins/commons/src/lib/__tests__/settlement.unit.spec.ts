import { allocateFlex, costShares, maxPledgeCost, nextTier, settle, tierPrice, type PoolTerms } from "../settlement"

const terms: PoolTerms = {
  tiers: [
    { min_quantity: 0, unit_price: 400 },
    { min_quantity: 100, unit_price: 350 },
    { min_quantity: 200, unit_price: 300 },
  ],
  case_size: 10,
  min_quantity: 50,
  max_quantity: 250,
  freight_cost: 900,
  handling_cost: 100,
  cost_split: "quantity",
}
const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 10, n))

describe("group-buy settlement", () => {
  it("prices the total at the best tier it reaches, and names the next one", () => {
    expect(tierPrice(terms.tiers, 99)).toBe(400)
    expect(tierPrice(terms.tiers, 100)).toBe(350)
    expect(tierPrice(terms.tiers, 250)).toBe(300)
    expect(nextTier(terms.tiers, 96)).toEqual({ min_quantity: 100, unit_price: 350, missing: 4 })
    expect(nextTier(terms.tiers, 200)).toBeNull()
  })

  it("fills the last case with flex quantities, first come first used, never past the maximum", () => {
    const pledges = [
      { id: "a", quantity: 40, flex_quantity: 5, created_at: at(1) },
      { id: "b", quantity: 33, flex_quantity: 4, created_at: at(2) },
      { id: "c", quantity: 20, flex_quantity: 0, created_at: at(3) },
    ]
    // 93 firm: 7 more make 10 whole cases; a gives 5, b gives 2.
    expect([...allocateFlex(pledges, 10, 250)]).toEqual([
      ["a", 5],
      ["b", 2],
    ])
    // Not enough flex to finish the case: none is used.
    expect(allocateFlex([{ id: "a", quantity: 41, flex_quantity: 3, created_at: at(1) }], 10, 250).size).toBe(0)
    // The maximum caps the target.
    expect(allocateFlex([{ id: "a", quantity: 243, flex_quantity: 9, created_at: at(1) }], 10, 245).size).toBe(0)
    expect(allocateFlex([{ id: "a", quantity: 40, flex_quantity: 9, created_at: at(1) }], 10, 250).size).toBe(0)
  })

  it("splits shared costs by quantity or equally, to the paisa", () => {
    const shares = costShares(
      [
        { id: "a", quantity: 1 },
        { id: "b", quantity: 1 },
        { id: "c", quantity: 1 },
      ],
      100,
      "quantity"
    )
    expect([...shares.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(100, 10)
    expect(shares.get("a")).toBeCloseTo(33.34, 10)
    expect([
      ...costShares(
        [
          { id: "a", quantity: 30 },
          { id: "b", quantity: 10 },
        ],
        1000,
        "equal"
      ).values(),
    ]).toEqual([500, 500])
    expect([
      ...costShares(
        [
          { id: "a", quantity: 30 },
          { id: "b", quantity: 10 },
        ],
        1000,
        "quantity"
      ).values(),
    ]).toEqual([750, 250])
  })

  it("fails below the minimum; otherwise everyone pays the best tier reached plus their share", () => {
    expect(settle([{ id: "a", quantity: 49, flex_quantity: 10, created_at: at(1) }], terms)).toEqual({
      status: "failed",
      total: 49,
      allocations: [],
    })
    const outcome = settle(
      [
        { id: "a", quantity: 60, flex_quantity: 0, created_at: at(1) },
        { id: "b", quantity: 36, flex_quantity: 10, created_at: at(2) },
      ],
      terms
    )
    // 96 firm + 4 flex = 100: the 350 tier for everyone.
    expect(outcome).toEqual({
      status: "succeeded",
      total: 100,
      unit_price: 350,
      allocations: [
        { id: "a", allocated_quantity: 60, unit_price: 350, cost_share: 600, amount_due: 21600 },
        { id: "b", allocated_quantity: 40, unit_price: 350, cost_share: 400, amount_due: 14400 },
      ],
    })
  })

  it("authorises the most a pledge could cost, never less than what settlement captures", () => {
    expect(maxPledgeCost(10, 0, terms)).toBe(10 * 400 + 1000 * (10 / 50))
    expect(maxPledgeCost(80, 0, terms)).toBe(80 * 400 + 1000)
    expect(maxPledgeCost(10, 0, { ...terms, cost_split: "equal" })).toBe(10 * 400 + 1000)
    // Random pools: every captured amount fits its authorisation.
    for (let run = 0; run < 200; run++) {
      const pledges = Array.from({ length: 1 + (run % 7) }, (_, i) => ({
        id: `p${i}`,
        quantity: 1 + ((run * 13 + i * 7) % 60),
        flex_quantity: (run + i) % 6,
        created_at: at(i),
      }))
      const split = run % 2 ? "equal" : "quantity"
      const outcome = settle(pledges, { ...terms, cost_split: split })
      if (outcome.status !== "succeeded") continue
      for (const a of outcome.allocations) {
        const p = pledges.find((x) => x.id === a.id)!
        expect(a.amount_due).toBeLessThanOrEqual(
          maxPledgeCost(p.quantity, p.flex_quantity, { ...terms, cost_split: split }) + 0.01
        )
      }
    }
  })

  it("keeps every ledger to the paisa: shares add up to the costs exactly, amounts due to goods plus share", () => {
    const paise = (n: number) => Math.round(n * 100)
    for (const total of [1000.01, 999.99, 0.05, 1234.56]) {
      for (const split of ["quantity", "equal"] as const) {
        const shares = costShares(
          [
            { id: "a", quantity: 7 },
            { id: "b", quantity: 3 },
            { id: "c", quantity: 1 },
          ],
          total,
          split
        )
        expect([...shares.values()].reduce((s, v) => s + paise(v), 0)).toBe(paise(total))
        // Each share is a whole number of paise.
        for (const v of shares.values()) expect(v).toBe(Number(v.toFixed(2)))
      }
    }
    const outcome = settle(
      [
        { id: "a", quantity: 33, flex_quantity: 0, created_at: at(1) },
        { id: "b", quantity: 34, flex_quantity: 0, created_at: at(2) },
      ],
      { ...terms, freight_cost: 100.01, handling_cost: 0 }
    )
    if (outcome.status !== "succeeded") throw new Error("expected a success")
    expect(outcome.allocations.reduce((s, a) => s + paise(a.cost_share), 0)).toBe(10001)
    for (const a of outcome.allocations)
      expect(paise(a.amount_due)).toBe(a.allocated_quantity * paise(a.unit_price) + paise(a.cost_share))
  })
})
