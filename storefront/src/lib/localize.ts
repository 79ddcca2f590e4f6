import type { AppLocale } from "@/i18n/locales"

type I18nEntry = { title?: unknown; description?: unknown; name?: unknown }
type WithI18n = { metadata?: Record<string, unknown> | null }

/** metadata.i18n[locale] as written by the seed, or undefined when absent/malformed. */
function entry(record: WithI18n | null | undefined, locale: AppLocale): I18nEntry | undefined {
  if (locale === "en") return undefined
  const i18n = record?.metadata?.["i18n"]
  if (!i18n || typeof i18n !== "object") return undefined
  const value = (i18n as Record<string, unknown>)[locale]
  return value && typeof value === "object" ? (value as I18nEntry) : undefined
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value : undefined
}

/** The product title in the UI language, falling back to the English title. */
export function localizedTitle(product: WithI18n & { title?: string | null }, locale: AppLocale): string {
  return text(entry(product, locale)?.title) ?? product.title ?? ""
}

/** The product description in the UI language, falling back to the English one. */
export function localizedDescription(product: WithI18n & { description?: string | null }, locale: AppLocale): string {
  return text(entry(product, locale)?.description) ?? product.description ?? ""
}

/** A category (or collection) name in the UI language, falling back to English. */
export function localizedName(
  record: WithI18n & { name?: string | null; title?: string | null },
  locale: AppLocale
): string {
  const e = entry(record, locale)
  return text(e?.name) ?? text(e?.title) ?? record.name ?? record.title ?? ""
}

/**
 * A category's description for the UI language: the translated one when the
 * seed has it, the English one only on English pages, otherwise none (better no
 * intro than English text on a Hindi or Marathi page).
 */
export function localizedCategoryDescription(
  record: WithI18n & { description?: string | null },
  locale: AppLocale
): string | undefined {
  if (locale === "en") return text(record.description)
  return text(entry(record, locale)?.description)
}
