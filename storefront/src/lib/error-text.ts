import { createTranslator } from "use-intl/core"
import type { AppLocale } from "@/i18n/locales"
import { catalogues } from "../i18n/messages"
import type { FailureKind } from "./failures"
import { PlatformErrors } from "./platform-codes"

/**
 * The one place a backend failure becomes a sentence: the text of its error code (`Codes.<code>`, the
 * table in messages/codes/<plugin>.json that the plugins' contract tests keep complete) with its
 * details as ICU values, else the refused field, else the failure kind's text (`Errors.failure.<kind>`).
 * Never the backend's own message: that is English, for logs.
 *
 * Pure (a translator over the catalogues, no request context): server actions, pages and unit tests
 * call it alike.
 */
export type ErrorTextInput = {
  kind: FailureKind
  /** The backend's code (`pool_full`, `record_busy`…). */
  code?: string
  /** The code's details: numbers and strings become ICU values (`{room}`, `{wanted}`). */
  details?: Record<string, unknown>
  /** The input a 400 refused. */
  field?: string
  /** For 429: whole minutes to wait. */
  minutes?: number
}

/**
 * Codes that say less than what the failure itself carries: a throttle's wait in minutes, the field a
 * 400 named. Their kind's text is said instead.
 */
const SAYS_LESS_THAN_KIND = new Set<string>([PlatformErrors.TOO_MANY_ATTEMPTS, PlatformErrors.INVALID_INPUT])

type Values = Record<string, string | number>

/** A code's details as ICU values: numbers and strings as they are, lists of them joined. */
export function detailValues(details: Record<string, unknown> | undefined): Values {
  const out: Values = {}
  for (const [key, value] of Object.entries(details ?? {})) {
    if (typeof value === "number" && Number.isFinite(value)) out[key] = value
    else if (typeof value === "string") out[key] = value
    else if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string" || typeof v === "number"))
      out[key] = value.join(", ")
  }
  return out
}

function translator(locale: AppLocale) {
  let failed = false
  const t = createTranslator({
    locale,
    messages: catalogues[locale],
    // A text that cannot be formatted (a value it names is missing) is not said: the next one is.
    onError: () => {
      failed = true
    },
  })
  const say = (key: string, values?: Values): string | null => {
    failed = false
    if (!t.has(key as never)) return null
    const text = (t as unknown as (key: string, values?: Values) => string)(key, values)
    return failed ? null : text
  }
  return say
}

/** Whether the storefront has text for this code (in English; the contract tests keep hi and mr in step). */
export function hasCodeText(code: string | undefined): boolean {
  return !!code && Object.prototype.hasOwnProperty.call(catalogues.en.Codes, code)
}

/** The sentence for a failure in the page's language. */
export function errorText(locale: AppLocale, failure: ErrorTextInput): string {
  const say = translator(locale)
  const minutes = Math.max(1, failure.minutes ?? 1)
  if (failure.code && !SAYS_LESS_THAN_KIND.has(failure.code) && hasCodeText(failure.code)) {
    const text = say(`Codes.${failure.code}`, { ...detailValues(failure.details), minutes })
    if (text) return text
  }
  if (failure.kind === "invalid" && failure.field) {
    // The field's name in the page's language when we have one ("quantity" → "मात्रा"), else as the backend wrote it.
    const last =
      failure.field
        .split(".")
        .filter((part) => !/^\d+$/.test(part))
        .pop() ?? failure.field
    const label = say(`Errors.fields.${last}`) ?? failure.field
    const text = say("Errors.failure.invalid_field", { field: label })
    if (text) return text
  }
  return say(`Errors.failure.${failure.kind}`, { minutes }) ?? say("Errors.failure.unavailable") ?? ""
}
