/**
 * The search module's contract: what is indexed, what a search asks for and what it answers.
 * Both providers (PostgreSQL full-text, Meilisearch) implement `SearchProvider` over these shapes,
 * so the store route, the storefront and the tests never know which one answered.
 */

import type { PriceRange, SearchCurrency, SearchHit, SearchFacets, SearchType, ProviderName } from "../../contract/http"

// The shapes the store route answers with live in the plugin's contract (@dharavi/search/contract).
export {
  FACET_NAMES,
  PRICE_BUCKETS,
  SEARCH_CURRENCIES,
  SEARCH_TYPES,
  type FacetName,
  type FacetValue,
  type PriceRange,
  type ProviderName,
  type SearchCurrency,
  type SearchFacets,
  type SearchHit,
  type SearchType,
} from "../../contract/http"

/**
 * One searchable thing, built from its source record by the plugin's document builders.
 * Only public fields ever reach it: never contact data, addresses, payout details or drafts.
 */
export type SearchDocumentInput = {
  type: SearchType
  /** The source record's id (product, seller, course, job post or tool-house). */
  ref_id: string
  handle: string | null
  /** English (or the only) title. */
  title: string
  title_i18n: { hi?: string; mr?: string } | null
  /** A second line: the maker of a product, the teacher of a course, the area of a job. */
  subtitle: string | null
  /** Longer text to search and to cut a snippet from (description, story, summary). */
  body: string | null
  /** Extra words that find it: tags, category and craft names in three languages, trade names. */
  keywords: string[]
  /** Category handles (products). */
  categories: string[]
  /** Category handle -> display name, for facet labels. */
  category_labels: Record<string, string>
  /** Craft or trade codes ("leather", "pottery", "zari_embroidery"). */
  crafts: string[]
  /** A part of Dharavi ("Kumbharwada", "Koliwada"); null when it has none. */
  area: string | null
  /** Languages it is taught or offered in ("en", "hi", "mr"): courses and workshops. */
  languages: string[]
  /** Lowest and highest price per currency, in the currency's main unit (rupees, dollars, euros). */
  prices: Partial<Record<SearchCurrency, PriceRange>>
  /** Sold wholesale too (a variant with wholesale terms). */
  wholesale: boolean
  thumbnail: string | null
  /** Small type-specific display fields (a job's wage and kind, a course's level, a maker's kind). */
  data: Record<string, unknown>
}

export type SearchParams = {
  /** Free text in any of the three languages; empty browses everything that matches the filters. */
  q?: string
  type?: SearchType
  category?: string
  craft?: string
  area?: string
  language?: string
  /** The currency prices are shown, filtered and bucketed in. */
  currency: SearchCurrency
  /** The lowest price is at least this (included)... */
  price_min?: number
  /** ...and below this (excluded), as the price facet's buckets are. */
  price_max?: number
  wholesale?: boolean
  limit: number
  offset: number
  /** Count facets (the results page) or not (instant results as you type). */
  facets: boolean
}

export type SearchResult = {
  hits: SearchHit[]
  count: number
  facets: SearchFacets | null
}

export interface SearchProvider {
  readonly name: ProviderName
  /** Adds or replaces documents (by type and ref_id). */
  upsert(documents: SearchDocumentInput[]): Promise<void>
  /** Removes documents of one type by their source ids. */
  remove(type: SearchType, refIds: string[]): Promise<void>
  /** Removes the documents of one type whose source ids are not in `keep` (after a full reindex). */
  prune(type: SearchType, keep: string[]): Promise<number>
  search(params: SearchParams): Promise<SearchResult>
  /** Indexed documents per type. */
  counts(): Promise<Record<SearchType, number>>
}

/** "500-1000", or "5000-" for the last, open bucket. */
export function priceBucketValue(bounds: number[], i: number): string {
  return i + 1 < bounds.length ? `${bounds[i]}-${bounds[i + 1]}` : `${bounds[i]}-`
}

/** The snippet shown under a hit: the first ~160 characters of the body, cut at a word. */
export function snippetOf(body: string | null, max = 160): string | null {
  if (!body) return null
  const text = body.replace(/\s+/g, " ").trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(" ")
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}
