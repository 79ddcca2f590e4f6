import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { failureFromQuery, type FailureKind } from "./failures"

type Query = Record<string, string | string[] | undefined>

/**
 * The sentence for a form's failure that a server action put in the URL (`?error=<kind>&wait=<minutes>`,
 * `&field=<name>` for a refused input; see failureQuery), in the page's language; null when the URL
 * names no failure kind. `key` is the parameter the form's action used (`error` unless the page has
 * several forms).
 */
export async function failureNotice(locale: AppLocale, query: Query, key = "error"): Promise<{ kind: FailureKind; text: string } | null> {
  const failure = failureFromQuery(query, key)
  if (!failure) return null
  const t = await getTranslations({ locale, namespace: "Errors" })
  if (failure.kind === "invalid" && failure.field) {
    // The field's name in the page's language when we have one ("quantity" → "मात्रा"), else as the backend wrote it.
    const last = failure.field.split(".").filter((part) => !/^\d+$/.test(part)).pop() ?? failure.field
    const label = t.has(`fields.${last}` as "fields.email") ? t(`fields.${last}` as "fields.email") : failure.field
    return { kind: failure.kind, text: t("failure.invalid_field", { field: label }) }
  }
  return { kind: failure.kind, text: t(`failure.${failure.kind}`, { minutes: failure.minutes }) }
}
