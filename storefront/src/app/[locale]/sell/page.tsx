import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { sellerLogout, sellerSignup } from "@/lib/actions/seller"
import { MIN_PASSWORD } from "@/lib/address"
import { retrieveVendorMe } from "@/lib/data/vendor"
import { formatNumber } from "@/lib/money"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["fields", "password", "phone", "exists", "signup", "noSeller"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Sell" })
  return { title: t("title"), description: t("heroBody") }
}

export default async function SellPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const [t, tForm, me, failure] = await Promise.all([
    getTranslations({ locale, namespace: "Sell" }),
    getTranslations({ locale, namespace: "Form" }),
    retrieveVendorMe(),
    failureNotice(locale, query),
  ])
  const error = oneOf(query.error, ERRORS)
  const benefits = [
    ["direct", t("benefitDirectTitle"), t("benefitDirectBody")],
    ["price", t("benefitPriceTitle"), t("benefitPriceBody")],
    ["help", t("benefitHelpTitle"), t("benefitHelpBody")],
    ["phone", t("benefitPhoneTitle"), t("benefitPhoneBody")],
  ] as const

  return (
    <>
      <section className="hero sell-hero">
        <div className="container hero-inner">
          <p className="eyebrow">{t("eyebrow")}</p>
          <h1 data-testid="sell-title">{t("heroTitle")}</h1>
          <p className="lead">{t("heroBody")}</p>
          <div className="hero-actions">
            {me ? (
              <Link
                href={me.memberships.length ? `/${locale}/sell/dashboard` : `/${locale}/sell/shop`}
                className="button"
              >
                {me.memberships.length ? t("goToDashboard") : t("openShopCta")}
              </Link>
            ) : (
              <a href="#signup" className="button" data-testid="sell-start">
                {t("startCta")}
              </a>
            )}
            {!me ? (
              <Link href={`/${locale}/sell/login`} className="button button-ghost" data-testid="sell-login-link">
                {t("loginCta")}
              </Link>
            ) : null}
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="benefits-title">
        <h2 id="benefits-title">{t("benefitsTitle")}</h2>
        <ul className="benefits">
          {benefits.map(([key, title, body]) => (
            <li key={key} className="benefit card" data-testid={`benefit-${key}`}>
              <h3>{title}</h3>
              <p>{body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="how" aria-labelledby="steps-title">
        <div className="container section">
          <h2 id="steps-title">{t("stepsTitle")}</h2>
          <ol className="how-list">
            <li>{t("step1")}</li>
            <li>{t("step2")}</li>
            <li>{t("step3")}</li>
            <li>{t("step4")}</li>
          </ol>
        </div>
      </section>

      <section className="container section narrow" id={me ? "start" : "signup"} aria-labelledby="start-title">
        {me ? (
          <div className="card auth-card" data-testid="sell-signed-in">
            <h2 id="start-title">{t("signedInTitle", { name: me.user.name })}</h2>
            <p className="muted">{me.user.email}</p>
            <div className="actions-row actions-start">
              {me.memberships.length ? (
                <Link href={`/${locale}/sell/dashboard`} className="button" data-testid="go-dashboard">
                  {t("goToDashboard")}
                </Link>
              ) : null}
              <Link
                href={`/${locale}/sell/shop`}
                className={me.memberships.length ? "button button-secondary" : "button"}
                data-testid="go-open-shop"
              >
                {me.memberships.length ? t("openAnotherShop") : t("openShopCta")}
              </Link>
            </div>
            <form action={sellerLogout}>
              <input type="hidden" name="locale" value={locale} />
              <SubmitButton className="text-button" data-testid="seller-logout">
                {t("logout")}
              </SubmitButton>
            </form>
          </div>
        ) : (
          <div className="card auth-card">
            <h2 id="start-title">{t("signupTitle")}</h2>
            <p className="muted">{t("signupIntro")}</p>
            {error || failure ? (
              <p
                className="notice notice-error"
                role="alert"
                data-testid="signup-error"
                data-error={failure?.kind ?? error}
              >
                {failure ? failure.text : t(`errors.${error!}`)}
              </p>
            ) : null}
            <form action={sellerSignup} className="form-stack" data-testid="seller-signup-form">
              <input type="hidden" name="locale" value={locale} />
              <div className="field">
                <label htmlFor="sg-name">{t("name")}</label>
                <input
                  id="sg-name"
                  name="name"
                  required
                  minLength={2}
                  maxLength={120}
                  autoComplete="name"
                  data-testid="field-name"
                />
              </div>
              <div className="field">
                <label htmlFor="sg-phone">{t("phone")}</label>
                <input
                  id="sg-phone"
                  name="phone"
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  aria-describedby="sg-phone-hint"
                  data-testid="field-phone"
                />
                <p className="hint" id="sg-phone-hint">
                  {t("phoneHint")}
                </p>
              </div>
              <div className="field">
                <label htmlFor="sg-email">{t("email")}</label>
                <input
                  id="sg-email"
                  name="email"
                  type="email"
                  required
                  autoComplete="email"
                  data-testid="field-email"
                />
              </div>
              <div className="field">
                <label htmlFor="sg-password">{t("password")}</label>
                <input
                  id="sg-password"
                  name="password"
                  type="password"
                  required
                  minLength={MIN_PASSWORD}
                  autoComplete="new-password"
                  aria-describedby="sg-password-hint"
                  data-testid="field-password"
                />
                <p className="hint" id="sg-password-hint">
                  {t("passwordHint", { min: formatNumber(MIN_PASSWORD, locale) })}
                </p>
              </div>
              <SubmitButton
                className="button button-large button-block"
                pendingLabel={tForm("working")}
                data-testid="signup-submit"
              >
                {t("submitSignup")}
              </SubmitButton>
            </form>
            <p>
              <Link href={`/${locale}/sell/login`} className="text-link" data-testid="go-seller-login">
                {t("haveAccount")}
              </Link>
            </p>
          </div>
        )}
      </section>
    </>
  )
}
