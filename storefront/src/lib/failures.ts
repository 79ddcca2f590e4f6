/**
 * What went wrong with a backend call, in the few kinds the storefront tells people apart. One
 * classifier for every loader, server action and route handler, so a stalled backend is never shown
 * as "page not found" and a throttled login never as "wrong email or password".
 *
 * Pure (no Next.js imports): the unit tests and the transport in ./medusa both use it.
 */

import { PlatformErrors } from "./platform-codes"

export const FAILURE_KINDS = ["not_found", "not_allowed", "invalid", "conflict", "rate_limited", "unavailable"] as const
export type FailureKind = (typeof FAILURE_KINDS)[number]

export type Failure = {
  kind: FailureKind
  /** HTTP status, when the backend answered. */
  status?: number
  /** The backend's machine-readable code (`record_busy`, `too_many_attempts`, `invalid_input`…). */
  code?: string
  /** The code's details (the contract's typed details: `{ room, wanted }` of `pool_full`…). */
  details?: Record<string, unknown>
  /** The input the backend refused (details.field of `invalid_input`). */
  field?: string
  /** Seconds to wait before trying again (429). */
  retryAfter?: number
}

/** The kind of an HTTP status. Anything unexpected (5xx, 3xx, no answer) is "unavailable": try again. */
export function kindOfStatus(status: number | undefined): FailureKind {
  if (status === 404 || status === 410) return "not_found"
  if (status === 401 || status === 403) return "not_allowed"
  if (status === 409) return "conflict"
  if (status === 429) return "rate_limited"
  if (status === 408) return "unavailable"
  if (status !== undefined && status >= 400 && status < 500) return "invalid"
  return "unavailable"
}

/** Marks errors thrown into a page's error boundary: in production only `digest` reaches error.tsx. */
export const DIGEST_PREFIX = "dharavi-backend"

/**
 * A backend answer that was not a success, or a call that got no answer (network failure, timeout).
 * Keeps the backend's `{ type, code, message, details }` and Retry-After, and carries a `digest`
 * naming its kind so the route's error.tsx can say which, even in production builds.
 */
export class BackendError extends Error {
  readonly kind: FailureKind
  readonly status?: number
  readonly statusText?: string
  readonly code?: string
  readonly details: Record<string, unknown>
  readonly retryAfter?: number
  readonly digest: string

  constructor(init: {
    message: string
    status?: number
    statusText?: string
    code?: string
    details?: Record<string, unknown>
    retryAfter?: number
    cause?: unknown
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = "BackendError"
    this.status = init.status
    this.statusText = init.statusText
    this.code = init.code
    this.details = init.details ?? {}
    this.kind = kindOfStatus(init.status)
    this.retryAfter =
      this.kind === "rate_limited" ? (init.retryAfter ?? secondsIn(this.details.retry_after)) : undefined
    // Unique per error: Next.js keys the errors of one render by digest.
    const wait = this.retryAfter !== undefined ? `:${this.retryAfter}` : ""
    this.digest = `${DIGEST_PREFIX}:${this.kind}${wait}:${Math.random().toString(36).slice(2, 10)}`
  }
}

function secondsIn(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() ? Number(value) : value
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.ceil(n) : undefined
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined
  const seconds = secondsIn(header)
  if (seconds !== undefined) return seconds
  const at = Date.parse(header)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000))
}

/** Whole minutes to tell people to wait: at least one. */
export function minutesToWait(seconds: number | undefined): number {
  return Math.max(1, Math.ceil((seconds ?? 60) / 60))
}

/**
 * Any error from a backend call: our BackendError, the js-sdk's FetchError (`status`), an upload's
 * error with a status, a fetch TypeError ("fetch failed"), a timeout or abort. Without a status it
 * is "unavailable".
 */
export function classify(error: unknown): Failure {
  if (error instanceof BackendError) {
    return {
      kind: error.kind,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.code ? { code: error.code } : {}),
      ...(Object.keys(error.details).length ? { details: error.details } : {}),
      ...(fieldOf(error) ? { field: fieldOf(error) } : {}),
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
    }
  }
  const raw = (error as { status?: unknown } | null)?.status
  const status = typeof raw === "number" ? raw : undefined
  const kind = kindOfStatus(status)
  return status === undefined ? { kind } : { kind, status }
}

/** A field name safe to put in a URL and show: `email`, `skills.0.trade`. */
const FIELD = /^[A-Za-z][\w.-]{0,59}$/
/** An error code safe to put in a URL: snake_case, as the contracts declare them. */
const CODE = /^[a-z][a-z0-9_]{0,59}$/

/**
 * The input a 400 refused: details.field of a coded error, or the first field Medusa's own validator
 * names in its message ("Invalid request: Field 'quantity' is required"; see validationMessage).
 */
function fieldOf(error: BackendError): string | undefined {
  if (error.kind !== "invalid") return undefined
  const named =
    typeof error.details.field === "string"
      ? error.details.field
      : /\b[Ff]ield '([^']+)'/.exec(validationMessage(error))?.[1]
  return named && FIELD.test(named) ? named : undefined
}

/**
 * The message of Medusa's own validation refusal, for a form to find the fields it names: a 400 with no
 * code (the routes' zod validators answer in English, "Invalid request: Field 'email' is required" or
 * "gst_number must be a 15-character GSTIN", and Medusa gives them no code). "" for anything else: an
 * error with a code (every plugin's, the application's) is said from its code and details, never read
 * from its message.
 */
export function validationMessage(error: unknown): string {
  if (!(error instanceof Error)) return ""
  const { status, code } = error as { status?: unknown; code?: unknown }
  return status === 400 && (code === undefined || code === null || code === "") ? error.message : ""
}

/** The kind named by an error's digest (set by BackendError), or null for any other error. */
export function kindFromDigest(digest: string | undefined): { kind: FailureKind; retryAfter?: number } | null {
  if (!digest?.startsWith(`${DIGEST_PREFIX}:`)) return null
  const [, kind, maybeWait] = digest.split(":")
  if (!(FAILURE_KINDS as readonly string[]).includes(kind ?? "")) return null
  const retryAfter = kind === "rate_limited" ? secondsIn(maybeWait) : undefined
  return retryAfter === undefined ? { kind: kind as FailureKind } : { kind: kind as FailureKind, retryAfter }
}

/**
 * What a server action puts in the URL it redirects to after a failure: `error=<kind>` (or another
 * parameter, `key`, for a page with several forms), the backend's `code=<code>` when it gave one (the
 * page says that code's text: see errorText), for 429 `wait=<minutes>`, and for a 400 that named the
 * refused input `field=<name>`. Pages read it back with failureFromQuery.
 */
export function failureQuery(failure: Failure, key = "error"): Record<string, string> {
  const code: Record<string, string> = failure.code && CODE.test(failure.code) ? { code: failure.code } : {}
  if (failure.kind === "rate_limited")
    return { [key]: failure.kind, ...code, wait: String(minutesToWait(failure.retryAfter)) }
  if (failure.kind === "invalid" && failure.field && FIELD.test(failure.field))
    return { [key]: failure.kind, ...code, field: failure.field }
  return { [key]: failure.kind, ...code }
}

export function failureFromQuery(
  query: Record<string, string | string[] | undefined>,
  key = "error"
): { kind: FailureKind; minutes: number; field?: string; code?: string } | null {
  const error = query[key]
  if (typeof error !== "string" || !(FAILURE_KINDS as readonly string[]).includes(error)) return null
  const wait = typeof query.wait === "string" ? Number(query.wait) : NaN
  const minutes = Number.isInteger(wait) && wait > 0 && wait < 24 * 60 ? wait : 1
  const field =
    error === "invalid" && typeof query.field === "string" && FIELD.test(query.field) ? query.field : undefined
  const code = typeof query.code === "string" && CODE.test(query.code) ? query.code : undefined
  return { kind: error as FailureKind, minutes, ...(field ? { field } : {}), ...(code ? { code } : {}) }
}

/**
 * Where a failed sign-in sends the person back: "wrong email or password" only when the backend said
 * so (401/403, or no token without an error); a throttle, an outage or a refused input says that instead.
 */
export function signInFailureQuery(error: unknown): Record<string, string> {
  if (error === null || error === undefined) return { error: "credentials" }
  const failure = classify(error)
  return failure.kind === "not_allowed" ? { error: "credentials" } : failureQuery(failure)
}

/**
 * The URL query a form's server action redirects with after a failure: the form's own code when `own`
 * names one for it (a 409 that means "slot taken"), else the kind. A busy record (409 `record_busy`)
 * is always "someone else is changing this right now", whatever the form calls its other conflicts.
 * `key` is the query parameter the page reads (`error`, or `quote`, `colleague`… on pages with several forms).
 */
export function formFailureQuery(
  error: unknown,
  own: (failure: Failure) => string | null | undefined = () => null,
  key = "error"
): Record<string, string> {
  const failure = classify(error)
  if (failure.code === PlatformErrors.RECORD_BUSY) return failureQuery({ ...failure, kind: "conflict" }, key)
  const mine = own(failure)
  return mine ? { [key]: mine } : failureQuery(failure, key)
}
