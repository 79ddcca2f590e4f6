import type { z } from "@medusajs/framework/zod"
import type { CodedError } from "@dharavi/errors"

export type SaneDateOptions = {
  /** Days after now the latest accepted date lies (default 5 years). */
  future_days?: number
  /** Days before now the earliest accepted date lies (default: 2000-01-01). */
  past_days?: number
  /** The message when the value is not a date at all. */
  message?: string
}
/** `z.coerce.date()` bounded to a sane window; outside it, a 400 naming the field. */
export function saneDate(field: string, options?: SaneDateOptions): z.ZodType<Date, unknown>
/** An ISO date-time string with an offset, inside the same window (kept as a string). */
export function saneDateTime(field: string, options?: SaneDateOptions): z.ZodType<string, unknown>
/** A local date "YYYY-MM-DD", inside the same window (kept as a string). */
export function saneLocalDate(field: string, options?: SaneDateOptions): z.ZodType<string, unknown>
/** The 400 to answer for a malformed request (NUL, broken percent-encoding, bad limit/offset), or null. */
export function malformedInput(req: {
  originalUrl?: string
  url?: string
  query?: unknown
  body?: unknown
}): CodedError<{ field: string }> | null
/** The dotted path of the first field holding a NUL byte, or null. */
export function nulField(value: unknown): string | null
export const EARLIEST: Date
export const DEFAULT_FUTURE_DAYS: number
