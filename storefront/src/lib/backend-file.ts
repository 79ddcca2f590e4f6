import { NextResponse } from "next/server"
import { backendUrl, publishableKey } from "./config"

/**
 * Streams a private file from the backend to the shopper: the browser cannot send the customer's bearer
 * token on a plain link, so a route handler adds it (from the httpOnly cookie) with the publishable key.
 * The backend's own URL never reaches the browser. Answers the backend's status when it is not a file.
 */
export async function proxyBackendFile(path: string, token: string | undefined, fallbackName: string): Promise<NextResponse | number> {
  let res: Response
  try {
    res = await fetch(`${backendUrl()}${path}`, {
      headers: { "x-publishable-api-key": publishableKey(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: "no-store",
    })
  } catch (error) {
    console.error("[file] fetch failed:", error instanceof Error ? error.message : String(error))
    return 502
  }
  if (!res.ok || !res.body) {
    if (res.status >= 500) console.error("[file] backend answered", res.status)
    return res.status || 502
  }
  const headers = new Headers({
    "content-type": res.headers.get("content-type") ?? "application/octet-stream",
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  })
  headers.set("content-disposition", res.headers.get("content-disposition") ?? `attachment; filename="${fallbackName.replace(/["\\\r\n]/g, "")}"`)
  const length = res.headers.get("content-length")
  if (length) headers.set("content-length", length)
  return new NextResponse(res.body, { status: 200, headers })
}
