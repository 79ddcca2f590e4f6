import type { MedusaError } from "@medusajs/framework/utils"

export type CodedError<D extends Record<string, unknown> = Record<string, unknown>> = MedusaError & {
  code: string
  details: D
  status?: number
}

/** A MedusaError with a machine-readable code and details; answered as { type, code, message, details }. */
export function codedError<D extends Record<string, unknown>>(
  type: string,
  code: string,
  message: string,
  details?: D
): CodedError<D>
/** 409 */
export function conflict<D extends Record<string, unknown>>(code: string, message: string, details?: D): CodedError<D>
/** 400 */
export function invalid<D extends Record<string, unknown>>(code: string, message: string, details?: D): CodedError<D>
/** 404 */
export function notFound<D extends Record<string, unknown>>(code: string, message: string, details?: D): CodedError<D>
/** 400 (Medusa's not_allowed) */
export function notAllowed<D extends Record<string, unknown>>(code: string, message: string, details?: D): CodedError<D>
/** 403 */
export function forbidden<D extends Record<string, unknown>>(code: string, message: string, details?: D): CodedError<D>
/** 429 with details.retry_after in seconds */
export function tooManyRequests(
  code: string,
  message: string,
  retryAfterSeconds: number
): CodedError<{ retry_after: number }>
export function isCodedError(error: unknown): error is CodedError
export function codedAnswer(
  error: unknown
): { status: number; body: { type: string; code: string; message: string; details: Record<string, unknown> } } | null
export const STATUS: Record<string, number>
