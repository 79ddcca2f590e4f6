import createMiddleware from "next-intl/middleware"
import { routing } from "./i18n/routing"

/**
 * Next 16 "proxy" (formerly middleware): sends "/" and un-prefixed paths to a
 * locale-prefixed URL and tells next-intl which locale the request is in.
 */
export default createMiddleware(routing)

export const config = {
  // Everything except Next internals, API routes and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
}
