import { formatMoney, formatNumber, numberLocale } from "../money"

// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ")

describe("formatMoney", () => {
  test("INR in English uses the rupee sign and Indian grouping, no decimals for whole amounts", () => {
    expect(plain(formatMoney(1499, "inr", "en"))).toBe("₹1,499")
    expect(plain(formatMoney(149999, "inr", "en"))).toBe("₹1,49,999")
  })

  test("amounts are major units (Medusa v2): 1499 is ₹1,499, not ₹14.99", () => {
    expect(plain(formatMoney(1499, "INR", "en"))).not.toContain("14.99")
  })

  test("fractions keep two decimals", () => {
    expect(plain(formatMoney(19.5, "usd", "en"))).toBe("$19.50")
    expect(plain(formatMoney(1234.567, "eur", "en"))).toBe("€1,234.57")
  })

  test("USD and EUR use their own symbols", () => {
    expect(plain(formatMoney(19, "usd", "en"))).toBe("$19")
    expect(plain(formatMoney(18, "eur", "en"))).toBe("€18")
  })

  test("Hindi uses the rupee sign with Latin digits", () => {
    expect(plain(formatMoney(2499, "inr", "hi"))).toBe("₹2,499")
  })

  test("Marathi uses Devanagari digits", () => {
    expect(plain(formatMoney(1499, "inr", "mr"))).toBe("₹१,४९९")
    expect(plain(formatMoney(18, "eur", "mr"))).toContain("€")
  })

  test("accepts strings and missing values", () => {
    expect(plain(formatMoney("799", "inr", "en"))).toBe("₹799")
    expect(plain(formatMoney(null, "inr", "en"))).toBe("₹0")
    expect(plain(formatMoney("not a number", "inr", "en"))).toBe("₹0")
  })

  test("numberLocale maps UI languages to Indian locales", () => {
    expect(numberLocale("en")).toBe("en-IN")
    expect(numberLocale("hi")).toBe("hi-IN")
    expect(numberLocale("mr")).toBe("mr-IN")
  })

  test("formatNumber follows the language's digits", () => {
    expect(formatNumber(3, "en")).toBe("3")
    expect(formatNumber(3, "mr")).toBe("३")
  })
})
