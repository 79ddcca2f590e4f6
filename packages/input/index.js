// Input rules shared by every plugin and the application. Plain CommonJS: loaded at run time as it is.
"use strict"
const { z } = require("@medusajs/framework/zod")
const { invalid } = require("@dharavi/errors")

const DAY_MS = 24 * 3600_000
/** Dates people enter: nothing before this (history, birth years are not asked for)… */
const EARLIEST = new Date("2000-01-01T00:00:00Z")
/** …and nothing further ahead than this many days (a job, a pool, a workshop, a booking). */
const DEFAULT_FUTURE_DAYS = 5 * 366

/**
 * A date or date-time a person enters, coerced like `z.coerce.date()` but only inside a sane window:
 * from 2000-01-01 (or `past_days` before now) to `future_days` after now. `starts_on: 99999999999999`
 * (the year 5138) is a 400 naming the field, not a record.
 */
function saneDate(field, options = {}) {
  return z.coerce.date({ message: options.message ?? `${field} must be a date` }).superRefine(inWindow(field, options))
}

/** The same window for a date-time kept as its ISO string with an offset ("2027-01-05T10:00:00+05:30"). */
function saneDateTime(field, options = {}) {
  return z
    .string()
    .datetime({ offset: true, message: options.message ?? `${field} must be an ISO date-time with an offset` })
    .superRefine((value, ctx) => inWindow(field, options)(new Date(value), ctx))
}

/** The same window for a local calendar date kept as "YYYY-MM-DD". */
function saneLocalDate(field, options = {}) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, options.message ?? `${field} is a local date YYYY-MM-DD`)
    .superRefine((value, ctx) => {
      const date = new Date(`${value}T00:00:00Z`)
      if (Number.isNaN(date.getTime()))
        return ctx.addIssue({ code: "custom", message: `${field} is not a calendar date` })
      inWindow(field, { ...options, slack_days: 1 })(date, ctx)
    })
}

function inWindow(field, options) {
  const futureDays = options.future_days ?? DEFAULT_FUTURE_DAYS
  const slack = (options.slack_days ?? 0) * DAY_MS
  return (value, ctx) => {
    const now = Date.now()
    const earliest = options.past_days !== undefined ? new Date(now - options.past_days * DAY_MS - slack) : EARLIEST
    const latest = new Date(now + futureDays * DAY_MS + slack)
    if (!(value >= earliest && value <= latest)) {
      ctx.addIssue({
        code: "custom",
        message: `${field} must be between ${earliest.toISOString().slice(0, 10)} and ${latest.toISOString().slice(0, 10)}`,
      })
    }
  }
}

/** Why a string cannot be stored: PostgreSQL text never holds NUL, and no person types one. */
const hasNul = (value) => typeof value === "string" && value.includes("\u0000")

/** The first field (dotted path) holding a NUL byte, in a parsed JSON body or a query object. */
function nulField(value, path = "", depth = 0) {
  if (depth > 32) return null
  if (hasNul(value)) return path || "body"
  if (value && typeof value === "object" && !Buffer.isBuffer(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key
      if (hasNul(key)) return at
      const found = nulField(inner, at, depth + 1)
      if (found) return found
    }
  }
  return null
}

/** Query parameters that page a list: whole numbers from 0; the limit at most 10,000 (the admin asks for 9,999). */
const PAGING = { limit: 10_000, offset: Number.MAX_SAFE_INTEGER }

/**
 * Checks a request before any route or middleware of ours or Medusa's uses it; returns the error to
 * answer (400 `invalid_input` with details.field) or null. Path segments must decode as UTF-8 and
 * hold no NUL; query and body strings hold no NUL; limit and offset are whole numbers in range.
 */
function malformedInput(req) {
  const rawPath = String(req.originalUrl ?? req.url ?? "").split("?")[0]
  for (const segment of rawPath.split("/")) {
    let decoded
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return invalid("invalid_input", "The address has broken percent-encoding", { field: "path" })
    }
    if (hasNul(decoded)) return invalid("invalid_input", "The address holds a NUL character", { field: "path" })
  }
  const query = req.query ?? {}
  const queryField = nulField(query)
  if (queryField) return invalid("invalid_input", `${queryField} holds a NUL character`, { field: queryField })
  for (const [name, max] of Object.entries(PAGING)) {
    if (query[name] === undefined) continue
    const value = query[name]
    if (typeof value !== "string" || !/^\d{1,16}$/.test(value) || Number(value) > max) {
      return invalid(
        "invalid_input",
        `${name} must be a whole number from 0${max < PAGING.offset ? ` to ${max}` : ""}`,
        { field: name }
      )
    }
  }
  const bodyField = req.body && typeof req.body === "object" ? nulField(req.body) : null
  if (bodyField) return invalid("invalid_input", `${bodyField} holds a NUL character`, { field: bodyField })
  return null
}

module.exports = { saneDate, saneDateTime, saneLocalDate, malformedInput, nulField, EARLIEST, DEFAULT_FUTURE_DAYS }
