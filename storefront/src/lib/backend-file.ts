import { NextResponse } from "next/server"
import { createTranslator } from "next-intl"
import type { AppLocale } from "@/i18n/locales"
import { catalogues } from "@/i18n/messages"
import { backendUrl, publishableKey } from "./config"
import { BackendError } from "./failures"
import { limitedFetch } from "./medusa"

/** Where a failed download says it failed: the page's language and the page to go back to. */
export type FileContext = { locale: AppLocale; back: string }

/**
 * The answer to a download the backend could not give: 404 when the backend said there is no such file,
 * 504 when it did not answer in time, 502 when it failed (5xx) or could not be reached. A short page in
 * the shopper's language says which, with a link back; never a hang, never a "not found" for an outage.
 */
export async function fileFailure(status: 404 | 502 | 504, { locale, back }: FileContext): Promise<NextResponse> {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Errors" })
  const title = status === 404 ? t("notFoundTitle") : t("page.unavailable.title")
  const body = status === 404 ? t("failure.not_found") : t("failure.unavailable")
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)}</title></head><body><main><h1>${escape(title)}</h1><p>${escape(body)}</p><p><a href="${escape(back)}">${escape(t("retry"))}</a></p></main></body></html>`
  return new NextResponse(html, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-failure": status === 404 ? "not_found" : "unavailable",
    },
  })
}

/**
 * Fetches a private file from the backend with the time limit of every backend call. The answer, or the
 * failure page (fileFailure) when the backend has no such file (404), failed (5xx) or did not answer.
 * Other refusals (401, 403, 400) are the caller's to explain, as their status.
 */
export async function fetchBackendFile(
  path: string,
  headers: Record<string, string>,
  context: FileContext,
  label: string
): Promise<Response | NextResponse | number> {
  let res: Response
  try {
    res = await limitedFetch(`${backendUrl()}${path}`, { headers, cache: "no-store" }, "read")
  } catch (error) {
    const timedOut = (error as { timedOut?: boolean }).timedOut === true
    console.error(`[${label}] fetch failed:`, error instanceof BackendError ? error.message : String(error))
    return fileFailure(timedOut ? 504 : 502, context)
  }
  if (res.ok && res.body) return res
  await res.body?.cancel().catch(() => {})
  if (res.status === 404 || res.status === 410) return fileFailure(404, context)
  if (res.status >= 500 || res.ok || res.status < 400) {
    console.error(`[${label}] backend answered`, res.status)
    return fileFailure(res.status === 504 ? 504 : 502, context)
  }
  return res.status
}

/**
 * Streams a private file from the backend to the shopper: the browser cannot send the customer's bearer
 * token on a plain link, so a route handler adds it (from the httpOnly cookie) with the publishable key.
 * The backend's own URL never reaches the browser. A missing file is a 404 and an outage a 502/504 (see
 * fetchBackendFile); a refusal (401, 403, 400) is answered as its status for the caller to explain.
 */
export async function proxyBackendFile(
  path: string,
  token: string | undefined,
  fallbackName: string,
  context: FileContext
): Promise<NextResponse | number> {
  const res = await fetchBackendFile(
    path,
    { "x-publishable-api-key": publishableKey(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    context,
    "file"
  )
  if (typeof res === "number" || res instanceof NextResponse) return res
  const headers = new Headers({
    "content-type": res.headers.get("content-type") ?? "application/octet-stream",
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  })
  headers.set(
    "content-disposition",
    res.headers.get("content-disposition") ?? `attachment; filename="${fallbackName.replace(/["\\\r\n]/g, "")}"`
  )
  const length = res.headers.get("content-length")
  if (length) headers.set("content-length", length)
  return new NextResponse(res.body, { status: 200, headers })
}
