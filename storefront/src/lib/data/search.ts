import type { CurrencyCode } from "../currency"
import { medusa } from "../medusa"
import { instantApiQuery, searchApiQuery, type SearchFilters, type SearchResponse } from "../search"

/**
 * The search plugin's `GET /store/search` (publishable key only): the results page with facets, and
 * the header's instant results without them. Nothing is cached: prices follow the shopper's currency.
 */

export async function searchCatalogue(filters: SearchFilters, currency: CurrencyCode): Promise<SearchResponse> {
  return medusa().client.fetch<SearchResponse>("/store/search", { query: searchApiQuery(filters, currency) })
}

/** Six hits for the words typed so far; `signal` stops the backend call when the shopper types on. */
export async function searchInstant(q: string, currency: CurrencyCode, signal?: AbortSignal): Promise<SearchResponse> {
  return medusa().client.fetch<SearchResponse>("/store/search", { query: instantApiQuery(q, currency), signal })
}
