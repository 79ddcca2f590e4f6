import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import type { Messages } from "@/i18n/messages"
import { retrieveCustomer } from "@/lib/data/customer"
import { failureNotice } from "@/lib/failure-text"
import { safeReturnPath } from "@/lib/paths"

/** The props Next.js hands the sign-in and registration pages. */
export type AuthPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export type AuthError = keyof Messages["Account"]["errors"]

/** The page title of the sign-in or registration page. */
export async function authMetadata(
  params: AuthPageProps["params"],
  title: "loginTitle" | "registerTitle"
): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t(title) }
}

/**
 * What the sign-in and registration pages share before they draw the form: the locale, a safe
 * `return_to`, a redirect away for customers already signed in, the translations and the
 * message for an `?error=` the page knows or a failure kind (unavailable, wait N minutes…); any other
 * error code shows nothing.
 */
export async function loadAuthPage({ params, searchParams }: AuthPageProps, errors: readonly AuthError[]) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const returnTo = typeof query.return_to === "string" ? safeReturnPath(query.return_to, "") : ""
  if (await retrieveCustomer()) redirect(returnTo || `/${locale}/account`)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    getTranslations({ locale, namespace: "Form" }),
  ])
  const error = (errors as readonly unknown[]).includes(query.error)
    ? t(`errors.${query.error as AuthError}`)
    : ((await failureNotice(locale, query))?.text ?? null)
  return { locale, returnTo, t, tForm, error }
}
