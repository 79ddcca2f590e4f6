import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { AuthForm } from "@/components/AuthForm"
import { toAppLocale } from "@/i18n/routing"
import { register } from "@/lib/actions/account"
import { MIN_PASSWORD } from "@/lib/address"
import { retrieveCustomer } from "@/lib/data/customer"
import { formatNumber } from "@/lib/money"
import { safeReturnPath } from "@/lib/paths"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["fields", "password", "exists", "register"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("registerTitle") }
}

export default async function RegisterPage({ params, searchParams }: Props) {
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
      mode="register"
      action={register}
      returnTo={returnTo || undefined}
      minPassword={MIN_PASSWORD}
      labels={{
        title: t("registerTitle"),
        intro: t("registerIntro"),
        email: t("email"),
        password: t("password"),
        passwordHint: t("passwordHint", { min: formatNumber(MIN_PASSWORD, locale) }),
        firstName: t("firstName"),
        lastName: t("lastName"),
        submit: t("submitRegister"),
        switchText: t("haveAccount"),
        error,
        working: tForm("working"),
      }}
    />
  )
}
