import type { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { formatNumber } from "@/lib/money"

export const PAGE_SIZE = 12

/** A 1-based page number from a search param; anything odd becomes 1. */
export function parsePage(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value
  const n = typeof raw === "string" ? Number.parseInt(raw, 10) : Number.NaN
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / pageSize))
}

export function pageOffset(page: number, pageSize = PAGE_SIZE): number {
  return (Math.max(1, page) - 1) * pageSize
}

type CatalogTranslator = Awaited<ReturnType<typeof getTranslations<"Catalog">>>

/** The `<Pagination>` labels, from the Catalog messages; `page` is the page shown (already clamped). */
export function paginationLabels(t: CatalogTranslator, page: number, totalPages: number, locale: AppLocale) {
  return {
    nav: t("pagination"),
    previous: t("previous"),
    next: t("next"),
    pageOf: t("pageOf", { page: formatNumber(page, locale), total: formatNumber(totalPages, locale) }),
  }
}
