import { cache } from "react"
import { authHeaders, getAuthToken } from "../cookies"
import { medusa } from "../medusa"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type {
  QuoteDetail,
  QuoteListResponse,
  QuoteResponse,
  QuoteStatus,
  StoreCartCheckResponse,
  StoreCompanyResponse,
  StoreProductWholesaleResponse,
  WholesaleRuleProblem,
} from "@dharavi/wholesale/contract"
import { nullIfNotFound, unlessRefused } from "./errors"
import { vendorFetch } from "./vendor"

/**
 * The wholesale plugin's routes: `/store/wholesale/*` as the logged-in customer (their token from the
 * httpOnly cookie, like every other customer call), a product's wholesale terms (token optional), and
 * the seller's quote inbox under `/vendors` with the seller's token.
 */

type Init = { method?: "GET" | "POST"; body?: unknown; query?: Record<string, unknown> }

/** A call to a wholesale store route as the logged-in customer. */
export async function wholesaleFetch<T>(path: string, init: Init = {}): Promise<T> {
  return medusa().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.query ? { query: init.query } : {}),
    headers: await authHeaders(),
  })
}

export type MyCompany = StoreCompanyResponse

/** The company the customer buys for (null when none) and their role; null for guests. Throws when the backend fails. */
export const getMyCompany = cache(async (): Promise<MyCompany | null> => {
  if (!(await getAuthToken())) return null
  return unlessRefused(async () => {
    const { company, role } = await wholesaleFetch<StoreCompanyResponse>("/store/wholesale/company")
    return { company: company ?? null, role: role ?? null }
  }, null)
})

/** True when the customer buys for an approved company (wholesale prices, rules and quotes apply). */
export async function isWholesaleBuyer(): Promise<boolean> {
  return (await getMyCompany())?.company?.status === "approved"
}

/**
 * A product's wholesale terms per variant (minimum, case pack, lead time) for everyone, and its price
 * tiers for wholesale buyers: asked with the customer's token when there is one. Null when the product
 * has none (404). A failure is thrown, not shown as "no wholesale terms": a seller editing them would
 * otherwise start from nothing, and a buyer would see retail rules.
 */
export const getProductWholesale = cache(
  async (productId: string, currency: string): Promise<StoreProductWholesaleResponse | null> => {
    const headers = await authHeaders()
    return nullIfNotFound(() =>
      medusa().client.fetch<StoreProductWholesaleResponse>(
        `/store/products/${encodeURIComponent(productId)}/wholesale`,
        {
          query: { currency_code: currency.toLowerCase() },
          headers,
        }
      )
    )
  }
)

/**
 * What stands between the cart and checkout under the wholesale rules (empty for retail buyers, and
 * for a cart or token the plugin does not know). A failure is thrown: "nothing in the way" would be a guess.
 */
export async function checkCart(cartId: string): Promise<WholesaleRuleProblem[]> {
  const found = await nullIfNotFound(() =>
    unlessRefused(
      () => wholesaleFetch<StoreCartCheckResponse>(`/store/wholesale/carts/${encodeURIComponent(cartId)}/check`),
      null
    )
  )
  return found?.problems ?? []
}

export type QuotePage = Pick<QuoteListResponse, "quotes" | "count">

/** The company's quote inbox, newest activity first. */
export async function listMyQuotes(page = 1, status: QuoteStatus | null = null, limit = PAGE_SIZE): Promise<QuotePage> {
  const { quotes, count } = await wholesaleFetch<QuoteListResponse>("/store/wholesale/quotes", {
    query: { limit, offset: pageOffset(page, limit), ...(status ? { status } : {}) },
  })
  return { quotes: quotes ?? [], count: count ?? 0 }
}

export async function getMyQuote(id: string): Promise<QuoteDetail | null> {
  const found = await nullIfNotFound(() =>
    wholesaleFetch<QuoteResponse>(`/store/wholesale/quotes/${encodeURIComponent(id)}`)
  )
  return found?.quote ?? null
}

// --- The seller's side ------------------------------------------------------------------------

const sellerQuotes = (sellerId: string, rest = "") =>
  `/vendors/sellers/${encodeURIComponent(sellerId)}/wholesale/quotes${rest}`

/** Quote requests for the seller's products. */
export async function listSellerQuotes(
  sellerId: string,
  page = 1,
  status: QuoteStatus | null = null,
  limit = PAGE_SIZE
): Promise<QuotePage> {
  const { quotes, count } = await vendorFetch<QuoteListResponse>(sellerQuotes(sellerId), {
    query: { limit, offset: pageOffset(page, limit), ...(status ? { status } : {}) },
  })
  return { quotes: quotes ?? [], count: count ?? 0 }
}

export async function getSellerQuote(sellerId: string, quoteId: string): Promise<QuoteDetail | null> {
  const found = await nullIfNotFound(() =>
    vendorFetch<QuoteResponse>(sellerQuotes(sellerId, `/${encodeURIComponent(quoteId)}`))
  )
  return found?.quote ?? null
}
