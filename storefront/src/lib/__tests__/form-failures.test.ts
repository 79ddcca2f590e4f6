/**
 * What a form says when the backend fails: every failure kind has its sentence (and its "this part could
 * not be loaded" sentence) in en, hi and mr; the forms' new own answers do too; the query a server action
 * redirects with keeps a form's own code, says a busy record as such, names a refused field and can use
 * the parameter of a page with several forms.
 */
import { createTranslator } from "use-intl/core"
import en from "../../../messages/en.json"
import hi from "../../../messages/hi.json"
import mr from "../../../messages/mr.json"
import { BackendError, classify, FAILURE_KINDS, failureFromQuery, failureQuery, formFailureQuery } from "../failures"

const catalogues = { en, hi, mr } as const
type Catalogue = Record<string, unknown>

function at(messages: Catalogue, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Catalogue)[k] : undefined), messages)
}

/** The own answers the forms gained with this change, by message path. */
const OWN_CODES = [
  "Bookings.errors.not_cancellable",
  "Bookings.errors.payment_pending",
  "School.errors.not_cancellable",
  "Pools.errors.pledge_not_live",
  "Errors.trades",
  "Errors.failure.invalid_field",
]

describe("every failure kind has text in en, hi and mr", () => {
  for (const [locale, messages] of Object.entries(catalogues) as ["en" | "hi" | "mr", (typeof catalogues)["en"]][]) {
    test(`${locale}: a form's sentence and a part's sentence for each kind, formatted`, () => {
      const t = createTranslator({ locale, messages, namespace: "Errors" })
      for (const kind of FAILURE_KINDS) {
        const form = t(`failure.${kind}`, { minutes: 3 })
        expect(form.length).toBeGreaterThan(10)
        expect(form).not.toContain("{")
        const part = t(`partial.${kind}`)
        expect(part.length).toBeGreaterThan(5)
      }
      // Marathi writes the number in Devanagari digits (३).
      expect(t("failure.rate_limited", { minutes: 3 })).toMatch(/3|३/)
      expect(t("failure.invalid_field", { field: "x-field" })).toContain("x-field")
    })

    test(`${locale}: the forms' own new answers`, () => {
      for (const path of OWN_CODES) {
        const text = at(messages as Catalogue, path)
        expect(typeof text).toBe("string")
        expect((text as string).length).toBeGreaterThan(10)
      }
    })
  }

  test("Hindi and Marathi are translated, not copied, and name the same fields as English", () => {
    for (const kind of FAILURE_KINDS) {
      expect(at(hi, `Errors.partial.${kind}`)).not.toBe(at(en, `Errors.partial.${kind}`))
      expect(at(mr, `Errors.partial.${kind}`)).not.toBe(at(en, `Errors.partial.${kind}`))
      expect(at(mr, `Errors.partial.${kind}`)).not.toBe(at(hi, `Errors.partial.${kind}`))
    }
    const fields = Object.keys(en.Errors.fields).sort()
    expect(Object.keys(hi.Errors.fields).sort()).toEqual(fields)
    expect(Object.keys(mr.Errors.fields).sort()).toEqual(fields)
    expect(hi.Errors.fields.quantity).toMatch(/[\u0900-\u097F]/)
    expect(mr.Errors.fields.quantity).toMatch(/[\u0900-\u097F]/)
  })
})

describe("the query a failed form redirects with", () => {
  const busy = new BackendError({ message: "busy", status: 409, code: "record_busy" })
  const full = new BackendError({ message: "Conflict", status: 409 })
  const down = new BackendError({ message: "Service Unavailable", status: 503 })
  const stalled = new BackendError({ message: "POST /store/bookings: no answer within 400 ms" })
  const throttled = new BackendError({ message: "Too many", status: 429, retryAfter: 150 })
  const refused = new BackendError({ message: "Forbidden", status: 403 })
  const badField = new BackendError({
    message: "quantity holds a NUL character",
    status: 400,
    code: "invalid_input",
    details: { field: "quantity" },
  })
  // Medusa answers its validators' refusals with no code.
  const medusaZod = new BackendError({ message: "Invalid request: Field 'email' is required", status: 400 })
  const pool = ({ status, code }: { status?: number; code?: string }) =>
    status === 409 ? (code ? null : "pool_full") : null

  test("a form's own code for its own answer; a busy record is never the form's conflict", () => {
    expect(formFailureQuery(full, pool)).toEqual({ error: "pool_full" })
    expect(formFailureQuery(busy, pool)).toEqual({ error: "conflict", code: "record_busy" })
    expect(
      formFailureQuery(new BackendError({ message: "changed", status: 409, code: "pledge_changed" }), pool)
    ).toEqual({ error: "conflict", code: "pledge_changed" })
  })

  test("an outage, a stall, a throttle and a refusal are said as what they were", () => {
    expect(formFailureQuery(down, pool)).toEqual({ error: "unavailable" })
    expect(formFailureQuery(stalled, pool)).toEqual({ error: "unavailable" })
    expect(formFailureQuery(new TypeError("fetch failed"))).toEqual({ error: "unavailable" })
    expect(formFailureQuery(throttled, pool)).toEqual({ error: "rate_limited", wait: "3" })
    expect(formFailureQuery(refused)).toEqual({ error: "not_allowed" })
  })

  test("a 400 names the field it refused: our details.field or Medusa's validator message", () => {
    expect(formFailureQuery(badField)).toEqual({ error: "invalid", code: "invalid_input", field: "quantity" })
    expect(classify(medusaZod).field).toBe("email")
    expect(formFailureQuery(medusaZod)).toEqual({ error: "invalid", field: "email" })
    // A coded error's message is never read for a field.
    expect(
      classify(new BackendError({ message: "Field 'email' is taken", status: 400, code: "pool_terms_invalid" })).field
    ).toBeUndefined()
    // A field name that could not be shown safely is left out, not put in the URL.
    const odd = new BackendError({ message: "no", status: 400, details: { field: "<script>" } })
    expect(formFailureQuery(odd)).toEqual({ error: "invalid" })
    // Only a 400 names a field.
    expect(classify(new BackendError({ message: "Field 'x' exploded", status: 500 })).field).toBeUndefined()
  })

  test("a page with several forms reads its own parameter", () => {
    expect(formFailureQuery(down, undefined, "seat_error")).toEqual({ seat_error: "unavailable" })
    expect(formFailureQuery(throttled, undefined, "colleague")).toEqual({ colleague: "rate_limited", wait: "3" })
    expect(failureFromQuery({ seat_error: "unavailable" }, "seat_error")).toEqual({ kind: "unavailable", minutes: 1 })
    expect(failureFromQuery({ seat_error: "seats_gone" }, "seat_error")).toBeNull()
    expect(failureFromQuery({ error: "unavailable" }, "quote")).toBeNull()
  })

  test("the field comes back from the URL only when it is safe", () => {
    expect(failureFromQuery(failureQuery({ kind: "invalid", field: "skills.0.trade" }))).toEqual({
      kind: "invalid",
      minutes: 1,
      field: "skills.0.trade",
    })
    expect(failureFromQuery({ error: "invalid", field: '"><img>' })).toEqual({ kind: "invalid", minutes: 1 })
    expect(failureFromQuery({ error: "unavailable", field: "email" })).toEqual({ kind: "unavailable", minutes: 1 })
  })
})
