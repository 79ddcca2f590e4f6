import { NextResponse, type NextRequest } from "next/server"
import { toAppLocale } from "@/i18n/locales"
import { fetchBackendFile } from "@/lib/backend-file"
import { publishableKey } from "@/lib/config"
import { getAuthToken } from "@/lib/cookies"
import { lineSheetBackendPath } from "@/lib/wholesale"

type Context = { params: Promise<{ kind: string; handle: string }> }

/**
 * A line sheet (PDF) for a maker or a collection, downloaded through the storefront: a plain link in the
 * browser cannot send the buyer's bearer token, so this handler adds it (from the httpOnly cookie) with
 * the publishable key and streams the backend's PDF back. Buyers who may not have it (no company, not
 * approved) go back to the wholesale page with the reason; a sheet the backend does not have is a 404,
 * and a backend that fails or does not answer in time a 502/504 page saying so (fetchBackendFile).
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { kind, handle } = await params
  const q = request.nextUrl.searchParams
  const locale = toAppLocale(q.get("locale") ?? "en")
  const back = (reason: string) =>
    NextResponse.redirect(new URL(`/${locale}/wholesale?sheet=${reason}`, request.url), 303)
  const path = lineSheetBackendPath(kind, handle, q.get("lang"), q.get("currency"))
  if (!path) return back("missing")
  const token = await getAuthToken()
  if (!token)
    return NextResponse.redirect(
      new URL(`/${locale}/account/login?return_to=${encodeURIComponent(`/${locale}/wholesale`)}`, request.url),
      303
    )

  const res = await fetchBackendFile(
    path,
    { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey(), accept: "application/pdf" },
    { locale, back: `/${locale}/wholesale` },
    "line-sheet"
  )
  if (res instanceof NextResponse) return res
  if (typeof res === "number") return back(res === 401 || res === 403 ? "forbidden" : "missing")
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
