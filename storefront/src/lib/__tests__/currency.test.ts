import {
  chooseRegion,
  currencyOfRegion,
  defaultCurrency,
  isCurrencyCode,
  normalizeCurrency,
  regionCountryCodes,
  type RegionLike,
} from "../currency"

const india: RegionLike = { id: "reg_in", currency_code: "inr", countries: [{ iso_2: "in" }] }
const international: RegionLike = {
  id: "reg_intl",
  currency_code: "usd",
  countries: ["us", "gb", "ca", "au", "ae", "sg", "jp", "nz", "za", "ch"].map((iso_2) => ({ iso_2 })),
}
const europe: RegionLike = {
  id: "reg_eu",
  currency_code: "eur",
  countries: ["de", "fr", "it", "es", "nl", "be", "at", "ie", "pt", "fi"].map((iso_2) => ({ iso_2 })),
}
const regions = [international, europe, india]

describe("currency codes", () => {
  test("INR is the default", () => {
    expect(defaultCurrency).toBe("inr")
    expect(normalizeCurrency(undefined)).toBe("inr")
    expect(normalizeCurrency("")).toBe("inr")
    expect(normalizeCurrency("gbp")).toBe("inr")
  })

  test("accepts any case and whitespace", () => {
    expect(normalizeCurrency(" USD ")).toBe("usd")
    expect(normalizeCurrency("Eur")).toBe("eur")
    expect(isCurrencyCode("inr")).toBe(true)
    expect(isCurrencyCode("jpy")).toBe(false)
    expect(isCurrencyCode(42)).toBe(false)
  })
})

describe("chooseRegion", () => {
  test("each currency selects the region priced in it", () => {
    expect(chooseRegion(regions, "inr")?.id).toBe("reg_in")
    expect(chooseRegion(regions, "usd")?.id).toBe("reg_intl")
    expect(chooseRegion(regions, "eur")?.id).toBe("reg_eu")
  })

  test("unknown or missing currency falls back to India (INR)", () => {
    expect(chooseRegion(regions, "gbp")?.id).toBe("reg_in")
    expect(chooseRegion(regions, undefined)?.id).toBe("reg_in")
  })

  test("region currency codes are compared case-insensitively", () => {
    expect(chooseRegion([{ id: "x", currency_code: "USD" }], "usd")?.id).toBe("x")
  })

  test("with two regions in one currency, the one serving more countries wins", () => {
    const small: RegionLike = { id: "reg_usd_small", currency_code: "usd", countries: [{ iso_2: "us" }] }
    expect(chooseRegion([small, international], "usd")?.id).toBe("reg_intl")
  })

  test("without an INR region, an unknown currency gets the first region", () => {
    expect(chooseRegion([europe, international], "xyz")?.id).toBe("reg_eu")
  })

  test("no regions, no choice", () => {
    expect(chooseRegion([], "inr")).toBeNull()
  })
})

describe("region helpers", () => {
  test("currencyOfRegion", () => {
    expect(currencyOfRegion(europe)).toBe("eur")
    expect(currencyOfRegion(null)).toBe("inr")
  })

  test("regionCountryCodes lists lower-case ISO codes, sorted", () => {
    expect(regionCountryCodes(india)).toEqual(["in"])
    expect(
      regionCountryCodes({
        id: "r",
        currency_code: "usd",
        countries: [{ iso_2: "US" }, { iso_2: "GB" }, { iso_2: null }],
      })
    ).toEqual(["gb", "us"])
    expect(regionCountryCodes(undefined)).toEqual([])
  })
})
