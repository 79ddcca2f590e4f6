import { NextResponse, type NextRequest } from "next/server"
import { toAppLocale } from "@/i18n/locales"
import { backendUrl, publishableKey } from "@/lib/config"
import { getAuthToken } from "@/lib/cookies"
import { lineSheetBackendPath } from "@/lib/wholesale"

type Context = { params: Promise<{ kind: string; handle: string }> }

/**
 * A line sheet (PDF) for a maker or a collection, downloaded through the storefront: a plain link in the
 * browser cannot send the buyer's bearer token, so this handler adds it (from the httpOnly cookie) with
 * the publishable key and streams the backend's PDF back. Buyers who may not have it (no company, not
 * approved) and missing sheets go back to the wholesale page with the reason.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { kind, handle } = await params
  const q = request.nextUrl.searchParams
  const locale = toAppLocale(q.get("locale") ?? "en")
  const back = (reason: string) => NextResponse.redirect(new URL(`/${locale}/wholesale?sheet=${reason}`, request.url), 303)
  const path = lineSheetBackendPath(kind, handle, q.get("lang"), q.get("currency"))
  if (!path) return back("missing")
  const token = await getAuthToken()
  if (!token) return NextResponse.redirect(new URL(`/${locale}/account/login?return_to=${encodeURIComponent(`/${locale}/wholesale`)}`, request.url), 303)

  let res: Response
  try {
    res = await fetch(`${backendUrl()}${path}`, {
      headers: { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey(), accept: "application/pdf" },
      cache: "no-store",
    })
  } catch (error) {
    console.error("[line-sheet] fetch failed:", error instanceof Error ? error.message : String(error))
    return back("failed")
  }
  if (res.status === 401 || res.status === 403) return back("forbidden")
  if (res.status === 404) return back("missing")
  if (!res.ok || !res.body) {
    console.error("[line-sheet] backend answered", res.status)
    return back("failed")
  }
  const headers = new Headers({
    "content-type": res.headers.get("content-type") ?? "application/pdf",
    "cache-control": "private, no-store",
  })
  const disposition = res.headers.get("content-disposition")
  headers.set("content-disposition", disposition ?? `attachment; filename="${handle}-line-sheet.pdf"`)
  const length = res.headers.get("content-length")
  if (length) headers.set("content-length", length)
  return new NextResponse(res.body, { status: 200, headers })
}
