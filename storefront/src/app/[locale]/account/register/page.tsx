import { AuthForm } from "@/components/AuthForm"
import { register } from "@/lib/actions/account"
import { MIN_PASSWORD } from "@/lib/address"
import { authMetadata, loadAuthPage, type AuthPageProps } from "@/lib/auth-page"
import { formatNumber } from "@/lib/money"

const ERRORS = ["fields", "password", "exists", "register"] as const

export async function generateMetadata({ params }: AuthPageProps) {
  return authMetadata(params, "registerTitle")
}

export default async function RegisterPage(props: AuthPageProps) {
  const { locale, returnTo, t, tForm, error } = await loadAuthPage(props, ERRORS)
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
