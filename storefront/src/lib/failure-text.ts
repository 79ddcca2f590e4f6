import type { AppLocale } from "@/i18n/locales"
import { errorText } from "./error-text"
import { failureFromQuery, type FailureKind } from "./failures"

type Query = Record<string, string | string[] | undefined>

/**
 * The sentence for a form's failure that a server action put in the URL (`?error=<kind>&code=<code>`,
 * `&wait=<minutes>`, `&field=<name>`; see failureQuery), in the page's language: the code's text when
 * the backend gave one, else the refused field's, else the kind's (errorText). Null when the URL names
 * no failure kind. `key` is the parameter the form's action used (`error` unless the page has several
 * forms).
 */
export async function failureNotice(
  locale: AppLocale,
  query: Query,
  key = "error"
): Promise<{ kind: FailureKind; text: string } | null> {
  const failure = failureFromQuery(query, key)
  if (!failure) return null
  return { kind: failure.kind, text: errorText(locale, failure) }
}
