import type { AppLocale } from "@/i18n/locales"

/** BCP-47 tags for number formatting: Indian digit grouping (1,00,000) for every UI language. */
const numberLocales: Record<AppLocale, string> = {
  en: "en-IN",
  hi: "hi-IN",
  mr: "mr-IN",
}

export function numberLocale(locale: AppLocale): string {
  return numberLocales[locale] ?? "en-IN"
}

/**
 * Formats a Medusa v2 amount. Amounts are in major units (1499 = ₹1,499), so no
 * division. Whole amounts are shown without decimals (₹1,499), others with two.
 */
export function formatMoney(
  amount: number | string | null | undefined,
  currencyCode: string,
  locale: AppLocale
): string {
  const value = typeof amount === "string" ? Number(amount) : (amount ?? 0)
  const safe = Number.isFinite(value) ? value : 0
  const whole = Math.abs(safe - Math.round(safe)) < 1e-9
  return new Intl.NumberFormat(numberLocale(locale), {
    style: "currency",
    currency: (currencyCode || "inr").toUpperCase(),
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(safe)
}

/** Plain numbers (quantities, counts) in the UI language's digits. */
export function formatNumber(value: number, locale: AppLocale): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(value)
}
