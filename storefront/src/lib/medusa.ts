import Medusa from "@medusajs/js-sdk"
import { backendTimeoutMs, backendUrl, publishableKey } from "./config"
import { BackendError, parseRetryAfter } from "./failures"

let instance: { key: string; sdk: Medusa } | null = null

/**
 * The one js-sdk instance, used only on the server. It never stores a token
 * ("nostore"): the customer's JWT lives in an httpOnly cookie and is passed per
 * call as a header (see authHeaders in ./cookies), so requests never share auth.
 *
 * Its transport is ours (backendFetch): every call has a time limit, and a failure is a BackendError
 * that keeps the status, the backend's `code` and `details`, and Retry-After, which the js-sdk's own
 * FetchError drops. The js-sdk's store, auth and client methods all go through `client.fetch`.
 */
export function medusa(): Medusa {
  const baseUrl = backendUrl()
  const key = publishableKey()
  const cacheKey = `${baseUrl}|${key}`
  if (!instance || instance.key !== cacheKey) {
    const sdk = new Medusa({
      baseUrl,
      publishableKey: key,
      debug: false,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
    sdk.client.fetch = backendFetch(baseUrl, key) as typeof sdk.client.fetch
    instance = { key: cacheKey, sdk }
  }
  return instance.sdk
}

type Init = Omit<RequestInit, "headers" | "body"> & {
  query?: Record<string, unknown>
  headers?: Record<string, string | null>
  body?: unknown
}

/** Query parameters the way the js-sdk (qs) writes them: `id[0]=a&id[1]=b`, `a[b]=c`, nulls skipped. */
export function encodeQuery(params: Record<string, unknown>, prefix = ""): string[] {
  const out: string[] = []
  for (const [k, v] of Object.entries(params)) {
    const key = prefix ? `${prefix}[${k}]` : k
    if (v === null || v === undefined) continue
    if (Array.isArray(v)) out.push(...encodeQuery(Object.fromEntries(v.map((x, i) => [String(i), x])), key))
    else if (v instanceof Date) out.push(`${encodeURIComponent(key)}=${encodeURIComponent(v.toISOString())}`)
    else if (typeof v === "object") out.push(...encodeQuery(v as Record<string, unknown>, key))
    else out.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`)
  }
  return out
}

/** The transport behind `medusa().client.fetch`, with the js-sdk's behaviour for requests and answers. */
export function backendFetch(baseUrl: string, key: string) {
  return async function fetchBackend(input: string | URL, init: Init = {}): Promise<unknown> {
    const { query, headers: custom, body, signal, ...rest } = init
    const base = new URL(baseUrl)
    const url = new URL(`${base.pathname.replace(/\/$/, "")}/${input.toString().replace(/^\//, "")}`, base.origin)
    if (query) {
      const extra = encodeQuery(query).join("&")
      if (extra) url.search = url.search ? `${url.search}&${extra}` : `?${extra}`
    }
    const headers = new Headers({ "content-type": "application/json", accept: "application/json" })
    if (key) headers.set("x-publishable-api-key", key)
    for (const [name, value] of Object.entries(custom ?? {})) {
      if (value === null) headers.delete(name)
      else if (value !== undefined) headers.set(name, value)
    }
    const json = headers.get("content-type")?.includes("application/json")
    const method = (rest.method ?? "GET").toUpperCase()
    // Writes may wait on a record's lock (up to 15 s) before the backend answers.
    const limit = backendTimeoutMs(method === "GET" || method === "HEAD" ? "read" : "write")
    const timeout = AbortSignal.timeout(limit)

    let res: Response
    try {
      res = await fetch(url, {
        ...rest,
        method,
        headers,
        ...(body !== undefined && body !== null
          ? { body: json && typeof body !== "string" ? JSON.stringify(body) : (body as BodyInit) }
          : {}),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      })
    } catch (error) {
      // The caller's own abort (the search box typed on) stays an abort.
      if (signal?.aborted) throw error
      const timedOut = timeout.aborted
      throw new BackendError({
        message: timedOut
          ? `${method} ${url.pathname}: no answer within ${limit} ms`
          : `${method} ${url.pathname}: ${describeCause(error)}`,
        cause: error,
      })
    }

    if (res.status >= 300) {
      const answer = (await res.json().catch(() => ({}))) as { message?: unknown; code?: unknown; details?: unknown }
      throw new BackendError({
        message:
          typeof answer.message === "string" && answer.message
            ? answer.message
            : res.statusText || `HTTP ${res.status}`,
        status: res.status,
        statusText: res.statusText,
        ...(typeof answer.code === "string" ? { code: answer.code } : {}),
        ...(answer.details && typeof answer.details === "object"
          ? { details: answer.details as Record<string, unknown> }
          : {}),
        ...(res.status === 429 ? { retryAfter: parseRetryAfter(res.headers.get("retry-after")) } : {}),
      })
    }
    if (!headers.get("accept")?.includes("application/json")) return res
    const text = await res.text()
    return text ? JSON.parse(text) : {}
  }
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  const own = error instanceof Error ? error.message : String(error)
  return cause?.code ? `${own} (${cause.code})` : own
}

/**
 * A plain fetch to the backend for what the js-sdk cannot send or read (multipart uploads, files): the
 * same time limit as every js-sdk call, for the answer's headers (a file then streams at its own pace).
 * No answer in time, a refused connection or a network failure is a BackendError ("unavailable", with
 * `timedOut` when the limit passed); any answer is returned as it came, whatever its status.
 */
export async function limitedFetch(url: string, init: RequestInit, kind: "read" | "write"): Promise<Response> {
  const limit = backendTimeoutMs(kind)
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), limit)
  try {
    return await fetch(url, { ...init, signal: controller.signal })
  } catch (error) {
    const timedOut = controller.signal.aborted
    const path = new URL(url).pathname
    throw Object.assign(
      new BackendError({
        message: timedOut
          ? `${init.method ?? "GET"} ${path}: no answer within ${limit} ms`
          : `${init.method ?? "GET"} ${path}: ${describeCause(error)}`,
        cause: error,
      }),
      { timedOut }
    )
  } finally {
    clearTimeout(timer)
  }
}
