/**
 * Currencies the shop sells in. Medusa ties one currency to one region, so the
 * currency a shopper picks decides the region (prices, shipping, countries).
 */
export const currencies = ["inr", "usd", "eur"] as const
export type CurrencyCode = (typeof currencies)[number]
export const defaultCurrency: CurrencyCode = "inr"

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && (currencies as readonly string[]).includes(value.toLowerCase())
}

/** A supported currency from free input (cookie, form field), else the default. */
export function normalizeCurrency(value: unknown): CurrencyCode {
  if (typeof value !== "string") return defaultCurrency
  const lower = value.trim().toLowerCase()
  return isCurrencyCode(lower) ? lower : defaultCurrency
}

/** The few region fields the choice needs, so tests can pass plain objects. */
export type RegionLike = {
  id: string
  currency_code: string
  countries?: { iso_2?: string | null }[] | null
}

/**
 * The region to use for a currency: the one priced in it (if several, the one
 * serving most countries), else the region of the default currency, else the
 * first one. Null only when the backend has no regions at all.
 */
export function chooseRegion<R extends RegionLike>(regions: readonly R[], currency: unknown): R | null {
  if (!regions.length) return null
  const wanted = normalizeCurrency(currency)
  const byCurrency = (code: string) =>
    regions
      .filter((r) => r.currency_code?.toLowerCase() === code)
      .sort((a, b) => (b.countries?.length ?? 0) - (a.countries?.length ?? 0))[0]
  return byCurrency(wanted) ?? byCurrency(defaultCurrency) ?? regions[0]
}

/** The currency a region sells in, as one of ours (falls back to the default). */
export function currencyOfRegion(region: RegionLike | null | undefined): CurrencyCode {
  return normalizeCurrency(region?.currency_code)
}

/** ISO-2 country codes a region ships to, lower-case, in a stable order. */
export function regionCountryCodes(region: RegionLike | null | undefined): string[] {
  return (region?.countries ?? [])
    .map((c) => c.iso_2?.toLowerCase())
    .filter((c): c is string => Boolean(c))
    .sort()
}
