import { NextResponse, type NextRequest } from "next/server"
import { getTranslations } from "next-intl/server"
import { toAppLocale, type AppLocale } from "@/i18n/locales"
import { getCurrency } from "@/lib/cookies"
import { isCurrencyCode, normalizeCurrency } from "@/lib/currency"
import { describe } from "@/lib/data/errors"
import { searchInstant } from "@/lib/data/search"
import { formatMoney } from "@/lib/money"
import {
  dataNumber,
  dataString,
  formatPriceRange,
  hitHref,
  hitTitle,
  hitTitleLang,
  SEARCH_MIN_CHARS,
  type InstantHit,
  type InstantResults,
  type SearchHit,
} from "@/lib/search"

/**
 * Instant results for the header's search box: the browser cannot call the store API itself (the
 * publishable key and the backend's URL stay on the server), so this handler asks the search plugin
 * for six hits without facets and answers them as text ready to show in the UI language. The
 * browser aborting a stale request aborts the backend call too.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const q = (params.get("q") ?? "").trim()
  const locale = toAppLocale(params.get("locale"))
  // The box names the currency the header shows, so the browser's cache never mixes currencies.
  const asked = params.get("currency")
  const currency = isCurrencyCode(asked) ? normalizeCurrency(asked) : await getCurrency()
  if (q.length < SEARCH_MIN_CHARS) return answer({ query: q, count: 0, hits: [] })

  try {
    const result = await searchInstant(q, currency, request.signal)
    const hits = (await Promise.all(result.hits.map((hit) => instantHit(hit, locale)))).filter(
      (h): h is InstantHit => h !== null
    )
    return answer({ query: result.query ?? q, count: result.count, hits })
  } catch (error) {
    if (request.signal.aborted) return new NextResponse(null, { status: 499 })
    console.error("[search] instant failed:", describe(error))
    return answer({ query: q, count: 0, hits: [], error: true }, 502)
  }
}

function answer(body: InstantResults, status = 200) {
  // Short private caching: typing back over the same words (a backspace) is answered by the phone.
  return NextResponse.json(body, {
    status,
    headers: { "cache-control": status === 200 ? "private, max-age=60" : "no-store" },
  })
}

async function instantHit(hit: SearchHit, locale: AppLocale): Promise<InstantHit | null> {
  const href = hitHref(hit, locale)
  if (!href) return null
  return {
    type: hit.type,
    href,
    title: hitTitle(hit, locale),
    ...(hitTitleLang(hit, locale) ? { lang: "en" as const } : {}),
    meta: await metaLine(hit, locale),
    thumbnail: hit.thumbnail,
  }
}

/** The one short line under a title: what tells two hits of the same kind apart at a glance. */
async function metaLine(hit: SearchHit, locale: AppLocale): Promise<string> {
  const price = hit.price ? formatPriceRange(hit.price, locale) : null
  switch (hit.type) {
    case "product":
      return [hit.subtitle, price].filter(Boolean).join(" · ")
    case "course": {
      const free = hit.data?.is_free === true ? (await getTranslations({ locale, namespace: "Search" }))("free") : null
      return [dataString(hit, "teacher_name") ?? hit.subtitle, free ?? price].filter(Boolean).join(" · ")
    }
    case "job": {
      const amount = dataNumber(hit, "wage_amount")
      const period = dataString(hit, "wage_period") === "month" ? "month" : "day"
      const t = await getTranslations({ locale, namespace: "Jobs" })
      const wage = amount !== null ? t(`wage.${period}`, { amount: formatMoney(amount, "inr", locale) }) : null
      return [wage, hit.area].filter(Boolean).join(" · ")
    }
    default:
      return [hit.area ?? hit.subtitle].filter(Boolean).join(" · ")
  }
}
