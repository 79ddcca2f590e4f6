import { cache } from "react"
import { notFound, redirect } from "next/navigation"
import type { AppLocale } from "@/i18n/locales"
import { backendUrl } from "../config"
import { getSellerToken, sellerHeaders } from "../cookies"
import type { AuditEntry, ShopMember } from "../members"
import type {
  SellerOrderLine,
  SellerOrderWithLines,
  SellerRole,
  VendorEarningsResponse,
  VendorMeResponse,
  VendorSeller,
  VendorUploadsResponse,
} from "@dharavi/marketplace/contract"
import { BackendError, classify, formFailureQuery, parseRetryAfter } from "../failures"
import { limitedFetch, medusa } from "../medusa"
import { photosProblem, uploadProblem, type PhotoProblem } from "../photos"
import { PAGE_SIZE, pageOffset } from "../pagination"
import type { ShopProfile } from "../shop-profile"
import type { VendorProduct } from "../vendor-products"
import { describe, nullIfNotFound, unlessRefused } from "./errors"
import type {
  SellerAuditLogResponse,
  SellerOrdersResponse,
  VendorMembersResponse,
  VendorProductResponse,
  VendorProductsResponse,
  VendorSellerResponse,
} from "@dharavi/marketplace/contract"

/**
 * The seller dashboard's data: the marketplace's /vendors routes, called with the
 * seller's token from its own httpOnly cookie (never the shopper's).
 */

// What the /vendors routes answer: the marketplace contract's types.
export type { SellerRole, VendorSeller }
export type Membership = VendorMeResponse["memberships"][number]
export type VendorMe = VendorMeResponse
export type SellerOrderItem = SellerOrderLine
export type SellerOrder = SellerOrderWithLines
export type Earnings = VendorEarningsResponse

/** A call to a /vendors route as the logged-in seller. */
export async function vendorFetch<T>(
  path: string,
  init: { method?: "GET" | "POST" | "DELETE"; body?: unknown; query?: Record<string, unknown> } = {}
): Promise<T> {
  return medusa().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.query ? { query: init.query } : {}),
    headers: await sellerHeaders(),
  })
}

/**
 * The logged-in seller and their memberships, or null (no cookie, expired token, or no seller account
 * yet); throws when the backend fails, so the dashboard never sends a signed-in seller to the login.
 */
export const retrieveVendorMe = cache(async (): Promise<VendorMe | null> => {
  if (!(await getSellerToken())) return null
  return nullIfNotFound(() => unlessRefused(() => vendorFetch<VendorMe>("/vendors/me"), null))
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
  returnTo: string
): Promise<{ me: VendorMe; membership: Membership }> {
  const me = await requireVendor(locale, returnTo)
  const membership = me.memberships.find((m) => m.seller.id === sellerId)
  if (!membership) notFound()
  return { me, membership }
}

export const getVendorSeller = cache(async (sellerId: string): Promise<VendorSeller | null> => {
  const found = await nullIfNotFound(() =>
    vendorFetch<VendorSellerResponse>(`/vendors/sellers/${encodeURIComponent(sellerId)}`)
  )
  return found?.seller ?? null
})

export async function listVendorProducts(
  sellerId: string,
  page = 1,
  limit = PAGE_SIZE
): Promise<{ products: VendorProduct[]; count: number }> {
  const { products, count } = await vendorFetch<VendorProductsResponse>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/products`,
    { query: { limit, offset: pageOffset(page, limit) } }
  )
  return { products, count }
}

export async function getVendorProduct(sellerId: string, productId: string): Promise<VendorProduct | null> {
  const found = await nullIfNotFound(() =>
    vendorFetch<VendorProductResponse>(
      `/vendors/sellers/${encodeURIComponent(sellerId)}/products/${encodeURIComponent(productId)}`
    )
  )
  return found?.product ?? null
}

export async function listVendorOrders(
  sellerId: string,
  page = 1,
  limit = PAGE_SIZE
): Promise<{ seller_orders: SellerOrder[]; count: number }> {
  const { seller_orders, count } = await vendorFetch<SellerOrdersResponse>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/orders`,
    { query: { limit, offset: pageOffset(page, limit) } }
  )
  return { seller_orders, count }
}

export async function getEarnings(): Promise<Earnings> {
  return vendorFetch<Earnings>("/vendors/me/earnings")
}

/** The shop's full profile and the viewer's role; payout details come only to the owner. */
export const getShopProfile = cache(
  async (sellerId: string): Promise<{ seller: ShopProfile; role: SellerRole } | null> => {
    const found = await nullIfNotFound(() =>
      vendorFetch<VendorSellerResponse>(`/vendors/sellers/${encodeURIComponent(sellerId)}`)
    )
    return found?.seller ? { seller: found.seller, role: found.role } : null
  }
)

/** Everyone who can (or could) manage the shop, revoked members included. Owner only. */
export async function listShopMembers(sellerId: string): Promise<ShopMember[]> {
  const { members } = await vendorFetch<VendorMembersResponse>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/members`
  )
  return members ?? []
}

/** Who did what, newest first. Owner only. */
export async function listAuditLog(sellerId: string, limit = 50): Promise<AuditEntry[]> {
  const { audit_log } = await vendorFetch<SellerAuditLogResponse>(
    `/vendors/sellers/${encodeURIComponent(sellerId)}/audit-log`,
    {
      query: { limit },
    }
  )
  return audit_log ?? []
}

/**
 * An upload the backend refused, as a BackendError with the answer's `code` and `details` (the upload
 * routes answer `{ type, code, message, details }` like every other route), or one that answered no files.
 */
export function uploadAnswerError(
  res: Response,
  json: { message?: unknown; code?: unknown; details?: unknown } | null
): BackendError {
  return new BackendError({
    message: typeof json?.message === "string" && json.message ? json.message : res.statusText || "Upload failed",
    status: res.status,
    ...(typeof json?.code === "string" ? { code: json.code } : {}),
    ...(json?.details && typeof json.details === "object" ? { details: json.details as Record<string, unknown> } : {}),
    ...(res.status === 429 ? { retryAfter: parseRetryAfter(res.headers.get("retry-after")) } : {}),
  })
}

/**
 * Uploads photos (JPEG, PNG or WebP, at most 5 MB each, 1 to 6) for the seller and
 * returns their public URLs. The js-sdk only sends JSON, so this is a plain
 * multipart fetch; the browser's File objects are forwarded as they came.
 */
export async function uploadSellerPhotos(sellerId: string, files: readonly File[]): Promise<string[]> {
  if (!files.length) return []
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name || "photo.jpg")
  // The time limit of every backend write; no answer is a BackendError ("unavailable").
  const res = await limitedFetch(
    `${backendUrl()}/vendors/sellers/${encodeURIComponent(sellerId)}/uploads`,
    { method: "POST", headers: await sellerHeaders(), body, cache: "no-store" },
    "write"
  )
  const json = (await res.json().catch(() => null)) as
    (Partial<VendorUploadsResponse> & { message?: unknown; code?: unknown; details?: unknown }) | null
  if (!res.ok) throw uploadAnswerError(res, json)
  const urls = (json?.files ?? []).map((f) => f.url).filter((u): u is string => typeof u === "string" && !!u)
  if (!urls.length) throw new BackendError({ message: "The upload returned no files", status: 502 })
  return urls
}

/**
 * Why an upload failed: a problem with the photos the backend named (type, size, count), or "upload"
 * with the failure's query (unavailable, wait N minutes, not allowed…) for the form to say which.
 */
export type UploadOutcome = { urls: string[] } | { problem: PhotoProblem | "upload"; failure?: Record<string, string> }

export function uploadRefusal(error: unknown): { problem: PhotoProblem | "upload"; failure?: Record<string, string> } {
  const known = uploadProblem(classify(error).code)
  return known ? { problem: known } : { problem: "upload", failure: formFailureQuery(error) }
}

/**
 * Checks and uploads photos from a form. Returns their URLs, or why not: a problem
 * we can explain to the seller (type, size, count) or "upload" when it failed.
 */
export async function uploadPhotos(sellerId: string, photos: File[]): Promise<UploadOutcome> {
  const problem = photosProblem(photos)
  if (problem) return { problem }
  try {
    return { urls: await uploadSellerPhotos(sellerId, photos) }
  } catch (error) {
    console.error("[vendor] upload failed:", describe(error))
    return uploadRefusal(error)
  }
}
