import { LEVELS, TRADES, TRADE_CODES, isTrade, levelRank, tradeCatalogue, tradeName } from "../trades"

describe("trades", () => {
  it("has unique codes and names in English, Hindi and Marathi for every trade", () => {
    expect(new Set(TRADE_CODES).size).toBe(TRADES.length)
    for (const t of TRADES) {
      expect(t.code).toMatch(/^[a-z_]+$/)
      expect(t.names.en.length).toBeGreaterThan(2)
      // Devanagari for Hindi and Marathi
      expect(t.names.hi).toMatch(/[\u0900-\u097F]/)
      expect(t.names.mr).toMatch(/[\u0900-\u097F]/)
    }
  })

  it("covers Dharavi's trades", () => {
    for (const code of [
      "leather_cutting",
      "leather_stitching",
      "zari_embroidery",
      "pottery",
      "screen_printing",
      "tailoring",
      "recycling_sorting",
    ]) {
      expect(isTrade(code)).toBe(true)
    }
    expect(isTrade("rocket_science")).toBe(false)
  })

  it("names a trade in a language, falling back to English, and an unknown code as itself", () => {
    expect(tradeName("pottery", "hi")).toBe("मिट्टी के बर्तन (चाक)")
    expect(tradeName("pottery", "mr")).toBe("कुंभारकाम (चाक)")
    expect(tradeName("pottery", "fr")).toBe("Pottery (wheel)")
    expect(tradeName("unknown")).toBe("unknown")
  })

  it("orders levels learner < skilled < master; unknown levels rank lowest", () => {
    expect(LEVELS.map((l) => l.code)).toEqual(["learner", "skilled", "master"])
    expect(levelRank("learner")).toBeLessThan(levelRank("skilled"))
    expect(levelRank("skilled")).toBeLessThan(levelRank("master"))
    expect(levelRank("guru")).toBe(0)
  })

  it("publishes the catalogue for the storefront", () => {
    const c = tradeCatalogue()
    expect(c.trades).toHaveLength(TRADES.length)
    expect(c.levels.map((l) => l.code)).toEqual(["learner", "skilled", "master"])
    expect(c.trades[0]).toEqual({ code: TRADES[0].code, group: TRADES[0].group, names: TRADES[0].names })
  })
})
