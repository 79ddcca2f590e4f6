import { cache } from "react"
import { backendUrl, publishableKey } from "../config"
import { authHeaders, getAuthToken, getSellerToken, sellerHeaders } from "../cookies"
import {
  boardApiQuery,
  employerApi,
  type BoardFilters,
  type EmployerApplication,
  type EmployerPost,
  type EmployerScope,
  type ForMe,
  type JobPost,
  type KarigarApplication,
  type KarigarMatch,
  type OwnEmployer,
  type OwnKarigar,
  type PostMatch,
  type PublicKarigar,
  type TradeCatalogue,
} from "../jobs"
import { limitedFetch, medusa } from "../medusa"
import { photosProblem } from "../photos"
import type {
  EmployerApplicantsResponse,
  EmployerJobPostDetailResponse,
  EmployerJobPostsResponse,
  EmployerMatchesResponse,
  EmployerProfileResponse,
  StoreJobBoardResponse,
  StoreJobPostResponse,
  StoreKarigarApplicationsResponse,
  StoreKarigarPhotosResponse,
  StoreKarigarResponse,
  StoreMatchesResponse,
  StoreOwnKarigarResponse,
  StoreTradesResponse,
} from "@dharavi/jobs/contract"
import { BackendError, type FailureKind } from "../failures"
import { describe, kindOf, nullIfNotFound, unlessRefused } from "./errors"
import { uploadAnswerError, uploadRefusal, type UploadOutcome } from "./vendor"

/**
 * Jobs+ (the jobs plugin): the board, posts and public karigar profiles (publishable key only), the
 * karigar's own profile, matches and applications (the customer's token), and the employer's side for
 * a business customer (`/store/jobs/employer`, the customer's token) or a seller
 * (`/vendors/sellers/:id/jobs`, the seller's token).
 */

const TTL_MS = 10 * 60 * 1000
let tradesMemo: { at: number; key: string; catalogue: TradeCatalogue } | null = null

/** The trades and levels in en/hi/mr (they change only with a release: kept for ten minutes). */
export async function getTrades(): Promise<TradeCatalogue> {
  const key = backendUrl()
  if (tradesMemo && tradesMemo.key === key && Date.now() - tradesMemo.at < TTL_MS) return tradesMemo.catalogue
  const catalogue = await medusa().client.fetch<StoreTradesResponse>("/store/jobs/trades")
  tradesMemo = { at: Date.now(), key, catalogue }
  return catalogue
}

/**
 * For pages that only name trades (a board, a post, a profile): the trades, or an empty catalogue that
 * says why (`failed`), so the page still renders, shows trades by their codes and says the names could
 * not be loaded, with a retry (TradeNamesFailure). Forms that pick trades call getTrades and fail whole.
 */
export async function getTradesOrEmpty(): Promise<TradeCatalogue & { failed?: FailureKind }> {
  try {
    return await getTrades()
  } catch (error) {
    console.error("[jobs] trades failed:", describe(error))
    return { trades: [], levels: [], failed: kindOf(error) }
  }
}

export async function listJobs(filters: BoardFilters): Promise<{ posts: JobPost[]; count: number }> {
  const { posts, count } = await medusa().client.fetch<StoreJobBoardResponse>("/store/jobs/posts", {
    query: boardApiQuery(filters),
  })
  return { posts: posts ?? [], count: count ?? 0 }
}

/** A post anyone may see, with the logged-in karigar's match and application (`for_me`). */
export const getJob = cache(async (id: string): Promise<{ post: JobPost; for_me: ForMe | null } | null> => {
  const ask = (headers: Record<string, string>) =>
    nullIfNotFound(() =>
      medusa().client.fetch<StoreJobPostResponse>(`/store/jobs/posts/${encodeURIComponent(id)}`, { headers })
    )
  // An expired token: ask again as a guest.
  const found = await unlessRefused(async () => ask(await authHeaders()), "expired" as const)
  const page = found === "expired" ? await ask({}) : found
  return page?.post ? { post: page.post, for_me: (found === "expired" ? null : page.for_me) ?? null } : null
})

export const getKarigar = cache(async (id: string): Promise<PublicKarigar | null> => {
  const found = await nullIfNotFound(() =>
    medusa().client.fetch<StoreKarigarResponse>(`/store/jobs/karigars/${encodeURIComponent(id)}`)
  )
  return found?.karigar ?? null
})

/** My karigar profile: undefined for guests, null when I have none yet. */
export const getMyKarigar = cache(async (): Promise<OwnKarigar | null | undefined> => {
  if (!(await getAuthToken())) return undefined
  const headers = await authHeaders()
  return unlessRefused(
    async () =>
      (await medusa().client.fetch<StoreOwnKarigarResponse>("/store/jobs/profile", { headers })).karigar ?? null,
    undefined
  )
})

/** Live posts ranked for me (needs a karigar profile). */
export async function listMyMatches(limit = 10): Promise<{ matches: PostMatch[]; count: number }> {
  const { matches, count } = await medusa().client.fetch<StoreMatchesResponse>("/store/jobs/matches", {
    headers: await authHeaders(),
    query: { limit },
  })
  return { matches: matches ?? [], count: count ?? 0 }
}

/** My applications, newest first; null for guests. */
export const listMyApplications = cache(async (): Promise<KarigarApplication[] | null> => {
  if (!(await getAuthToken())) return null
  const headers = await authHeaders()
  return unlessRefused(
    async () =>
      (
        await medusa().client.fetch<StoreKarigarApplicationsResponse>("/store/jobs/applications", {
          headers,
          query: { limit: 100 },
        })
      ).applications ?? [],
    null
  )
})

// ---------- Employers ----------

/** The token of whoever acts for the scope: the customer (business) or the seller. */
export async function employerHeaders(scope: EmployerScope): Promise<Record<string, string>> {
  return scope.kind === "business" ? authHeaders() : sellerHeaders()
}

export async function employerSignedIn(scope: EmployerScope): Promise<boolean> {
  return Boolean(scope.kind === "business" ? await getAuthToken() : await getSellerToken())
}

/** A call to one of the employer's routes, as the customer or the seller. */
export async function employerFetch<T>(
  scope: EmployerScope,
  path: string,
  init: { method?: "GET" | "POST"; body?: unknown; query?: Record<string, unknown> } = {}
): Promise<T> {
  return medusa().client.fetch<T>(path, {
    method: init.method ?? "GET",
    ...(init.body !== undefined ? { body: init.body } : {}),
    ...(init.query ? { query: init.query } : {}),
    headers: await employerHeaders(scope),
  })
}

/** The employer profile, or null when there is none yet. */
export async function getEmployer(scope: EmployerScope): Promise<OwnEmployer | null> {
  const { employer } = await employerFetch<EmployerProfileResponse>(scope, employerApi(scope).profile)
  return employer ?? null
}

export async function listEmployerPosts(scope: EmployerScope): Promise<{ posts: EmployerPost[]; count: number }> {
  const { posts, count } = await employerFetch<EmployerJobPostsResponse>(scope, `${employerApi(scope).prefix}/posts`, {
    query: { limit: 100 },
  })
  return { posts: posts ?? [], count: count ?? 0 }
}

export async function getEmployerPost(scope: EmployerScope, postId: string): Promise<EmployerPost | null> {
  const found = await nullIfNotFound(() =>
    employerFetch<EmployerJobPostDetailResponse>(
      scope,
      `${employerApi(scope).prefix}/posts/${encodeURIComponent(postId)}`
    )
  )
  return found?.post ?? null
}

export async function listPostApplications(scope: EmployerScope, postId: string): Promise<EmployerApplication[]> {
  const { applications } = await employerFetch<EmployerApplicantsResponse>(
    scope,
    `${employerApi(scope).prefix}/posts/${encodeURIComponent(postId)}/applications`,
    { query: { limit: 100 } }
  )
  return applications ?? []
}

export async function listPostMatches(scope: EmployerScope, postId: string, limit = 10): Promise<KarigarMatch[]> {
  const { matches } = await employerFetch<EmployerMatchesResponse>(
    scope,
    `${employerApi(scope).prefix}/posts/${encodeURIComponent(postId)}/matches`,
    {
      query: { limit },
    }
  )
  return matches ?? []
}

// ---------- Karigar photos ----------

/**
 * Uploads a karigar's photos (JPEG, PNG or WebP, at most 5 MB each, 1 to 6) with the customer's token
 * to `POST /store/jobs/profile/photos` and returns their URLs. Like the sellers' uploads, a plain
 * multipart fetch: the js-sdk only sends JSON.
 */
export async function uploadKarigarPhotos(files: readonly File[]): Promise<string[]> {
  if (!files.length) return []
  const body = new FormData()
  for (const file of files) body.append("files", file, file.name || "photo.jpg")
  const res = await limitedFetch(
    `${backendUrl()}/store/jobs/profile/photos`,
    {
      method: "POST",
      headers: { ...(await authHeaders()), ...(publishableKey() ? { "x-publishable-api-key": publishableKey() } : {}) },
      body,
      cache: "no-store",
    },
    "write"
  )
  const json = (await res.json().catch(() => null)) as
    (Partial<StoreKarigarPhotosResponse> & { message?: unknown; code?: unknown; details?: unknown }) | null
  if (!res.ok) throw uploadAnswerError(res, json)
  const urls = (json?.photos ?? []).map((p) => p.url).filter((u): u is string => typeof u === "string" && !!u)
  if (!urls.length) throw new BackendError({ message: "The upload returned no photos", status: 502 })
  return urls
}

/** Checks and uploads a karigar's photos: their URLs, or a problem to explain (type, size, count) or "upload". */
export async function uploadKarigarPhotosChecked(photos: File[]): Promise<UploadOutcome> {
  const problem = photosProblem(photos)
  if (problem) return { problem }
  try {
    return { urls: await uploadKarigarPhotos(photos) }
  } catch (error) {
    console.error("[jobs] photo upload failed:", describe(error))
    return uploadRefusal(error)
  }
}
