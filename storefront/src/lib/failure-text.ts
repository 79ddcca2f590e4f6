import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { failureFromQuery, type FailureKind } from "./failures"

type Query = Record<string, string | string[] | undefined>

/**
 * The sentence for a form's failure that a server action put in the URL (`?error=<kind>&wait=<minutes>`,
 * see failureQuery), in the page's language; null when the URL names no failure kind.
 */
export async function failureNotice(locale: AppLocale, query: Query): Promise<{ kind: FailureKind; text: string } | null> {
  const failure = failureFromQuery(query)
  if (!failure) return null
  const t = await getTranslations({ locale, namespace: "Errors" })
  return { kind: failure.kind, text: t(`failure.${failure.kind}`, { minutes: failure.minutes }) }
}
