import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { sellerLogin } from "@/lib/actions/seller"
import { retrieveVendorMe } from "@/lib/data/vendor"
import { failureNotice } from "@/lib/failure-text"
import { safeReturnPath } from "@/lib/paths"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Sell" })
  return { title: t("loginTitle"), robots: { index: false } }
}

export default async function SellerLoginPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const returnTo = typeof query.return_to === "string" ? safeReturnPath(query.return_to, "") : ""
  if (await retrieveVendorMe())
    redirect(returnTo.startsWith(`/${locale}/sell/`) ? returnTo : `/${locale}/sell/dashboard`)
  const [t, tForm, failure] = await Promise.all([
    getTranslations({ locale, namespace: "Sell" }),
    getTranslations({ locale, namespace: "Form" }),
    failureNotice(locale, query),
  ])
  return (
    <div className="container section narrow">
      <div className="card auth-card">
        <h1>{t("loginTitle")}</h1>
        <p className="muted">{t("loginIntro")}</p>
        {query.error === "credentials" || failure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="auth-error"
            data-error={failure?.kind ?? "credentials"}
          >
            {failure ? failure.text : t("errors.credentials")}
          </p>
        ) : null}
        <form action={sellerLogin} className="form-stack" data-testid="seller-login-form">
          <input type="hidden" name="locale" value={locale} />
          {returnTo ? <input type="hidden" name="return_to" value={returnTo} /> : null}
          <div className="field">
            <label htmlFor="sl-email">{t("email")}</label>
            <input id="sl-email" name="email" type="email" required autoComplete="email" data-testid="field-email" />
          </div>
          <div className="field">
            <label htmlFor="sl-password">{t("password")}</label>
            <input
              id="sl-password"
              name="password"
              type="password"
              required
              autoComplete="current-password"
              data-testid="field-password"
            />
          </div>
          <SubmitButton
            className="button button-large button-block"
            pendingLabel={tForm("working")}
            data-testid="seller-login-submit"
          >
            {t("submitLogin")}
          </SubmitButton>
        </form>
        <p>
          <Link href={`/${locale}/sell#signup`} className="text-link" data-testid="go-seller-signup">
            {t("noAccount")}
          </Link>
        </p>
      </div>
    </div>
  )
}
