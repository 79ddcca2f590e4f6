import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ContactReveal } from "@/components/jobs/ContactReveal"
import { contactRevealLabels, EmployerLine, formatDay, wageText } from "@/components/jobs/JobParts"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { shareContact, withdrawApplication } from "@/lib/actions/jobs"
import { loginHref } from "@/lib/actions/helpers"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf } from "@/lib/data/errors"
import { listMyApplications } from "@/lib/data/jobs"
import { canShareContact, canWithdraw, isRemoved, type KarigarApplication } from "@/lib/jobs"
import { numberLocale } from "@/lib/money"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const SAVED = ["withdrawn", "shared", "unshared"] as const
const ERRORS = ["withdraw", "share"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("applications.title"), robots: { index: false } }
}

/** My applications: status, withdraw, "share my contact", the employer's contact once both agreed, the address once hired. */
export default async function ApplicationsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/account/applications`
  const [customer, query, t, tAccount] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "Account" }),
  ])
  if (!customer) redirect(loginHref(locale, page))

  let applications: KarigarApplication[] = []
  let failed: FailureKind | null = null
  try {
    applications = (await listMyApplications()) ?? []
  } catch (error) {
    console.error("[jobs] applications failed:", describe(error))
    failed = kindOf(error)
  }
  const saved = oneOf(query.saved, SAVED)
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const labels = await contactRevealLabels(locale, t("applications.showContact"))

  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="applications-title">{t("applications.title")}</h1>
        <p className="lead">{t("applications.intro")}</p>
        <p>
          <Link href={`/${locale}/account/karigar`} className="text-link" data-testid="applications-profile-link">
            {t("editProfile")} →
          </Link>
        </p>
      </header>

      {saved ? (
        <p className="notice notice-success" role="status" data-testid="application-saved" data-saved={saved}>
          {t(`applications.saved.${saved}`)}
        </p>
      ) : null}
      {error || failure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="application-error"
          data-error={failure?.kind ?? error}
        >
          {failure ? failure.text : t(`applications.errors.${error!}`)}
        </p>
      ) : null}

      {failed ? (
        <LoadFailure kind={failed}>{t("applications.loadError")}</LoadFailure>
      ) : applications.length === 0 ? (
        <div className="empty-state" data-testid="no-applications">
          <p>
            <strong>{t("applications.emptyTitle")}</strong>
          </p>
          <p>{t("applications.emptyBody")}</p>
          <Link href={`/${locale}/jobs`} className="button button-secondary">
            {t("applications.browse")}
          </Link>
        </div>
      ) : (
        <ul className="booking-list" data-testid="application-list">
          {await Promise.all(
            applications.map(async (a) => {
              const post = a.post
              const removed = isRemoved(post)
              const live = post && !removed ? post : null
              return (
                <li
                  key={a.id}
                  id={`a-${a.id}`}
                  className="card booking-card application-card"
                  data-testid="application-row"
                  data-application-id={a.id}
                  data-post-id={a.post_id}
                  data-status={a.status}
                >
                  <div className="booking-head">
                    <h2>
                      {live ? (
                        <Link href={`/${locale}/jobs/${encodeURIComponent(live.id)}`} data-testid="application-title">
                          {live.title}
                        </Link>
                      ) : (
                        <span className="muted">{removed ? t("applications.removed") : t("applications.missing")}</span>
                      )}
                    </h2>
                    <span
                      className={`pill pill-app-${a.status}`}
                      data-testid="application-status"
                      data-status={a.status}
                    >
                      {t(`appStatus.${a.status}`)}
                    </span>
                  </div>
                  {live ? (
                    <>
                      <p>
                        <EmployerLine employer={live.employer} locale={locale} />
                      </p>
                      <p className="muted">
                        {await wageText(live.wage_amount, live.wage_period, locale)} · {live.area}
                        {live.landmark ? ` · ${live.landmark}` : null}
                      </p>
                    </>
                  ) : null}
                  <p className="muted">{t("applications.appliedOn", { date: date.format(new Date(a.created_at)) })}</p>

                  {a.status === "hired" && live ? (
                    <div className="notice notice-success hired-box" data-testid="hired-box">
                      <strong>{t("applications.hiredNote")}</strong>
                      {live.starts_on ? <p>{t("starts", { date: formatDay(live.starts_on, locale) })}</p> : null}
                      <p>
                        <strong>{t("applications.addressTitle")}: </strong>
                        <span data-testid="hired-address">{live.address || t("applications.noAddress")}</span>
                      </p>
                    </div>
                  ) : null}

                  {canShareContact(a.status) && !removed ? (
                    <div
                      className="share-box"
                      data-testid="share-box"
                      data-shared={a.contact_shared ? "true" : "false"}
                    >
                      <h3>{t("applications.shareTitle")}</h3>
                      <p className="hint" data-testid="share-state">
                        {a.contact_shared
                          ? a.contact_available
                            ? t("applications.shareOn")
                            : t("applications.waitShortlist")
                          : t("applications.shareOff")}
                      </p>
                      <form action={shareContact}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="application_id" value={a.id} />
                        <input type="hidden" name="share" value={a.contact_shared ? "0" : "1"} />
                        {!a.contact_shared ? <p className="hint">{t("applications.shareHint")}</p> : null}
                        <SubmitButton
                          className={a.contact_shared ? "button button-secondary" : "button"}
                          data-testid={a.contact_shared ? "unshare-contact" : "share-contact"}
                          aria-label={a.contact_shared ? t("applications.shareNo") : t("applications.shareYes")}
                        >
                          {a.contact_shared ? t("applications.shareNo") : t("applications.shareYes")}
                        </SubmitButton>
                      </form>
                    </div>
                  ) : null}

                  {a.contact_available ? (
                    <div className="contact-box" data-testid="employer-contact">
                      <h3>{t("applications.contactTitle")}</h3>
                      <ContactReveal applicationId={a.id} scope="karigar" labels={labels} />
                    </div>
                  ) : null}

                  {canWithdraw(a.status) ? (
                    <form action={withdrawApplication} className="withdraw-form">
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="application_id" value={a.id} />
                      <p className="hint">{t("applications.withdrawHint")}</p>
                      <SubmitButton className="button button-secondary" data-testid="withdraw-application">
                        {t("applications.withdraw")}
                      </SubmitButton>
                    </form>
                  ) : null}
                </li>
              )
            })
          )}
        </ul>
      )}
    </div>
  )
}
