import { createTranslator } from "use-intl/core"
import en from "../../../messages/en.json"
import hi from "../../../messages/hi.json"
import mr from "../../../messages/mr.json"
import {
  BackendError,
  classify,
  FAILURE_KINDS,
  failureFromQuery,
  failureQuery,
  formFailureQuery,
  kindFromDigest,
  kindOfStatus,
  minutesToWait,
  parseRetryAfter,
  signInFailureQuery,
} from "../failures"
import { encodeQuery } from "../medusa"

describe("failure classifier", () => {
  test("each status has its kind; anything unexpected is unavailable", () => {
    expect(kindOfStatus(404)).toBe("not_found")
    expect(kindOfStatus(401)).toBe("not_allowed")
    expect(kindOfStatus(403)).toBe("not_allowed")
    expect(kindOfStatus(400)).toBe("invalid")
    expect(kindOfStatus(422)).toBe("invalid")
    expect(kindOfStatus(409)).toBe("conflict")
    expect(kindOfStatus(429)).toBe("rate_limited")
    for (const status of [500, 502, 503, 504, 408, 302, undefined]) expect(kindOfStatus(status)).toBe("unavailable")
  })

  test("a BackendError keeps the backend's code, field and Retry-After", () => {
    const busy = new BackendError({ message: "busy", status: 409, code: "record_busy" })
    expect(classify(busy)).toEqual({ kind: "conflict", status: 409, code: "record_busy" })
    const bad = new BackendError({ message: "no", status: 400, code: "invalid_input", details: { field: "email" } })
    expect(classify(bad)).toEqual({
      kind: "invalid",
      status: 400,
      code: "invalid_input",
      details: { field: "email" },
      field: "email",
    })
    // The header wins; details.retry_after when there is no header.
    expect(
      classify(new BackendError({ message: "wait", status: 429, retryAfter: 90, details: { retry_after: 30 } }))
        .retryAfter
    ).toBe(90)
    expect(
      classify(
        new BackendError({ message: "wait", status: 429, code: "too_many_attempts", details: { retry_after: 30 } })
      )
    ).toEqual({
      kind: "rate_limited",
      status: 429,
      code: "too_many_attempts",
      details: { retry_after: 30 },
      retryAfter: 30,
    })
  })

  test("the js-sdk's FetchError, a fetch TypeError and a timeout", () => {
    expect(classify(Object.assign(new Error("Not Found"), { status: 404 }))).toEqual({ kind: "not_found", status: 404 })
    expect(classify(new TypeError("fetch failed")).kind).toBe("unavailable")
    expect(classify(new DOMException("The operation was aborted due to timeout", "TimeoutError")).kind).toBe(
      "unavailable"
    )
    expect(classify(null).kind).toBe("unavailable")
  })

  test("the digest names the kind (and the wait) for error.tsx, and is unique per error", () => {
    const down = new BackendError({ message: "down", status: 503 })
    expect(kindFromDigest(down.digest)).toEqual({ kind: "unavailable" })
    expect(kindFromDigest(new BackendError({ message: "wait", status: 429, retryAfter: 120 }).digest)).toEqual({
      kind: "rate_limited",
      retryAfter: 120,
    })
    expect(down.digest).not.toBe(new BackendError({ message: "down", status: 503 }).digest)
    expect(kindFromDigest("NEXT_HTTP_ERROR_FALLBACK;404")).toBeNull()
    expect(kindFromDigest("1234567")).toBeNull()
    expect(kindFromDigest(undefined)).toBeNull()
  })

  test("Retry-After in seconds or as a date; whole minutes to wait", () => {
    expect(parseRetryAfter("120")).toBe(120)
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 5)).toUTCString(), Date.UTC(2030, 0, 1, 0, 0))).toBe(300)
    expect(parseRetryAfter("soon")).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(minutesToWait(120)).toBe(2)
    expect(minutesToWait(61)).toBe(2)
    expect(minutesToWait(5)).toBe(1)
    expect(minutesToWait(undefined)).toBe(1)
  })

  test("a failure goes into the URL and comes back", () => {
    expect(failureQuery({ kind: "rate_limited", retryAfter: 600 })).toEqual({ error: "rate_limited", wait: "10" })
    expect(failureQuery({ kind: "unavailable" })).toEqual({ error: "unavailable" })
    expect(failureFromQuery({ error: "rate_limited", wait: "10" })).toEqual({ kind: "rate_limited", minutes: 10 })
    expect(failureFromQuery({ error: "unavailable" })).toEqual({ kind: "unavailable", minutes: 1 })
    expect(failureFromQuery({ error: "rate_limited", wait: "-3" })).toEqual({ kind: "rate_limited", minutes: 1 })
    // The backend's code rides along for the page to say its text; anything but a snake_case code is dropped.
    expect(failureQuery({ kind: "conflict", code: "pledge_changed" })).toEqual({
      error: "conflict",
      code: "pledge_changed",
    })
    expect(failureFromQuery({ error: "conflict", code: "pledge_changed" })).toEqual({
      kind: "conflict",
      minutes: 1,
      code: "pledge_changed",
    })
    expect(failureFromQuery({ error: "conflict", code: "<b>x</b>" })).toEqual({ kind: "conflict", minutes: 1 })
    expect(failureFromQuery({ error: "credentials" })).toBeNull()
    expect(failureFromQuery({})).toBeNull()
  })

  test("a sign-in says wrong email or password only for a refused password", () => {
    expect(signInFailureQuery(new BackendError({ message: "Invalid email or password", status: 401 }))).toEqual({
      error: "credentials",
    })
    expect(signInFailureQuery(null)).toEqual({ error: "credentials" })
    expect(
      signInFailureQuery(
        new BackendError({ message: "slow down", status: 429, code: "too_many_attempts", retryAfter: 300 })
      )
    ).toEqual({
      error: "rate_limited",
      code: "too_many_attempts",
      wait: "5",
    })
    expect(signInFailureQuery(new BackendError({ message: "down", status: 503 }))).toEqual({ error: "unavailable" })
    expect(signInFailureQuery(new TypeError("fetch failed"))).toEqual({ error: "unavailable" })
    expect(signInFailureQuery(new BackendError({ message: "bad", status: 400, code: "invalid_input" }))).toEqual({
      error: "invalid",
      code: "invalid_input",
    })
  })

  test("a form keeps its own codes, but a busy record is always 'someone else is changing this'", () => {
    const own = ({ status }: { status?: number }) => (status === 409 ? "slot_taken" : null)
    expect(formFailureQuery(new BackendError({ message: "taken", status: 409, code: "booking_overlap" }), own)).toEqual(
      { error: "slot_taken" }
    )
    expect(formFailureQuery(new BackendError({ message: "busy", status: 409, code: "record_busy" }), own)).toEqual({
      error: "conflict",
      code: "record_busy",
    })
    expect(formFailureQuery(new BackendError({ message: "down", status: 502 }), own)).toEqual({ error: "unavailable" })
  })
})

describe("failure messages", () => {
  const catalogues = { en, hi, mr }
  for (const locale of ["en", "hi", "mr"] as const) {
    test(`${locale}: every kind has a form message and (but not found) an error page`, () => {
      const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Errors" })
      for (const kind of FAILURE_KINDS) {
        const text = t(`failure.${kind}`, { minutes: 7 })
        expect(text.trim().length).toBeGreaterThan(10)
        if (locale !== "en") expect(text).toMatch(/[\u0900-\u097F]/)
        if (kind === "not_found") continue
        expect(t(`page.${kind}.title`).trim()).not.toBe("")
        expect(t(`page.${kind}.body`, { minutes: 7 }).trim()).not.toBe("")
      }
      // "Wait N minutes" says N (in the language's digits: Marathi writes ७).
      const n = (v: number) => new Intl.NumberFormat(locale).format(v)
      expect(t("failure.rate_limited", { minutes: 7 })).toContain(n(7))
      expect(t("page.rate_limited.body", { minutes: 12 })).toContain(n(12))
    })
  }

  test("no failure message talks about a wrong password", () => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "Errors" })
    for (const kind of FAILURE_KINDS) expect(t(`failure.${kind}`, { minutes: 2 })).not.toMatch(/password/i)
    expect(t("page.unavailable.title")).toBe("We can't reach the workshop right now")
  })
})

describe("backend transport", () => {
  test("queries are written like the js-sdk's (qs): arrays indexed, objects nested, nulls skipped", () => {
    expect(encodeQuery({ id: ["a", "b"], limit: 2, q: "झोला bag", none: null, gone: undefined, f: { x: 1 } })).toEqual([
      "id%5B0%5D=a",
      "id%5B1%5D=b",
      "limit=2",
      `q=${encodeURIComponent("झोला bag")}`,
      "f%5Bx%5D=1",
    ])
  })
})
