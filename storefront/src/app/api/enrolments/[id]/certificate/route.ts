import { NextResponse, type NextRequest } from "next/server"
import { toAppLocale } from "@/i18n/locales"
import { proxyBackendFile } from "@/lib/backend-file"
import { getAuthToken } from "@/lib/cookies"

type Context = { params: Promise<{ id: string }> }

/** The certificate PDF of one of my finished courses, fetched with my token (only its holder gets it). */
export async function GET(request: NextRequest, { params }: Context) {
  const { id } = await params
  const locale = toAppLocale(request.nextUrl.searchParams.get("locale") ?? "en")
  const page = `/${locale}/account/courses`
  const token = await getAuthToken()
  if (!token)
    return NextResponse.redirect(
      new URL(`/${locale}/account/login?return_to=${encodeURIComponent(page)}`, request.url),
      303
    )
  const answer = await proxyBackendFile(
    `/store/enrolments/${encodeURIComponent(id)}/certificate`,
    token,
    "certificate.pdf",
    { locale, back: page }
  )
  if (typeof answer !== "number") return answer
  if (answer === 401)
    return NextResponse.redirect(
      new URL(`/${locale}/account/login?return_to=${encodeURIComponent(page)}`, request.url),
      303
    )
  return NextResponse.redirect(new URL(`${page}?error=certificate`, request.url), 303)
}
