import {
  defineMiddlewares,
  errorHandler as medusaErrorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { codedAnswer, invalid } from "@dharavi/errors"
import { malformedInput } from "@dharavi/input"
import { throttleAuth } from "./auth-throttle"
import { serveUploads } from "./uploads"

/**
 * The application's own middlewares: they apply to every route, Medusa's and every plugin's.
 * Plugins' route middlewares live in each plugin's src/api/middlewares.ts.
 */

/** Malformed input (NUL bytes, broken percent-encoding, negative limits) is a 400 before any route reads it. */
function guardInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(malformedInput(req) ?? undefined)
}

const medusaAnswer = medusaErrorHandler()

/** PostgreSQL's codes for text it cannot store or parse (a NUL byte, a bad encoding, a bad number). */
const BAD_INPUT_SQLSTATES = new Set(["22021", "22P05", "22P02", "22003", "22008", "22007"])

/**
 * One answer for every error. A plugin's coded error (@dharavi/errors) is answered as
 * { type, code, message, details } with the status of its type, 409 and 429 included (Medusa's own
 * handler would replace a conflict's message). Malformed input that slipped past the guard (a path
 * express cannot decode, text PostgreSQL refuses) is a 400, never a 500. Everything else is Medusa's.
 */
type AnyError = Error & { status?: number; code?: unknown; cause?: { code?: unknown } }

function answerError(error: AnyError, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void {
  const coded = codedAnswer(error)
  if (coded) {
    if (coded.status === 429 && coded.body.details.retry_after)
      res.setHeader("Retry-After", String(coded.body.details.retry_after))
    res.status(coded.status).json(coded.body)
    return
  }
  if (error instanceof URIError || (error?.status === 400 && /URI/.test(String(error?.message)))) {
    return answerError(
      invalid("invalid_input", "The address has broken percent-encoding", { field: "path" }),
      req,
      res,
      next
    )
  }
  const sqlState = error?.code ?? error?.cause?.code
  if (typeof sqlState === "string" && BAD_INPUT_SQLSTATES.has(sqlState)) {
    return answerError(invalid("invalid_input", "Some of the input cannot be stored as it is", {}), req, res, next)
  }
  // Medusa's own answers (validation, auth, not found) get a code too, so a client never has to read
  // the message to tell a bad field from a missing record or a lapsed sign-in.
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (body && typeof body === "object" && !("code" in body && (body as { code?: unknown }).code)) {
      return json({
        ...body,
        code: FALLBACK_CODES[res.statusCode] ?? (res.statusCode >= 500 ? "unknown_error" : "invalid_request"),
      })
    }
    return json(body)
  }) as typeof res.json
  return medusaAnswer(error, req, res, next)
}

/** The code of an answer Medusa gave without one, by its status. */
const FALLBACK_CODES: Record<number, string> = {
  400: "invalid_input",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  422: "invalid_request",
}

const AUTH_ATTEMPTS = [
  "/auth/:actor_type/:auth_provider",
  "/auth/:actor_type/:auth_provider/register",
  "/auth/:actor_type/:auth_provider/reset-password",
]

export default defineMiddlewares({
  errorHandler: answerError,
  routes: [
    // Uploads live outside backend/static and are served here with headers that forbid script.
    { matcher: "/static/*", methods: ["GET" as const, "HEAD" as const], middlewares: [serveUploads] },
    { matcher: "/*", middlewares: [guardInput] },
    ...AUTH_ATTEMPTS.map((matcher) => ({ matcher, methods: ["POST" as const], middlewares: [throttleAuth] })),
  ],
})
