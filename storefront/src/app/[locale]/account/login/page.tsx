import { AuthForm } from "@/components/AuthForm"
import { login } from "@/lib/actions/account"
import { MIN_PASSWORD } from "@/lib/address"
import { authMetadata, loadAuthPage, type AuthPageProps } from "@/lib/auth-page"

const ERRORS = ["credentials"] as const

export async function generateMetadata({ params }: AuthPageProps) {
  return authMetadata(params, "loginTitle")
}

export default async function LoginPage(props: AuthPageProps) {
  const { locale, returnTo, t, tForm, error } = await loadAuthPage(props, ERRORS)
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
