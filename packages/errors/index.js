// Coded errors shared by every plugin and the application's error handler. A plugin throws
// `codedError(type, code, message, details)`; the app answers it as { type, code, message, details }
// with the status of its type (409 included, whose message Medusa's own handler would replace).
// Plain CommonJS: plugins load it at run time as it is.
"use strict"
const { MedusaError } = require("@medusajs/framework/utils")

const T = MedusaError.Types

/** HTTP status of each MedusaError type, as Medusa's own handler maps them. */
const STATUS = {
  [T.NOT_FOUND]: 404,
  [T.NOT_ALLOWED]: 400,
  [T.INVALID_DATA]: 400,
  [T.INVALID_ARGUMENT]: 400,
  [T.UNAUTHORIZED]: 401,
  [T.FORBIDDEN]: 403,
  [T.CONFLICT]: 409,
  [T.DUPLICATE_ERROR]: 422,
  [T.PAYMENT_AUTHORIZATION_ERROR]: 422,
  [T.UNEXPECTED_STATE]: 500,
  [T.DB_ERROR]: 500,
}

/** Marks the errors whose message and details are written for the person who made the request. */
const CODED = "__dharavi_coded"

/**
 * A MedusaError with a machine-readable `code` and `details` (plain JSON). Survives Medusa's workflow
 * engine: the thrown error reaches the route and the error handler as it was made.
 */
function codedError(type, code, message, details) {
  const error = new MedusaError(type, message, code)
  error.details = details ?? {}
  error[CODED] = true
  return error
}

const conflict = (code, message, details) => codedError(T.CONFLICT, code, message, details)
const invalid = (code, message, details) => codedError(T.INVALID_DATA, code, message, details)
const notFound = (code, message, details) => codedError(T.NOT_FOUND, code, message, details)
const notAllowed = (code, message, details) => codedError(T.NOT_ALLOWED, code, message, details)
const forbidden = (code, message, details) => codedError(T.FORBIDDEN, code, message, details)
/** 429: too many attempts; `retry_after` (seconds) goes into details and the Retry-After header. */
const tooManyRequests = (code, message, retryAfterSeconds) => {
  const error = codedError("too_many_requests", code, message, { retry_after: retryAfterSeconds })
  error.status = 429
  return error
}

function isCodedError(error) {
  return Boolean(error && typeof error === "object" && (error[CODED] || error.__dharaviCoded))
}

/**
 * The answer for a coded error: { status, body: { type, code, message, details } }, or null for any
 * other error (left to Medusa's own handler).
 */
function codedAnswer(error) {
  if (!isCodedError(error)) return null
  const status = error.status ?? STATUS[error.type] ?? 500
  return { status, body: { type: error.type, code: error.code, message: error.message, details: error.details ?? {} } }
}

module.exports = {
  codedError,
  conflict,
  invalid,
  notFound,
  notAllowed,
  forbidden,
  tooManyRequests,
  isCodedError,
  codedAnswer,
  STATUS,
}
