import type { Metadata } from "next"
import type { InputHTMLAttributes } from "react"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { addColleague, registerCompany } from "@/lib/actions/wholesale"
import { loginHref, withQuery } from "@/lib/actions/helpers"
import { retrieveCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { getMyCompany } from "@/lib/data/wholesale"
import { HTML_PATTERNS, fieldsFromQuery } from "@/lib/shop-profile"
import { COMPANY_FIELDS, companyAddresses, companyStatus, sortEmployees } from "@/lib/wholesale"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const REGISTER_ERRORS = ["fields", "exists", "save"] as const
const COLLEAGUE_OUTCOMES = ["added", "fields", "noAccount", "already", "forbidden", "save"] as const
const SHEET_ERRORS = ["forbidden", "missing", "failed"] as const
const BENEFITS = ["tiers", "quotes", "bulk", "sheets"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Wholesale" })
  return { title: t("title"), description: t("intro") }
}

function countryName(code: string, locale: AppLocale): string {
  try {
    return (
      new Intl.DisplayNames([locale === "en" ? "en-IN" : `${locale}-IN`], { type: "region" }).of(code.toUpperCase()) ??
      code
    )
  } catch {
    return code.toUpperCase()
  }
}

/**
 * Wholesale for shops, hotels and exporters: what it offers, and the company's own page: sign-up form
 * (name, GSTIN, email, phone, one address), its review status, and the colleagues who buy for it.
 */
export default async function WholesalePage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/wholesale`
  const [t, customer, mine, query] = await Promise.all([
    getTranslations({ locale, namespace: "Wholesale" }),
    retrieveCustomer(),
    getMyCompany(),
    searchParams,
  ])
  const company = mine?.company ?? null
  const status = company ? companyStatus(company.status) : null
  const registerError = oneOf(query.error, REGISTER_ERRORS)
  const registerFailure = await failureNotice(locale, query)
  const colleagueFailure = await failureNotice(locale, query, "colleague")
  const colleague = oneOf(query.colleague, COLLEAGUE_OUTCOMES)
  const sheetError = oneOf(query.sheet, SHEET_ERRORS)
  const bad = fieldsFromQuery(query.fields, COMPANY_FIELDS)

  return (
    <div className="container section">
      <header className="page-header wholesale-hero">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 data-testid="wholesale-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>

      {sheetError ? (
        <p className="notice notice-error" role="alert" data-testid="sheet-error">
          {t(`sheetErrors.${sheetError}`)}
        </p>
      ) : null}

      {company && status ? (
        <CompanySection
          locale={locale}
          t={t}
          company={company}
          status={status}
          role={mine?.role ?? null}
          me={customer?.id ?? null}
          colleague={colleague}
          colleagueFailure={colleagueFailure}
          done={query.done === "registered"}
        />
      ) : (
        <>
          <ul className="benefits wholesale-benefits">
            {BENEFITS.map((b) => (
              <li key={b} className="card benefit" data-testid={`wholesale-benefit-${b}`}>
                <h2>{t(`benefits.${b}.title`)}</h2>
                <p>{t(`benefits.${b}.body`)}</p>
              </li>
            ))}
          </ul>
          <section className="card" aria-labelledby="how-title">
            <h2 id="how-title">{t("howTitle")}</h2>
            <ol className="how-list">
              <li>{t("steps.one")}</li>
              <li>{t("steps.two")}</li>
              <li>{t("steps.three")}</li>
            </ol>
          </section>

          {!customer ? (
            <section className="card" id="register" aria-labelledby="signin-title" data-testid="wholesale-signin">
              <h2 id="signin-title">{t("signInTitle")}</h2>
              <p>{t("signInBody")}</p>
              <div className="actions-row actions-start">
                <Link
                  href={withQuery(`/${locale}/account/register`, { return_to: page })}
                  className="button"
                  data-testid="wholesale-register-account"
                >
                  {t("createAccount")}
                </Link>
                <Link href={loginHref(locale, page)} className="button button-secondary">
                  {t("signIn")}
                </Link>
              </div>
            </section>
          ) : (
            <section className="card" id="register" aria-labelledby="register-title">
              <h2 id="register-title">{t("formTitle")}</h2>
              <p className="muted">{t("formIntro")}</p>
              {registerError || registerFailure ? (
                <p
                  className="notice notice-error"
                  role="alert"
                  data-testid="register-error"
                  data-error={registerFailure?.kind ?? registerError}
                >
                  {registerFailure ? registerFailure.text : t(`errors.${registerError!}`)}
                </p>
              ) : null}
              <RegisterForm
                locale={locale}
                t={t}
                email={customer.email}
                bad={bad}
                countries={await countryOptions(locale)}
              />
            </section>
          )}
        </>
      )}
    </div>
  )
}

type T = Awaited<ReturnType<typeof getTranslations<"Wholesale">>>

async function countryOptions(locale: AppLocale): Promise<{ code: string; name: string }[]> {
  let codes: string[]
  try {
    codes = [
      ...new Set(
        (await listRegions()).flatMap((r) =>
          (r.countries ?? []).map((c) => c.iso_2).filter((c): c is string => Boolean(c))
        )
      ),
    ]
  } catch {
    codes = ["in"]
  }
  if (!codes.includes("in")) codes.unshift("in")
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => (a.code === "in" ? -1 : b.code === "in" ? 1 : a.name.localeCompare(b.name)))
}

function Field({
  id,
  name,
  label,
  bad,
  t,
  hint,
  ...input
}: {
  id: string
  name: (typeof COMPANY_FIELDS)[number] | "address_2" | "province"
  label: string
  bad: Set<string>
  t: T
  hint?: string
} & InputHTMLAttributes<HTMLInputElement>) {
  const invalid = bad.has(name)
  return (
    <div className={`field${invalid ? " field-error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`company-${name}`}
        {...input}
      />
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {invalid && name !== "address_2" && name !== "province" ? (
        <p className="field-message">{t(`fieldErrors.${name}`)}</p>
      ) : null}
    </div>
  )
}

function RegisterForm({
  locale,
  t,
  email,
  bad,
  countries,
}: {
  locale: AppLocale
  t: T
  email: string
  bad: Set<string>
  countries: { code: string; name: string }[]
}) {
  return (
    <form action={registerCompany} className="form-stack" data-testid="company-form">
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="c-name"
        name="name"
        label={t("fields.name")}
        bad={bad}
        t={t}
        required
        minLength={2}
        maxLength={160}
        autoComplete="organization"
      />
      <Field
        id="c-gst"
        name="gst_number"
        label={t("fields.gst_number")}
        hint={t("fields.gstHint")}
        bad={bad}
        t={t}
        required
        pattern={HTML_PATTERNS.gst_number}
        title={t("fieldErrors.gst_number")}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <div className="form-row two">
        <Field
          id="c-email"
          name="email"
          type="email"
          label={t("fields.email")}
          bad={bad}
          t={t}
          required
          defaultValue={email}
          autoComplete="email"
        />
        <Field
          id="c-phone"
          name="phone"
          type="tel"
          label={t("fields.phone")}
          bad={bad}
          t={t}
          pattern={HTML_PATTERNS.phone}
          title={t("fieldErrors.phone")}
          autoComplete="tel"
        />
      </div>
      <fieldset className="choice-fieldset">
        <legend>{t("fields.addressTitle")}</legend>
        <div className="form-stack">
          <Field
            id="c-address1"
            name="address_1"
            label={t("fields.address_1")}
            bad={bad}
            t={t}
            required
            minLength={3}
            maxLength={200}
            autoComplete="address-line1"
          />
          <Field
            id="c-address2"
            name="address_2"
            label={t("fields.address_2")}
            bad={bad}
            t={t}
            maxLength={200}
            autoComplete="address-line2"
          />
          <div className="form-row two">
            <Field
              id="c-city"
              name="city"
              label={t("fields.city")}
              bad={bad}
              t={t}
              required
              minLength={2}
              maxLength={80}
              autoComplete="address-level2"
            />
            <Field
              id="c-province"
              name="province"
              label={t("fields.province")}
              bad={bad}
              t={t}
              maxLength={80}
              autoComplete="address-level1"
            />
          </div>
          <div className="form-row two">
            <Field
              id="c-postal"
              name="postal_code"
              label={t("fields.postal_code")}
              bad={bad}
              t={t}
              required
              minLength={3}
              maxLength={12}
              inputMode="numeric"
              autoComplete="postal-code"
            />
            <div className={`field${bad.has("country_code") ? " field-error" : ""}`}>
              <label htmlFor="c-country">{t("fields.country_code")}</label>
              <select
                id="c-country"
                name="country_code"
                defaultValue="in"
                autoComplete="country"
                data-testid="company-country_code"
              >
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
              {bad.has("country_code") ? <p className="field-message">{t("fieldErrors.country_code")}</p> : null}
            </div>
          </div>
        </div>
      </fieldset>
      <SubmitButton
        className="button button-large button-block"
        pendingLabel={t("sending")}
        data-testid="company-submit"
      >
        {t("submit")}
      </SubmitButton>
    </form>
  )
}

function CompanySection({
  locale,
  t,
  company,
  status,
  role,
  me,
  colleague,
  colleagueFailure,
  done,
}: {
  locale: AppLocale
  t: T
  company: NonNullable<NonNullable<Awaited<ReturnType<typeof getMyCompany>>>["company"]>
  status: NonNullable<ReturnType<typeof companyStatus>>
  role: "admin" | "buyer" | null
  me: string | null
  colleague: (typeof COLLEAGUE_OUTCOMES)[number] | null
  /** A failure adding a colleague that was not the company's own answer (unavailable, wait…). */
  colleagueFailure: { kind: string; text: string } | null
  done: boolean
}) {
  const address = companyAddresses(company)[0]
  const employees = sortEmployees(company.employees ?? [], me)
  const pill =
    status === "approved"
      ? "pill-status-active"
      : status === "pending"
        ? "pill-status-pending"
        : "pill-status-suspended"
  return (
    <>
      {done && status === "pending" ? (
        <p className="notice notice-success" role="status" data-testid="company-registered">
          {t("registered")}
        </p>
      ) : null}
      <section
        className="card company-card"
        aria-labelledby="company-title"
        data-testid="company-card"
        data-status={status}
      >
        <div className="section-head">
          <h2 id="company-title" data-testid="company-name">
            {company.name}
          </h2>
          <span className={`pill ${pill}`} data-testid="company-status" data-status={status}>
            {t(`status.${status}`)}
          </span>
        </div>
        <p>{t(`statusBody.${status}`)}</p>
        {company.review_note && status !== "approved" ? (
          <p className="muted">{t("reviewNote", { note: company.review_note })}</p>
        ) : null}
        <dl className="profile">
          <div>
            <dt>{t("fields.gst_number")}</dt>
            <dd data-testid="company-gst">{company.gst_number}</dd>
          </div>
          <div>
            <dt>{t("fields.email")}</dt>
            <dd>{company.email}</dd>
          </div>
          {company.phone ? (
            <div>
              <dt>{t("phoneLabel")}</dt>
              <dd>{company.phone}</dd>
            </div>
          ) : null}
          {address ? (
            <div>
              <dt>{t("fields.addressTitle")}</dt>
              <dd>
                {[
                  address.address_1,
                  address.address_2,
                  address.city,
                  address.province,
                  address.postal_code,
                  countryName(address.country_code, locale),
                ]
                  .filter(Boolean)
                  .join(", ")}
              </dd>
            </div>
          ) : null}
          {role ? (
            <div>
              <dt>{t("yourRoleLabel")}</dt>
              <dd data-testid="company-role">{t(`role.${role}`)}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      {status === "approved" ? (
        <section className="card" aria-labelledby="shortcuts-title" data-testid="wholesale-shortcuts">
          <h2 id="shortcuts-title">{t("shortcutsTitle")}</h2>
          <ul className="shortcut-list">
            <li>
              <Link href={`/${locale}/wholesale/order`} className="button button-block" data-testid="bulk-order-link">
                {t("bulkLink")}
              </Link>
            </li>
            <li>
              <Link
                href={`/${locale}/account/quotes`}
                className="button button-secondary button-block"
                data-testid="quotes-link"
              >
                {t("quotesLink")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/store`} className="button button-secondary button-block">
                {t("shopLink")}
              </Link>
            </li>
          </ul>
          <p className="hint">{t("sheetsHint")}</p>
        </section>
      ) : null}

      <section className="card" id="colleagues" aria-labelledby="colleagues-title">
        <h2 id="colleagues-title">{t("colleaguesTitle")}</h2>
        <p className="muted">{t("colleaguesHint")}</p>
        {colleague === "added" ? (
          <p className="notice notice-success" role="status" data-testid="colleague-added">
            {t("colleagueAdded")}
          </p>
        ) : colleague || colleagueFailure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="colleague-error"
            data-error={colleagueFailure?.kind ?? colleague}
          >
            {colleagueFailure ? colleagueFailure.text : t(`colleagueErrors.${colleague!}`)}
          </p>
        ) : null}
        <ul className="member-list" data-testid="colleague-list">
          {employees.map((e, i) => (
            <li key={e.id} className="member-row" data-testid="colleague-row" data-role={e.role}>
              <div className="member-main">
                <strong>{e.me ? t("colleagueYou") : t("colleagueN", { n: i + 1 })}</strong>
                <span className="shop-pills">
                  <span className={`pill ${e.role === "admin" ? "pill-status-active" : "pill-neutral"}`}>
                    {e.role === "admin" ? t("role.admin") : t("role.buyer")}
                  </span>
                </span>
              </div>
            </li>
          ))}
        </ul>
        {role === "admin" ? (
          <form action={addColleague} className="form-stack invite-form" data-testid="colleague-form">
            <input type="hidden" name="locale" value={locale} />
            <h3>{t("addColleagueTitle")}</h3>
            <div className={`field${colleague === "fields" ? " field-error" : ""}`}>
              <label htmlFor="colleague-email">{t("colleagueEmail")}</label>
              <input
                id="colleague-email"
                name="email"
                type="email"
                required
                autoComplete="off"
                aria-describedby="colleague-email-hint"
                data-testid="colleague-email"
              />
              <p className="hint" id="colleague-email-hint">
                {t("addColleagueIntro")}
              </p>
            </div>
            <fieldset className="choice-fieldset">
              <legend>{t("colleagueRole")}</legend>
              <div className="choice-list compact">
                {(["buyer", "admin"] as const).map((r) => (
                  <label key={r} className="choice">
                    <input
                      type="radio"
                      name="role"
                      value={r}
                      defaultChecked={r === "buyer"}
                      data-testid={`colleague-role-${r}`}
                    />
                    <span className="choice-body">
                      <span className="choice-title">{t(`role.${r}`)}</span>
                      <span className="muted">{t(`roleHints.${r}`)}</span>
                    </span>
                    <span />
                  </label>
                ))}
              </div>
            </fieldset>
            <SubmitButton
              className="button button-secondary button-block"
              pendingLabel={t("sending")}
              data-testid="colleague-submit"
            >
              {t("addColleague")}
            </SubmitButton>
          </form>
        ) : (
          <p className="hint">{t("adminOnly")}</p>
        )}
      </section>
    </>
  )
}
