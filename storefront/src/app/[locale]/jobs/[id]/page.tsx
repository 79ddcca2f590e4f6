import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { EmployerLine, formatDay, MatchPill, SkillTags, wageText } from "@/components/jobs/JobParts"
import { TradeIcon } from "@/components/jobs/TradeIcon"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { applyToJob, reportJob } from "@/lib/actions/jobs"
import { loginHref, withQuery } from "@/lib/actions/helpers"
import { getAuthToken } from "@/lib/cookies"
import { titleData } from "@/lib/data/errors"
import { getJob, getMyKarigar, getTradesOrEmpty } from "@/lib/data/jobs"
import { isShift, REPORT_REASONS, takesApplications } from "@/lib/jobs"
import { formatNumber } from "@/lib/money"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"
import { TradeNamesFailure } from "@/components/jobs/TradeNamesFailure"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const APPLY_ERRORS = ["closed", "own", "apply"] as const
const REPORT_ERRORS = ["reason", "already_reported", "report"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const job = await titleData(getJob(id))
  const t = await getTranslations({ locale: toAppLocale(locale), namespace: "Jobs" })
  return { title: job?.post.title ?? t("title") }
}

/** One job: the wage, shifts, place, openings, dates and employer; apply in one tap; report the post. */
export default async function JobPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [job, catalogue, query, t] = await Promise.all([
    getJob(id),
    getTradesOrEmpty(),
    searchParams,
    getTranslations({ locale, namespace: "Jobs" }),
  ])
  if (!job) notFound()
  const { post, for_me: forMe } = job
  const page = `/${locale}/jobs/${encodeURIComponent(post.id)}`
  const signedIn = Boolean(await getAuthToken())
  let hasProfile = Boolean(forMe)
  if (signedIn && !forMe) {
    // A failure is thrown: "make a profile first" would be a guess.
    hasProfile = Boolean(await getMyKarigar())
  }
  const application = forMe?.application ?? null
  const open = takesApplications(post)
  const applyError = oneOf(query.error, APPLY_ERRORS)
  const applyFailure = await failureNotice(locale, query)
  const reportError = oneOf(query.error, REPORT_ERRORS)
  const reportFailure = await failureNotice(locale, query, "report_error")
  const first = post.skills[0]
  const group = first ? catalogue.trades.find((x) => x.code === first.trade)?.group : null

  return (
    <div className="container section narrow job-page">
      <p>
        <Link href={`/${locale}/jobs`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header job-header">
        <span className={`trade-badge trade-badge-large trade-group-${group ?? "general"}`}>
          <TradeIcon trade={first?.trade} group={group} size={40} />
        </span>
        <div>
          <h1 data-testid="job-title">{post.title}</h1>
          <p className="job-wage job-wage-large" data-testid="job-wage">
            {await wageText(post.wage_amount, post.wage_period, locale)}
          </p>
          <p className="shop-pills">
            <span className="pill pill-neutral" data-testid="job-type">
              {t(`type.${post.employment_type}`)}
            </span>
            <span className={`pill pill-post-${post.status}`} data-testid="job-status" data-status={post.status}>
              {t(`postStatus.${post.status}`)}
            </span>
            {forMe?.match ? <MatchPill match={forMe.match} locale={locale} /> : null}
          </p>
        </div>
      </header>
      <TradeNamesFailure catalogue={catalogue} locale={locale} />

      <p className="notice notice-pending safety-note" data-testid="safety-note">
        {t("safety")}
      </p>

      <section className="card" aria-labelledby="apply-title" data-testid="apply-section">
        <h2 id="apply-title">{t("apply.title")}</h2>
        {query.applied === "1" && application ? (
          <p className="notice notice-success" role="status" data-testid="apply-done">
            {t("apply.done")}
          </p>
        ) : null}
        {query.profile === "saved" ? (
          <p className="notice notice-success" role="status">
            {t("karigar.saved.updated")}
          </p>
        ) : null}
        {applyError || applyFailure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="apply-error"
            data-error={applyFailure?.kind ?? applyError}
          >
            {applyFailure ? applyFailure.text : t(`apply.errors.${applyError!}`)}
          </p>
        ) : null}
        {application ? (
          <>
            <p data-testid="my-application" data-status={application.status}>
              <strong>{t("apply.yourStatus", { status: t(`appStatus.${application.status}`) })}</strong>
            </p>
            <Link
              href={`/${locale}/account/applications#a-${application.id}`}
              className="button button-secondary button-block"
              data-testid="see-applications"
            >
              {t("apply.seeApplications")}
            </Link>
          </>
        ) : !open ? (
          <p className="muted" data-testid="apply-closed">
            {t("apply.closed")}
          </p>
        ) : !signedIn ? (
          <>
            <p className="hint">{t("apply.signInHint")}</p>
            <div className="actions-row actions-start">
              <Link href={loginHref(locale, page)} className="button button-large" data-testid="apply-sign-in">
                {t("apply.signIn")}
              </Link>
              <Link
                href={withQuery(`/${locale}/account/register`, { return_to: page })}
                className="button button-secondary"
              >
                {t("apply.register")}
              </Link>
            </div>
          </>
        ) : !hasProfile ? (
          <>
            <p className="hint">{t("apply.needProfile")}</p>
            <Link
              href={withQuery(`/${locale}/account/karigar`, { return_to: page })}
              className="button button-large button-block"
              data-testid="apply-make-profile"
            >
              {t("apply.makeProfile")}
            </Link>
          </>
        ) : (
          <form action={applyToJob} className="form-stack" data-testid="apply-form">
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="post_id" value={post.id} />
            <p className="hint">{t("apply.oneTap")}</p>
            <SubmitButton
              className="button button-large button-block"
              pendingLabel={t("apply.applying")}
              data-testid="apply-button"
            >
              {t("apply.button")}
            </SubmitButton>
            <details className="apply-note">
              <summary>{t("apply.noteLabel")}</summary>
              <div className="field">
                <label htmlFor="apply-note" className="visually-hidden">
                  {t("apply.noteLabel")}
                </label>
                <textarea id="apply-note" name="note" rows={3} maxLength={500} aria-describedby="apply-note-hint" />
                <p className="hint" id="apply-note-hint">
                  {t("apply.noteHint")}
                </p>
              </div>
            </details>
          </form>
        )}
      </section>

      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">{t("details")}</h2>
        <dl className="job-facts" data-testid="job-facts">
          <div>
            <dt>{t("pay")}</dt>
            <dd>{await wageText(post.wage_amount, post.wage_period, locale)}</dd>
          </div>
          {post.shifts.length ? (
            <div>
              <dt>{t("shifts")}</dt>
              <dd data-testid="job-shifts">
                {post.shifts
                  .filter(isShift)
                  .map((s) => t(`shift.${s}`))
                  .join(", ")}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t("where")}</dt>
            <dd data-testid="job-where">
              {post.area}
              {post.landmark ? ` · ${post.landmark}` : null}
            </dd>
          </div>
          <div>
            <dt>{t("openings")}</dt>
            <dd data-testid="job-openings" data-left={post.openings_left}>
              {t("openingsOf", {
                left: formatNumber(post.openings_left, locale),
                total: formatNumber(post.openings, locale),
              })}
            </dd>
          </div>
          <div>
            <dt>{t("when")}</dt>
            <dd data-testid="job-dates">
              {post.ends_on
                ? t("startsEnds", { start: formatDay(post.starts_on, locale), end: formatDay(post.ends_on, locale) })
                : t("starts", { date: formatDay(post.starts_on, locale) })}
            </dd>
          </div>
          <div>
            <dt>{t("employerLabel")}</dt>
            <dd>
              <EmployerLine employer={post.employer} locale={locale} />
              {post.employer?.area ? <span className="muted"> · {post.employer.area}</span> : null}
            </dd>
          </div>
        </dl>
        {post.expires_at && open ? (
          <p className="muted">{t("expires", { date: formatDay(post.expires_at, locale) })}</p>
        ) : null}
        <h3>{t("skillsNeeded")}</h3>
        <SkillTags skills={post.skills} catalogue={catalogue} locale={locale} withLevel />
        {post.description ? (
          <p className="job-description" data-testid="job-description">
            {post.description}
          </p>
        ) : null}
        {post.employer?.about ? <p className="muted">{post.employer.about}</p> : null}
      </section>

      <section className="card report-card" id="report" aria-labelledby="report-title" data-testid="report-section">
        {query.reported === "1" ? (
          <p className="notice notice-success" role="status" data-testid="report-done">
            {t("report.done")}
          </p>
        ) : null}
        {reportError || reportFailure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="report-error"
            data-error={reportFailure?.kind ?? reportError}
          >
            {reportFailure ? reportFailure.text : t(`report.errors.${reportError!}`)}
          </p>
        ) : null}
        <details open={Boolean(reportError)}>
          <summary>
            <h2 id="report-title">{t("report.title")}</h2>
          </summary>
          <p className="hint">{t("report.intro")}</p>
          {signedIn ? (
            <form action={reportJob} className="form-stack" data-testid="report-form">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="post_id" value={post.id} />
              <fieldset className="choice-fieldset">
                <legend>{t("report.reason")}</legend>
                <div className="choice-list compact">
                  {REPORT_REASONS.map((reason, i) => (
                    <label key={reason} className="check">
                      <input
                        type="radio"
                        name="reason"
                        value={reason}
                        required={i === 0}
                        data-testid={`report-${reason}`}
                      />
                      <span>{t(`report.reasons.${reason}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <div className="field">
                <label htmlFor="report-details">{t("report.details")}</label>
                <textarea id="report-details" name="details" rows={3} maxLength={1000} />
              </div>
              <SubmitButton
                className="button button-secondary"
                pendingLabel={t("report.sending")}
                data-testid="report-submit"
              >
                {t("report.submit")}
              </SubmitButton>
            </form>
          ) : (
            <Link href={loginHref(locale, page)} className="button button-secondary">
              {t("report.signIn")}
            </Link>
          )}
        </details>
      </section>
    </div>
  )
}
