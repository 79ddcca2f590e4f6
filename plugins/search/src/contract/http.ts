/**
 * What GET /store/search asks and answers, and the admin routes' shapes. Both providers
 * (PostgreSQL, Meilisearch) answer in these shapes; the storefront imports them.
 */

export const SEARCH_TYPES = ["product", "maker", "course", "job", "tool_house"] as const
export type SearchType = (typeof SEARCH_TYPES)[number]

export const SEARCH_CURRENCIES = ["inr", "usd", "eur"] as const
export type SearchCurrency = (typeof SEARCH_CURRENCIES)[number]

export type PriceRange = { min: number; max: number }

export const FACET_NAMES = ["type", "category", "craft", "area", "language", "price", "wholesale"] as const
export type FacetName = (typeof FACET_NAMES)[number]

/**
 * Price buckets for the price facet, per currency, in main units: [0, 500), [500, 1000), ... and
 * an open-ended last one. A document falls in the bucket of its lowest price.
 */
export const PRICE_BUCKETS: Record<SearchCurrency, number[]> = {
  inr: [0, 500, 1000, 2500, 5000],
  usd: [0, 10, 25, 50, 100],
  eur: [0, 10, 25, 50, 100],
}

export type ProviderName = "postgres" | "meilisearch"

export type SearchHit = {
  type: SearchType
  /** The source record's id. */
  id: string
  handle: string | null
  title: string
  title_i18n: { hi?: string; mr?: string } | null
  subtitle: string | null
  /** At most about 160 characters of the body. */
  snippet: string | null
  thumbnail: string | null
  area: string | null
  crafts: string[]
  categories: string[]
  languages: string[]
  /** The price range in the requested currency, or null when it has none in it. */
  price: { currency: SearchCurrency; min: number; max: number } | null
  wholesale: boolean
  /** Small type-specific display fields (a job's wage and kind, a course's level, a maker's kind). */
  data: Record<string, unknown>
}

/** A facet value; a price bucket also has its bounds ("500-1000": min 500, max 1000; the last has no max). */
export type FacetValue = { value: string; label?: string; count: number; min?: number; max?: number }

/**
 * Each facet is counted over the matches with every other filter applied but its own
 * (so choosing "pottery" still shows how many leather goods there are). `wholesale` has one value,
 * "true", when any match sells wholesale.
 */
export type SearchFacets = Record<FacetName, FacetValue[]>

/** GET /store/search's query string. */
export type StoreSearchQuery = {
  q?: string
  type?: SearchType
  category?: string
  craft?: string
  area?: string
  /** A two-letter code. */
  language?: string
  /** Default inr. */
  currency?: SearchCurrency
  /** The lowest price is at least price_min (included) and below price_max (excluded). */
  price_min?: number
  price_max?: number
  wholesale?: boolean
  /** 1-50, default 20. */
  limit?: number
  offset?: number
  /** Default true; instant results ask without. */
  facets?: boolean
}

export type StoreSearchResponse = {
  query: string
  hits: SearchHit[]
  count: number
  offset: number
  limit: number
  /** null when asked with facets=false. */
  facets: SearchFacets | null
  provider: ProviderName
}

export type AdminSearchStatus = {
  provider: ProviderName
  counts: Record<SearchType, number>
  meilisearch: null | { host: string; healthy: boolean; counts: Record<SearchType, number> | null }
}
export type AdminSearchStatusResponse = { search: AdminSearchStatus }

export type AdminReindexBody = { types?: SearchType[] }
export type ReindexSummary = Partial<Record<SearchType, { total: number; indexed: number; removed: number }>>
export type AdminReindexResponse = { reindexed: ReindexSummary; took_ms: number }
