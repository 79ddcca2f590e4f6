import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { closeJobPost, createJobPost, decideApplication, saveEmployerProfile } from "@/lib/actions/jobs"
import { describe, kindOf } from "@/lib/data/errors"
import {
  getEmployer,
  getEmployerPost,
  getTrades,
  getTradesOrEmpty,
  listEmployerPosts,
  listPostApplications,
  listPostMatches,
} from "@/lib/data/jobs"
import {
  EMPLOYER_FIELDS,
  employerActions,
  employerPages,
  EMPLOYMENT_TYPES,
  fieldsFrom,
  POST_FIELDS,
  scopeValue,
  SHIFTS,
  WAGE_PERIODS,
  type EmployerApplication,
  type EmployerField,
  type EmployerPost,
  type EmployerScope,
  type KarigarMatch,
  type OwnEmployer,
  type PostField,
} from "@/lib/jobs"
import { formatNumber } from "@/lib/money"
import { HTML_PATTERNS } from "@/lib/shop-profile"
import { addDays, dateInZone } from "@/lib/tool-houses"
import { MakerAvatar } from "../marketplace/MakerAvatar"
import { SubmitButton } from "../SubmitButton"
import { ContactReveal } from "./ContactReveal"
import { fieldAria, JobField } from "./JobField"
import { contactRevealLabels, formatDay, MatchPill, SkillTags, Wage, wageText } from "./JobParts"
import { SkillPicker } from "./SkillPicker"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"
import { failureNotice } from "@/lib/failure-text"
import { TradeNamesFailure } from "./TradeNamesFailure"

/**
 * The employer's side of Jobs+, one set of components for both kinds of employer: a business customer
 * (/account/employer, the plugin's /store/jobs/employer routes) and a seller (the "Jobs" tab of the
 * seller dashboard, /vendors/sellers/:id/jobs). `scope` says which; the pages around them add the
 * account link or the shop header.
 */

type Query = Record<string, string | string[] | undefined>
type Common = { locale: AppLocale; scope: EmployerScope; query: Query; canEdit: boolean }

const GROUPS = ["leather", "textile", "pottery", "printing", "recycling", "general"] as const

function Hidden({ locale, scope }: { locale: AppLocale; scope: EmployerScope }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="scope" value={scopeValue(scope)} />
    </>
  )
}

// ---------- Home: the profile and the posts ----------

const HOME_SAVED = ["profile"] as const
const HOME_ERRORS = ["fields", "save", "forbidden", "no_profile"] as const

export async function EmployerHome({ locale, scope, query, canEdit }: Common) {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  const pages = employerPages(locale, scope)
  let employer: OwnEmployer | null = null
  let posts: EmployerPost[] = []
  let failed: FailureKind | null = null
  try {
    employer = await getEmployer(scope)
    if (employer) {
      posts = (await listEmployerPosts(scope)).posts
      // Each post's application counts (the list does not carry them), for the first twenty.
      const detailed = await Promise.all(posts.slice(0, 20).map((p) => getEmployerPost(scope, p.id)))
      posts = posts.map((p, i) => detailed[i] ?? p)
    }
  } catch (error) {
    console.error("[jobs] employer home failed:", describe(error))
    failed = kindOf(error)
  }
  const saved = oneOf(query.saved, HOME_SAVED)
  const error = oneOf(query.error, HOME_ERRORS)
  const failure = await failureNotice(locale, query)
  const bad = fieldsFrom<EmployerField>(query.fields, EMPLOYER_FIELDS)
  const err = (f: EmployerField) => (bad.has(f) ? t(`employer.fieldErrors.${f}`) : null)

  return (
    <div className="employer-home" data-testid="employer-home">
      {saved ? (
        <p className="notice notice-success" role="status" data-testid="employer-saved">
          {t("employer.saved.profile")}
        </p>
      ) : null}
      {failed ? <LoadFailure kind={failed}>{t("employer.loadError")}</LoadFailure> : null}

      {employer ? (
        <section className="card" aria-labelledby="posts-title">
          <div className="section-head">
            <h2 id="posts-title">{t("employer.postsTitle")}</h2>
            <span className="muted" data-testid="employer-post-count">
              {t("employer.postCount", { count: posts.length })}
            </span>
          </div>
          {canEdit ? (
            <Link href={pages.newPost} className="button button-large button-block" data-testid="new-job-post">
              + {t("employer.newPost")}
            </Link>
          ) : null}
          {posts.length ? (
            <ul className="vendor-products employer-posts" data-testid="employer-posts">
              {posts.map((p) => {
                const counts = p.application_counts
                const total = counts ? Object.values(counts).reduce((n, c) => n + (c ?? 0), 0) : null
                return (
                  <li key={p.id}>
                    <Link
                      href={pages.post(p.id)}
                      className="vendor-product"
                      data-testid="employer-post"
                      data-post-id={p.id}
                      data-status={p.status}
                    >
                      <span className="vendor-product-main">
                        <strong>{p.title}</strong>
                        <span className="muted">
                          <Wage amount={p.wage_amount} period={p.wage_period} locale={locale} /> ·{" "}
                          {t(`type.${p.employment_type}`)}
                        </span>
                        <span className="shop-pills">
                          <span
                            className={`pill pill-post-${p.status}`}
                            data-testid="employer-post-status"
                            data-status={p.status}
                          >
                            {t(`postStatus.${p.status}`)}
                          </span>
                          <span className="pill pill-neutral">
                            {t("manage.filledOf", {
                              filled: formatNumber(p.filled, locale),
                              openings: formatNumber(p.openings, locale),
                            })}
                          </span>
                          {total !== null ? (
                            <span
                              className="pill pill-neutral"
                              data-testid="employer-post-applicants"
                              data-count={total}
                            >
                              {t("employer.applicants", { count: total })}
                            </span>
                          ) : null}
                        </span>
                      </span>
                      <span aria-hidden="true" className="chevron">
                        ›
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          ) : (
            <div className="empty-state compact" data-testid="no-employer-posts">
              <p>
                <strong>{t("employer.noPostsTitle")}</strong>
              </p>
              <p>{t("employer.noPostsBody")}</p>
            </div>
          )}
        </section>
      ) : null}

      <section className="card" id="employer" aria-labelledby="employer-title">
        <h2 id="employer-title">{t("employer.profileTitle")}</h2>
        <p className="muted">{t("employer.profileIntro")}</p>
        {employer ? (
          <p className="shop-pills" data-testid="employer-verified-state">
            {employer.verified ? (
              <span className="pill pill-verified">✓ {t("verified")}</span>
            ) : (
              <span className="pill pill-neutral">{t("employer.notVerified")}</span>
            )}
          </p>
        ) : (
          <p className="notice notice-pending" data-testid="employer-needs-profile">
            {t("employer.needProfileFirst")}
          </p>
        )}
        {error || failure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="employer-error"
            data-error={failure?.kind ?? error}
          >
            {failure ? failure.text : t(`employer.errors.${error!}`)}
          </p>
        ) : null}
        {canEdit ? (
          <form action={saveEmployerProfile} className="form-stack" data-testid="employer-form">
            <Hidden locale={locale} scope={scope} />
            <JobField id="e-name" label={t("employer.name")} error={err("name")}>
              <input
                id="e-name"
                name="name"
                required
                minLength={2}
                maxLength={160}
                defaultValue={employer?.name ?? ""}
                {...fieldAria("e-name", false, bad.has("name"))}
                data-testid="field-employer-name"
              />
            </JobField>
            <JobField id="e-area" label={t("employer.area")} hint={t("karigar.areaHint")} error={err("area")}>
              <input
                id="e-area"
                name="area"
                required
                minLength={2}
                maxLength={80}
                defaultValue={employer?.area ?? ""}
                {...fieldAria("e-area", true, bad.has("area"))}
                data-testid="field-employer-area"
              />
            </JobField>
            <JobField id="e-about" label={t("employer.about")} error={err("about")}>
              <textarea
                id="e-about"
                name="about"
                rows={3}
                maxLength={2000}
                defaultValue={employer?.about ?? ""}
                {...fieldAria("e-about", false, bad.has("about"))}
              />
            </JobField>
            <JobField id="e-phone" label={t("employer.phone")} hint={t("employer.phoneHint")} error={err("phone")}>
              <input
                id="e-phone"
                name="phone"
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                pattern={HTML_PATTERNS.phone}
                title={t("employer.fieldErrors.phone")}
                defaultValue={employer?.phone ?? ""}
                {...fieldAria("e-phone", true, bad.has("phone"))}
                data-testid="field-employer-phone"
              />
            </JobField>
            <JobField id="e-email" label={t("employer.email")} error={err("email")}>
              <input
                id="e-email"
                name="email"
                type="email"
                autoComplete="email"
                defaultValue={employer?.email ?? ""}
                {...fieldAria("e-email", false, bad.has("email"))}
                data-testid="field-employer-email"
              />
            </JobField>
            <SubmitButton
              className="button button-large button-block"
              pendingLabel={t("karigar.saving")}
              data-testid="employer-save"
            >
              {employer ? t("employer.saveProfile") : t("employer.createProfile")}
            </SubmitButton>
          </form>
        ) : employer ? (
          <dl className="job-facts">
            <div>
              <dt>{t("employer.name")}</dt>
              <dd>{employer.name}</dd>
            </div>
            <div>
              <dt>{t("employer.area")}</dt>
              <dd>{employer.area}</dd>
            </div>
          </dl>
        ) : null}
      </section>
    </div>
  )
}

// ---------- A new post ----------

const NEW_ERRORS = ["fields", "save", "forbidden"] as const

export async function PostJobForm({ locale, scope, query, canEdit }: Common) {
  // The form picks trades: without them it cannot work, so a failure is thrown (the error page says why).
  const [t, catalogue] = await Promise.all([getTranslations({ locale, namespace: "Jobs" }), getTrades()])
  const pages = employerPages(locale, scope)
  const error = oneOf(query.error, NEW_ERRORS)
  const failure = await failureNotice(locale, query)
  const bad = fieldsFrom<PostField>(query.fields, POST_FIELDS)
  const err = (f: PostField) => (bad.has(f) ? t(`postForm.fieldErrors.${f}`) : null)
  const today = dateInZone(new Date(), "Asia/Kolkata")
  return (
    <section className="card" aria-labelledby="post-form-title">
      <p>
        <Link href={pages.home} className="text-link">
          ← {t("manage.back")}
        </Link>
      </p>
      <h2 id="post-form-title" data-testid="post-form-title">
        {t("postForm.title")}
      </h2>
      <p className="muted">{t("postForm.intro")}</p>
      <p className="notice notice-pending">{t("safetyEmployer")}</p>
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="post-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`postForm.errors.${error!}`)}
        </p>
      ) : null}
      {canEdit ? (
        <form action={createJobPost} className="form-stack" data-testid="post-form">
          <Hidden locale={locale} scope={scope} />
          <JobField id="p-title" label={t("postForm.jobTitle")} hint={t("postForm.jobTitleHint")} error={err("title")}>
            <input
              id="p-title"
              name="title"
              required
              minLength={4}
              maxLength={160}
              {...fieldAria("p-title", true, bad.has("title"))}
              data-testid="field-post-title"
            />
          </JobField>
          <JobField id="p-description" label={t("postForm.description")} error={err("description")}>
            <textarea
              id="p-description"
              name="description"
              rows={4}
              maxLength={4000}
              {...fieldAria("p-description", false, bad.has("description"))}
              data-testid="field-post-description"
            />
          </JobField>
          <SkillPicker
            catalogue={catalogue}
            locale={locale}
            selected={[]}
            legend={t("postForm.skillsTitle")}
            hint={t("postForm.skillsHint")}
            noneLabel={t("karigar.levelNone")}
            groupLabel={(g) =>
              (GROUPS as readonly string[]).includes(g) ? t(`groups.${g as (typeof GROUPS)[number]}`) : g
            }
            error={err("skills")}
          />
          <fieldset className={`choice-fieldset${bad.has("employment_type") ? " field-error" : ""}`}>
            <legend>{t("postForm.type")}</legend>
            <div className="choice-list compact">
              {EMPLOYMENT_TYPES.map((type, i) => (
                <label key={type} className="check">
                  <input
                    type="radio"
                    name="employment_type"
                    value={type}
                    defaultChecked={i === 0}
                    data-testid={`post-type-${type}`}
                  />
                  <span>
                    {t(`type.${type}`)} <small className="muted">{t(`typeHint.${type}`)}</small>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-row form-row-2">
            <JobField id="p-wage" label={t("postForm.wage")} error={err("wage_amount")}>
              <input
                id="p-wage"
                name="wage_amount"
                required
                inputMode="numeric"
                pattern={"[0-9\\u0966-\\u096F,]+"}
                title={t("postForm.fieldErrors.wage_amount")}
                {...fieldAria("p-wage", false, bad.has("wage_amount"))}
                data-testid="field-post-wage"
              />
            </JobField>
            <JobField id="p-period" label={t("postForm.wagePeriod")}>
              <select id="p-period" name="wage_period" defaultValue="day" data-testid="field-post-period">
                {WAGE_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(`period.${p}`)}
                  </option>
                ))}
              </select>
            </JobField>
          </div>
          <fieldset className="choice-fieldset">
            <legend>{t("postForm.shifts")}</legend>
            <div className="check-grid">
              {SHIFTS.map((s) => (
                <label key={s} className="check">
                  <input type="checkbox" name="shifts" value={s} data-testid={`post-shift-${s}`} />
                  <span>{t(`shift.${s}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="form-row form-row-2">
            <JobField id="p-area" label={t("postForm.area")} error={err("area")}>
              <input
                id="p-area"
                name="area"
                required
                minLength={2}
                maxLength={80}
                {...fieldAria("p-area", false, bad.has("area"))}
                data-testid="field-post-area"
              />
            </JobField>
            <JobField
              id="p-landmark"
              label={t("postForm.landmark")}
              hint={t("postForm.landmarkHint")}
              error={err("landmark")}
            >
              <input
                id="p-landmark"
                name="landmark"
                maxLength={160}
                {...fieldAria("p-landmark", true, bad.has("landmark"))}
                data-testid="field-post-landmark"
              />
            </JobField>
          </div>
          <JobField id="p-address" label={t("postForm.address")} error={err("address")}>
            <textarea
              id="p-address"
              name="address"
              rows={2}
              maxLength={400}
              {...fieldAria("p-address", false, bad.has("address"))}
              data-testid="field-post-address"
            />
          </JobField>
          <JobField id="p-openings" label={t("postForm.openings")} error={err("openings")}>
            <input
              id="p-openings"
              name="openings"
              type="number"
              inputMode="numeric"
              required
              min={1}
              max={500}
              defaultValue={1}
              {...fieldAria("p-openings", false, bad.has("openings"))}
              data-testid="field-post-openings"
            />
          </JobField>
          <div className="form-row form-row-2">
            <JobField id="p-starts" label={t("postForm.startsOn")} error={err("starts_on")}>
              <input
                id="p-starts"
                name="starts_on"
                type="date"
                required
                min={today}
                defaultValue={addDays(today, 1)}
                {...fieldAria("p-starts", false, bad.has("starts_on"))}
                data-testid="field-post-starts"
              />
            </JobField>
            <JobField id="p-ends" label={t("postForm.endsOn")} error={err("ends_on")}>
              <input
                id="p-ends"
                name="ends_on"
                type="date"
                min={today}
                {...fieldAria("p-ends", false, bad.has("ends_on"))}
                data-testid="field-post-ends"
              />
            </JobField>
          </div>
          <JobField
            id="p-expires"
            label={t("postForm.expiresAt")}
            hint={t("postForm.expiresHint")}
            error={err("expires_at")}
          >
            <input
              id="p-expires"
              name="expires_at"
              type="date"
              min={addDays(today, 1)}
              {...fieldAria("p-expires", true, bad.has("expires_at"))}
              data-testid="field-post-expires"
            />
          </JobField>
          <SubmitButton
            className="button button-large button-block"
            pendingLabel={t("postForm.sending")}
            data-testid="post-submit"
          >
            {t("postForm.submit")}
          </SubmitButton>
        </form>
      ) : null}
    </section>
  )
}

// ---------- One post: status, applicants, matches ----------

const POST_SAVED = ["created", "shortlisted", "rejected", "hired", "closed"] as const
const POST_ERRORS = ["post_full", "moved", "forbidden", "decide", "close"] as const

export async function EmployerPostView({ locale, scope, query, canEdit, postId }: Common & { postId: string }) {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  const pages = employerPages(locale, scope)
  const [post, catalogue] = await Promise.all([getEmployerPost(scope, postId), getTradesOrEmpty()])
  if (!post) {
    return (
      <section className="card">
        <p className="notice notice-error" role="alert" data-testid="employer-post-missing">
          {t("manage.missing")}
        </p>
        <Link href={pages.home} className="text-link">
          ← {t("manage.back")}
        </Link>
      </section>
    )
  }
  // A failure is thrown (the error page says so), never shown as "nobody has applied".
  const [applications, matches]: [EmployerApplication[], KarigarMatch[]] = await Promise.all([
    listPostApplications(scope, post.id),
    listPostMatches(scope, post.id, 10),
  ])
  const saved = oneOf(query.saved, POST_SAVED)
  const error = oneOf(query.error, POST_ERRORS)
  const failure = await failureNotice(locale, query)
  const labels = await contactRevealLabels(locale, t("manage.showContact"))
  const scopeField = scopeValue(scope)
  const closable = canEdit && (post.status === "live" || post.status === "pending")
  // Best match first among those still in play; decided ones after.
  const order = { hired: 0, shortlisted: 1, applied: 2, rejected: 3, withdrawn: 4 } as const
  const sorted = [...applications].sort(
    (a, b) => order[a.status] - order[b.status] || (b.match?.score ?? 0) - (a.match?.score ?? 0)
  )

  return (
    <div className="employer-post" data-testid="employer-post-view" data-post-id={post.id} data-status={post.status}>
      <p>
        <Link href={pages.home} className="text-link" data-testid="employer-back">
          ← {t("manage.back")}
        </Link>
      </p>
      <TradeNamesFailure catalogue={catalogue} locale={locale} />
      <section className="card" aria-labelledby="post-title">
        <h2 id="post-title" data-testid="employer-post-title">
          {post.title}
        </h2>
        <p className="shop-pills">
          <span
            className={`pill pill-post-${post.status}`}
            data-testid="employer-post-status"
            data-status={post.status}
          >
            {t(`postStatus.${post.status}`)}
          </span>
          <span className="pill pill-neutral" data-testid="employer-post-filled" data-filled={post.filled}>
            {t("manage.filledOf", {
              filled: formatNumber(post.filled, locale),
              openings: formatNumber(post.openings, locale),
            })}
          </span>
        </p>
        {saved ? (
          <p className="notice notice-success" role="status" data-testid="employer-post-saved" data-saved={saved}>
            {t(`manage.saved.${saved}`)}
          </p>
        ) : null}
        {error || failure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="employer-post-error"
            data-error={failure?.kind ?? error}
          >
            {failure ? failure.text : t(`manage.errors.${error!}`)}
          </p>
        ) : null}
        {post.status === "pending" ? (
          <div className="notice notice-pending" role="status" data-testid="post-pending">
            <div>
              <strong>{t("manage.pendingTitle")}</strong>
              <p>{t("manage.pendingBody")}</p>
            </div>
          </div>
        ) : null}
        {post.status === "rejected" || post.status === "removed" ? (
          <div className="notice notice-error" role="status" data-testid="post-rejected">
            <div>
              <strong>{t("manage.rejectedTitle")}</strong>
              {post.moderation_note ? <p>{t("manage.moderationNote", { note: post.moderation_note })}</p> : null}
            </div>
          </div>
        ) : null}
        {["live", "filled", "closed", "expired"].includes(post.status) ? (
          <p>
            <Link
              href={`/${locale}/jobs/${encodeURIComponent(post.id)}`}
              className="text-link"
              data-testid="employer-view-public"
            >
              {t("manage.viewPublic")} →
            </Link>
          </p>
        ) : null}
        <dl className="job-facts">
          <div>
            <dt>{t("pay")}</dt>
            <dd>{await wageText(post.wage_amount, post.wage_period, locale)}</dd>
          </div>
          <div>
            <dt>{t("where")}</dt>
            <dd>
              {post.area}
              {post.landmark ? ` · ${post.landmark}` : null}
            </dd>
          </div>
          {post.address ? (
            <div>
              <dt>{t("manage.address")}</dt>
              <dd>{post.address}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("when")}</dt>
            <dd>
              {post.ends_on
                ? t("startsEnds", { start: formatDay(post.starts_on, locale), end: formatDay(post.ends_on, locale) })
                : t("starts", { date: formatDay(post.starts_on, locale) })}
            </dd>
          </div>
          {post.application_counts && Object.keys(post.application_counts).length ? (
            <div>
              <dt>{t("manage.counts")}</dt>
              <dd data-testid="employer-post-counts">
                {Object.entries(post.application_counts)
                  .map(([status, n]) => `${t(`appStatus.${status as "applied"}`)}: ${formatNumber(n ?? 0, locale)}`)
                  .join(" · ")}
              </dd>
            </div>
          ) : null}
        </dl>
        <SkillTags skills={post.skills} catalogue={catalogue} locale={locale} withLevel />
      </section>

      <section className="card" aria-labelledby="applicants-title" data-testid="applicants">
        <h2 id="applicants-title">{t("manage.applicantsTitle")}</h2>
        {sorted.length ? (
          <ul className="applicant-list">
            {sorted.map((a) => {
              const k = a.karigar
              const actions = canEdit ? employerActions(a.status, post.status) : []
              return (
                <li
                  key={a.id}
                  id={`a-${a.id}`}
                  className="applicant"
                  data-testid="applicant"
                  data-application-id={a.id}
                  data-status={a.status}
                >
                  <div className="applicant-head">
                    <MakerAvatar name={k?.name ?? "?"} photoUrl={k?.photo_url} size="sm" />
                    <div>
                      <strong data-testid="applicant-name">{k?.name ?? "—"}</strong>
                      <p className="shop-pills">
                        <span
                          className={`pill pill-app-${a.status}`}
                          data-testid="applicant-status"
                          data-status={a.status}
                        >
                          {t(`appStatus.${a.status}`)}
                        </span>
                        {a.match ? <MatchPill match={a.match} locale={locale} /> : null}
                      </p>
                    </div>
                  </div>
                  {k ? (
                    <p className="muted">
                      {t("karigarPage.experience", { count: k.years_experience })} · {k.area}
                      {k.expected_wage ? (
                        <>
                          {" · "}
                          <Wage amount={k.expected_wage} period={k.wage_period} locale={locale} />
                        </>
                      ) : null}
                    </p>
                  ) : null}
                  {k ? <SkillTags skills={k.skills} catalogue={catalogue} locale={locale} withLevel /> : null}
                  {a.note ? <p className="applicant-note">“{a.note}”</p> : null}
                  {k ? (
                    <p>
                      <Link href={`/${locale}/karigars/${encodeURIComponent(k.id)}`} className="text-link">
                        {t("manage.profile")} →
                      </Link>
                    </p>
                  ) : null}
                  {a.contact_available ? (
                    <ContactReveal applicationId={a.id} scope={scopeField} labels={labels} />
                  ) : a.status === "shortlisted" || a.status === "hired" ? (
                    <p className="hint" data-testid="contact-waiting">
                      {t("manage.contactWaiting")}
                    </p>
                  ) : a.status === "applied" ? (
                    <p className="hint">{t("manage.contactShortlist")}</p>
                  ) : null}
                  {actions.length ? (
                    <div className="actions-row actions-start applicant-actions">
                      {actions.map((decision) => (
                        <form key={decision} action={decideApplication}>
                          <Hidden locale={locale} scope={scope} />
                          <input type="hidden" name="post_id" value={post.id} />
                          <input type="hidden" name="application_id" value={a.id} />
                          <input type="hidden" name="decision" value={decision} />
                          <SubmitButton
                            className={
                              decision === "hire"
                                ? "button"
                                : decision === "reject"
                                  ? "button button-secondary"
                                  : "button button-secondary"
                            }
                            pendingLabel={t("manage.deciding")}
                            data-testid={`applicant-${decision}`}
                          >
                            {t(`manage.${decision}`)}
                          </SubmitButton>
                        </form>
                      ))}
                    </div>
                  ) : null}
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="muted" data-testid="no-applicants">
            {post.status === "pending" ? t("manage.noApplicantsPending") : t("manage.noApplicants")}
          </p>
        )}
      </section>

      {post.status !== "pending" ? (
        <section className="card" aria-labelledby="matches-title" data-testid="post-matches">
          <h2 id="matches-title">{t("manage.matchesTitle")}</h2>
          <p className="muted">{t("manage.matchesIntro")}</p>
          {matches.length ? (
            <ul className="applicant-list">
              {matches.map((m) => (
                <li key={m.karigar.id} className="applicant" data-testid="post-match" data-karigar-id={m.karigar.id}>
                  <div className="applicant-head">
                    <MakerAvatar name={m.karigar.name} photoUrl={m.karigar.photo_url} size="sm" />
                    <div>
                      <Link href={`/${locale}/karigars/${encodeURIComponent(m.karigar.id)}`} className="text-link">
                        <strong>{m.karigar.name}</strong>
                      </Link>
                      <p className="shop-pills">
                        <MatchPill match={m.match} locale={locale} />
                        {m.applied ? <span className="pill pill-status-active">{t("manage.appliedFlag")}</span> : null}
                      </p>
                    </div>
                  </div>
                  <p className="muted">
                    {t("karigarPage.experience", { count: m.karigar.years_experience })} · {m.karigar.area}
                  </p>
                  <SkillTags skills={m.karigar.skills} catalogue={catalogue} locale={locale} withLevel />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("manage.noMatches")}</p>
          )}
        </section>
      ) : null}

      {closable ? (
        <section className="card danger-zone" aria-labelledby="close-title">
          <h2 id="close-title">{t("manage.close")}</h2>
          <p className="hint">{t("manage.closeHint")}</p>
          <form action={closeJobPost}>
            <Hidden locale={locale} scope={scope} />
            <input type="hidden" name="post_id" value={post.id} />
            <SubmitButton className="button button-danger" data-testid="close-post">
              {t("manage.close")}
            </SubmitButton>
          </form>
        </section>
      ) : null}
    </div>
  )
}
