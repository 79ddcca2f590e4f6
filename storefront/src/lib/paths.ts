import { isAppLocale, type AppLocale } from "@/i18n/locales"

/** The same page in another language: /hi/products/x -> /mr/products/x. */
export function swapLocale(pathname: string, locale: AppLocale): string {
  const clean = pathname.startsWith("/") ? pathname : `/${pathname}`
  const parts = clean.split("/")
  if (isAppLocale(parts[1])) {
    parts[1] = locale
    return parts.join("/") || `/${locale}`
  }
  return `/${locale}${clean === "/" ? "" : clean}`
}

/**
 * A same-site path to send the shopper back to after a form post, or the
 * fallback. Rejects absolute URLs, protocol-relative "//host" and backslashes.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback
  const v = value.trim()
  if (!v.startsWith("/") || v.startsWith("//") || v.includes("\\") || /[\r\n]/.test(v)) return fallback
  return v
}
