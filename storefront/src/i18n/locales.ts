/** The UI languages, with no dependency on next-intl (so plain unit tests can import it). */
export const locales = ["en", "hi", "mr"] as const
export type AppLocale = (typeof locales)[number]
export const defaultLocale: AppLocale = "en"

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value)
}

/** The locale from a route segment, or the default one when it is not ours. */
export function toAppLocale(value: unknown): AppLocale {
  return isAppLocale(value) ? value : defaultLocale
}
