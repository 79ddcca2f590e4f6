import { cache } from "react"
import { notFound, redirect } from "next/navigation"
import type { AppLocale } from "@/i18n/locales"
import { getSellerToken, sellerHeaders } from "../cookies"
import { medusa } from "../medusa"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type { PublicSeller, SellerStatus } from "../sellers"
import type { VendorProduct } from "../vendor-products"
import { describe, isNotFound, isUnauthorized } from "./errors"

/**
 * The seller dashboard's data: the marketplace's /vendors routes, called with the
 * seller's token from its own httpOnly cookie (never the shopper's).
 */

export type SellerRole = "owner" | "staff" | "digipreneur"
export type Membership = {
  id: string
  role: SellerRole
  revenue_share: number
  seller: { id: string; handle: string; name: string; status: SellerStatus; photo_url?: string | null }
}
export type VendorMe = {
  user: { id: string; email: string; name: string; phone?: string | null }
  memberships: Membership[]
}
export type VendorSeller = PublicSeller & { status: SellerStatus; commission_rate?: number | null }

export type SellerOrderItem = {
  id: string
  title?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  product_id?: string | null
  quantity: number
  unit_price: unknown
}
export type SellerOrder = {
  id: string
  order_id: string
  currency_code: string
  subtotal: unknown
  commission_rate: number
  commission_amount: unknown
  digipreneur_amount: unknown
  payout_due: unknown
  payout_status: "pending" | "paid" | string
  created_at: string
  order?: { id: string; display_id?: number | null; status?: string | null; created_at?: string | null; items?: SellerOrderItem[] }
}
export type Earnings = {
  seller_orders: (Pick<SellerOrder, "id" | "order_id" | "currency_code" | "subtotal" | "digipreneur_amount" | "created_at"> & {
    seller_id: string
    digipreneur_share?: number | null
  })[]
  totals: Record<string, { subtotal: unknown; digipreneur_amount: unknown }>
}

/** A call to a /vendors route as the logged-in seller. */
export async function vendorFetch<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, unknown> } = {},
): Promise<T> {
  return medusa().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.query ? { query: init.query } : {}),
    headers: await sellerHeaders(),
  })
}

/** The logged-in seller and their memberships, or null (no cookie, expired token, or no seller account yet). */
export const retrieveVendorMe = cache(async (): Promise<VendorMe | null> => {
  if (!(await getSellerToken())) return null
  try {
    return await vendorFetch<VendorMe>("/vendors/me")
  } catch (error) {
    if (!isUnauthorized(error) && !isNotFound(error)) console.error("[vendor] me failed:", describe(error))
    return null
  }
})

/** The seller, or a redirect to the seller login that comes back to `returnTo`. */
export async function requireVendor(locale: AppLocale, returnTo: string): Promise<VendorMe> {
  const me = await retrieveVendorMe()
  if (!me) redirect(`/${locale}/sell/login?return_to=${encodeURIComponent(returnTo)}`)
  return me
}

/** The seller and their membership of one seller (shop); not found when they are not a member. */
export async function requireMembership(
  locale: AppLocale,
  sellerId: string,
  returnTo: string,
): Promise<{ me: VendorMe; membership: Membership }> {
  const me = await requireVendor(locale, returnTo)
  const membership = me.memberships.find((m) => m.seller.id === sellerId)
  if (!membership) notFound()
  return { me, membership }
}

export const getVendorSeller = cache(async (sellerId: string): Promise<VendorSeller | null> => {
  try {
    const { seller } = await vendorFetch<{ seller: VendorSeller }>(`/vendors/sellers/${encodeURIComponent(sellerId)}`)
    return seller ?? null
  } catch (error) {
    if (!isNotFound(error)) console.error("[vendor] seller failed:", describe(error))
    return null
  }
})

export async function listVendorProducts(
  sellerId: string,
  page = 1,
  limit = PAGE_SIZE,
): Promise<{ products: VendorProduct[]; count: number }> {
  const { products, count } = await vendorFetch<{ products: VendorProduct[]; count: number }>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/products`,
    { query: { limit, offset: pageOffset(page, limit) } },
  )
  return { products, count }
}

export async function getVendorProduct(sellerId: string, productId: string): Promise<VendorProduct | null> {
  try {
    const { product } = await vendorFetch<{ product: VendorProduct }>(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`,
    )
    return product ?? null
  } catch (error) {
    if (!isNotFound(error)) console.error("[vendor] product failed:", describe(error))
    return null
  }
}

export async function listVendorOrders(
  sellerId: string,
  page = 1,
  limit = PAGE_SIZE,
): Promise<{ seller_orders: SellerOrder[]; count: number }> {
  const { seller_orders, count } = await vendorFetch<{ seller_orders: SellerOrder[]; count: number }>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/orders`,
    { query: { limit, offset: pageOffset(page, limit) } },
  )
  return { seller_orders, count }
}

export async function getEarnings(): Promise<Earnings> {
  return vendorFetch<Earnings>("/vendors/me/earnings")
}
