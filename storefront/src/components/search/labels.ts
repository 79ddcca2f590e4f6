import { getTranslations } from "next-intl/server"
import { craftLabeler } from "@/components/marketplace/crafts"
import type { AppLocale } from "@/i18n/locales"
import { languageName, tidyCode } from "@/lib/courses"
import { listCategories } from "@/lib/data/catalog"
import { describe } from "@/lib/data/errors"
import type { FailureKind } from "@/lib/failures"
import { getTradesOrEmpty } from "@/lib/data/jobs"
import { tradeName } from "@/lib/jobs"
import { localizedName } from "@/lib/localize"
import { craftKey } from "@/lib/sellers"

export type SearchLabelers = {
  craft: (code: string) => string
  category: (handle: string, fallback?: string) => string
  language: (code: string) => string
  /** Why the job trades' names could not be loaded (trades then show as their codes), when they could not. */
  tradesFailed?: FailureKind
}

/**
 * Names for the codes search answers with, in the UI language: a craft or trade code is a job trade
 * (the jobs plugin's names), a maker's craft (Crafts.*) or a course's craft (School.crafts.*);
 * categories are named as the catalogue names them (Hindi and Marathi from their metadata).
 */
export async function searchLabelers(locale: AppLocale): Promise<SearchLabelers> {
  const [craftLabel, tSchool, catalogue, categories] = await Promise.all([
    craftLabeler(locale),
    getTranslations({ locale, namespace: "School" }),
    getTradesOrEmpty(),
    listCategories().catch((error: unknown) => {
      console.error("[search] categories failed:", describe(error))
      return []
    }),
  ])
  const categoryNames = new Map(categories.map((c) => [c.handle, localizedName(c, locale)]))
  return {
    craft: (code) => {
      if (catalogue.trades.some((t) => t.code === code)) return tradeName(catalogue, code, locale)
      if (craftKey(code)) return craftLabel(code)
      const key = `crafts.${code}` as "crafts.leather"
      return tSchool.has(key) ? tSchool(key) : tidyCode(code)
    },
    category: (handle, fallback) => categoryNames.get(handle) ?? fallback ?? tidyCode(handle),
    language: (code) => languageName(code, locale),
    ...(catalogue.failed ? { tradesFailed: catalogue.failed } : {}),
  }
}
