import { NextResponse, type NextRequest } from "next/server"
import { toAppLocale } from "@/i18n/locales"
import { proxyBackendFile } from "@/lib/backend-file"
import { getAuthToken } from "@/lib/cookies"

type Context = { params: Promise<{ id: string; lesson_id: string; index: string }> }

/**
 * A lesson file, downloaded through the storefront with the customer's token (preview lessons' files
 * without one). The plugin checks access and streams the file from the file module. `?back=` is the
 * learning page to return to when the reader may not have it (login, or join the course first).
 */
export async function GET(request: NextRequest, { params }: Context) {
  const { id, lesson_id, index } = await params
  const q = request.nextUrl.searchParams
  const locale = toAppLocale(q.get("locale") ?? "en")
  const backRaw = q.get("back") ?? ""
  const back =
    backRaw.startsWith(`/${locale}/courses/`) && !backRaw.includes("\\") && !backRaw.startsWith("//")
      ? backRaw
      : `/${locale}/courses`
  if (!/^\d{1,3}$/.test(index)) return NextResponse.redirect(new URL(`${back}?error=file`, request.url), 303)
  const token = await getAuthToken()
  const path = `/store/courses/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lesson_id)}/files/${index}`
  // A missing file is a 404 and an outage a 502/504 page saying so; a refusal goes back to the lesson.
  const answer = await proxyBackendFile(path, token, `lesson-file-${Number(index) + 1}`, { locale, back })
  if (typeof answer !== "number") return answer
  if (answer === 401)
    return NextResponse.redirect(
      new URL(`/${locale}/account/login?return_to=${encodeURIComponent(back)}`, request.url),
      303
    )
  return NextResponse.redirect(new URL(`${back}?error=${answer === 403 ? "join" : "file"}`, request.url), 303)
}
