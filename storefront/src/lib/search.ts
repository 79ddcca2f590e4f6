import {
  FACET_NAMES,
  SEARCH_TYPES,
  type FacetName,
  type FacetValue,
  type SearchFacets,
  type SearchHit,
  type SearchType,
  type StoreSearchQuery,
  type StoreSearchResponse,
} from "@dharavi/search/contract"
import type { AppLocale } from "@/i18n/locales"
import type { CurrencyCode } from "./currency"
import { formatMoney } from "./money"
import { parsePage } from "./pagination"
import { oneOf } from "./query"

/**
 * One search over products, makers, courses, job posts and tool-houses (the search plugin's
 * `GET /store/search`): the shapes it answers are the search contract's (@dharavi/search/contract); here
 * the results page's filters from the URL and back, the backend query, hit links and titles in the UI
 * language, price ranges and price buckets. Pure: no React, no fetch.
 */

export { FACET_NAMES, SEARCH_TYPES }
export type { FacetName, FacetValue, SearchFacets, SearchHit, SearchType }
/** `GET /store/search`. */
export type SearchResponse = StoreSearchResponse

export const SEARCH_LANGUAGES = ["en", "hi", "mr"] as const
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number]

/** Instant results start at two characters, a little after the typing stops, and show six hits. */
export const SEARCH_MIN_CHARS = 2
export const SEARCH_DEBOUNCE_MS = 250
export const INSTANT_LIMIT = 6
export const SEARCH_PAGE_SIZE = 12
/** The plugin's own limits on `q` and on `offset`. */
export const SEARCH_MAX_QUERY = 200
export const SEARCH_MAX_OFFSET = 10_000

/** A hit's price range, in the requested currency's main units. */
export type PriceRange = NonNullable<SearchHit["price"]>

/** What the results page reads from its URL. `price` is a bucket as the price facet names it ("500-1000", "5000-"). */
export type SearchFilters = {
  q: string
  type: SearchType | null
  category: string
  craft: string
  area: string
  language: SearchLanguage | null
  price: string
  wholesale: boolean
  page: number
}

/** The filters a facet link sets or clears (`type` has its own chips), in the order the page lists them. */
export const FACET_FILTERS = ["category", "craft", "area", "language", "price"] as const
export type FacetFilter = (typeof FACET_FILTERS)[number]

type Query = Record<string, string | string[] | undefined>

const first = (value: string | string[] | undefined): string => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === "string" ? v : ""
}
const clean = (value: string | string[] | undefined, max: number) =>
  first(value).replace(/\s+/g, " ").trim().slice(0, max)
const PRICE_BUCKET = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)?$/
/** The plugin's rule for a category, craft or area filter: any text a facet offers, up to 100 characters, no control characters. */
const FILTER_VALUE = /^[^\p{Cc}]{1,100}$/u

/** Can this facet value be sent back as a filter? (Values the plugin would refuse are not offered.) */
export function isFilterValue(value: string): boolean {
  return FILTER_VALUE.test(value.trim())
}

const filterValue = (value: string | string[] | undefined) => {
  const v = clean(value, 100)
  return isFilterValue(v) ? v : ""
}

/** The results page's filters; anything the plugin would refuse is dropped rather than sent. */
export function parseSearchParams(query: Query): SearchFilters {
  const price = clean(query.price, 30)
  return {
    q: clean(query.q, SEARCH_MAX_QUERY),
    type: oneOf(first(query.type), SEARCH_TYPES),
    category: filterValue(query.category),
    craft: filterValue(query.craft),
    area: filterValue(query.area),
    language: oneOf(first(query.language), SEARCH_LANGUAGES),
    price: parsePriceBucket(price) ? price : "",
    wholesale: first(query.wholesale) === "true",
    page: parsePage(query.page),
  }
}

/** Any facet chosen (the type tab is not a facet: "clear filters" keeps it). */
export function hasFacetFilters(f: SearchFilters): boolean {
  return Boolean(f.category || f.craft || f.area || f.language || f.price || f.wholesale)
}

/** Nothing asked yet: no words, no type, no facet. The page shows suggestions instead of searching. */
export function isBlankSearch(f: SearchFilters): boolean {
  return !f.q && !f.type && !hasFacetFilters(f)
}

/** "500-1000" → 500 and 1000; "5000-" → 5000 and no upper bound. */
export function parsePriceBucket(value: string): { min: number; max: number | null } | null {
  const m = PRICE_BUCKET.exec(value)
  if (!m) return null
  const min = Number(m[1])
  const max = m[2] === undefined ? null : Number(m[2])
  return max !== null && max <= min ? null : { min, max }
}

/** `GET /store/search`'s query string as sent: the contract's parameters, written as strings. */
export type SearchApiQuery = Partial<Record<keyof StoreSearchQuery, string>>

/** The query for `GET /store/search`: the page's filters, the shopper's currency, a page of hits. */
export function searchApiQuery(
  f: SearchFilters,
  currency: CurrencyCode,
  { limit = SEARCH_PAGE_SIZE, facets = true }: { limit?: number; facets?: boolean } = {}
): SearchApiQuery {
  const offset = Math.min((Math.max(1, f.page) - 1) * limit, SEARCH_MAX_OFFSET)
  const out: SearchApiQuery = { currency, limit: String(limit), offset: String(offset) }
  if (f.q) out.q = f.q
  if (f.type) out.type = f.type
  if (f.category) out.category = f.category
  if (f.craft) out.craft = f.craft
  if (f.area) out.area = f.area
  if (f.language) out.language = f.language
  const price = parsePriceBucket(f.price)
  if (price) {
    out.price_min = String(price.min)
    if (price.max !== null) out.price_max = String(price.max)
  }
  if (f.wholesale) out.wholesale = "true"
  if (!facets) out.facets = "false"
  return out
}

/** The instant results' query: the words only, no facets, six hits. */
export function instantApiQuery(q: string, currency: CurrencyCode): SearchApiQuery {
  return { q: q.trim().slice(0, SEARCH_MAX_QUERY), currency, limit: String(INSTANT_LIMIT), facets: "false" }
}

/**
 * A results-page URL with `change` applied; every change goes back to page 1 unless it names a page
 * (a new filter can leave fewer pages than the one being read).
 */
export function searchHref(base: string, f: SearchFilters, change: Partial<SearchFilters> = {}): string {
  const next = { ...f, page: 1, ...change }
  const q = new URLSearchParams()
  if (next.q) q.set("q", next.q)
  if (next.type) q.set("type", next.type)
  if (next.category) q.set("category", next.category)
  if (next.craft) q.set("craft", next.craft)
  if (next.area) q.set("area", next.area)
  if (next.language) q.set("language", next.language)
  if (next.price) q.set("price", next.price)
  if (next.wholesale) q.set("wholesale", "true")
  if (next.page > 1) q.set("page", String(next.page))
  const s = q.toString()
  return s ? `${base}?${s}` : base
}

/** A facet value's link: chooses it, or clears it when it is the one chosen. Other filters stay. */
export function facetHref(base: string, f: SearchFilters, name: FacetFilter, value: string): string {
  return searchHref(base, f, { [name]: f[name] === value ? "" : value })
}

/** The same words and type with every facet cleared. */
export function clearFacetsHref(base: string, f: SearchFilters): string {
  return searchHref(base, f, { category: "", craft: "", area: "", language: null, price: "", wholesale: false })
}

/** Where a hit leads; null when the plugin sent no handle for a type whose page needs one. */
export function hitHref(hit: Pick<SearchHit, "type" | "id" | "handle">, locale: AppLocale): string | null {
  const handle = hit.handle ? encodeURIComponent(hit.handle) : null
  switch (hit.type) {
    case "product":
      return handle && `/${locale}/products/${handle}`
    case "maker":
      return handle && `/${locale}/makers/${handle}`
    case "course":
      return handle && `/${locale}/courses/${handle}`
    case "job":
      return `/${locale}/jobs/${encodeURIComponent(hit.id)}`
    case "tool_house":
      return handle && `/${locale}/tool-houses/${handle}`
    default:
      return null
  }
}

/** The title in the UI language when the hit has one, else the English title. */
export function hitTitle(hit: Pick<SearchHit, "title" | "title_i18n">, locale: AppLocale): string {
  if (locale === "en") return hit.title
  const t = hit.title_i18n?.[locale]
  return typeof t === "string" && t.trim() ? t.trim() : hit.title
}

/** `lang="en"` for a title shown in English on a Hindi or Marathi page. */
export function hitTitleLang(hit: Pick<SearchHit, "title" | "title_i18n">, locale: AppLocale): "en" | undefined {
  return locale !== "en" && hitTitle(hit, locale) === hit.title ? "en" : undefined
}

/** "₹1,499", or "₹899 – ₹1,499" when the variants differ; in the UI language's digits. */
export function formatPriceRange(price: PriceRange, locale: AppLocale): string {
  const low = formatMoney(price.min, price.currency, locale)
  return price.max > price.min ? `${low} – ${formatMoney(price.max, price.currency, locale)}` : low
}

/** A price bucket's parts for its label: "under ₹500", "₹500 – ₹1,000", "₹5,000 and up". */
export type PriceBucketLabel =
  { kind: "under"; max: string } | { kind: "between"; min: string; max: string } | { kind: "over"; min: string }

export function priceBucketLabel(
  value: FacetValue | string,
  currency: CurrencyCode,
  locale: AppLocale
): PriceBucketLabel | null {
  const parsed = parsePriceBucket(typeof value === "string" ? value : value.value)
  if (!parsed) return null
  const money = (n: number) => formatMoney(n, currency, locale)
  if (parsed.max === null) return { kind: "over", min: money(parsed.min) }
  if (parsed.min <= 0) return { kind: "under", max: money(parsed.max) }
  return { kind: "between", min: money(parsed.min), max: money(parsed.max) }
}

/**
 * Hits grouped by type for the instant results, the types in the order their best hit comes
 * (the plugin ranks), each group's hits in rank order.
 */
export function groupHits<T extends { type: SearchType }>(hits: readonly T[]): { type: SearchType; hits: T[] }[] {
  const groups: { type: SearchType; hits: T[] }[] = []
  for (const hit of hits) {
    const group = groups.find((g) => g.type === hit.type)
    if (group) group.hits.push(hit)
    else groups.push({ type: hit.type, hits: [hit] })
  }
  return groups
}

/** The type tab's counts: every type's count from the `type` facet, and their sum for "All". */
export function typeCounts(
  facet: readonly FacetValue[] | null | undefined
): { all: number } & Record<SearchType, number> {
  const out = { all: 0, product: 0, maker: 0, course: 0, job: 0, tool_house: 0 }
  for (const v of facet ?? []) {
    const type = oneOf(v.value, SEARCH_TYPES)
    if (!type) continue
    out[type] += v.count
    out.all += v.count
  }
  return out
}

/** Small readers for a hit's `data`, which the plugin fills per type. */
export const dataNumber = (hit: Pick<SearchHit, "data">, key: string): number | null => {
  const v = hit.data?.[key]
  return typeof v === "number" && Number.isFinite(v) ? v : null
}
export const dataString = (hit: Pick<SearchHit, "data">, key: string): string | null => {
  const v = hit.data?.[key]
  return typeof v === "string" && v ? v : null
}
export const dataStrings = (hit: Pick<SearchHit, "data">, key: string): string[] => {
  const v = hit.data?.[key]
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.length > 0) : []
}

/** One instant result as the storefront's `/api/search` sends it to the header's box: text ready to show. */
export type InstantHit = {
  type: SearchType
  href: string
  title: string
  /** "en" when the title is shown in English on a Hindi or Marathi page. */
  lang?: "en"
  /** One short line: maker and price, teacher, wage and area… */
  meta: string
  thumbnail: string | null
}
export type InstantResults = { query: string; count: number; hits: InstantHit[]; error?: boolean }
