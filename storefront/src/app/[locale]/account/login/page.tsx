import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthForm } from "@/components/AuthForm"
import { toAppLocale } from "@/i18n/routing"
import { login } from "@/lib/actions/account"
import { MIN_PASSWORD } from "@/lib/address"
import { retrieveCustomer } from "@/lib/data/customer"
import { safeReturnPath } from "@/lib/paths"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["credentials"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("loginTitle") }
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const returnTo = typeof query.return_to === "string" ? safeReturnPath(query.return_to, "") : ""
  if (await retrieveCustomer()) redirect(returnTo || `/${locale}/account`)
  const [t, tForm] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    getTranslations({ locale, namespace: "Form" }),
  ])
  const error = (ERRORS as readonly unknown[]).includes(query.error) ? t(`errors.${query.error as (typeof ERRORS)[number]}`) : null
  return (
    <AuthForm
      locale={locale}
      mode="login"
      action={login}
      returnTo={returnTo || undefined}
      minPassword={MIN_PASSWORD}
      labels={{
        title: t("loginTitle"),
        intro: t("loginIntro"),
        email: t("email"),
        password: t("password"),
        submit: t("submitLogin"),
        switchText: t("noAccount"),
        error,
        working: tForm("working"),
      }}
    />
  )
}
