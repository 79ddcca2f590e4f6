import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { fieldAria, JobField } from "@/components/jobs/JobField"
import { JobCard } from "@/components/jobs/JobParts"
import { SkillPicker } from "@/components/jobs/SkillPicker"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import { PhotoInput } from "@/components/marketplace/PhotoInput"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { removePortfolioPhoto, saveKarigarProfile } from "@/lib/actions/jobs"
import { loginHref, withQuery } from "@/lib/actions/helpers"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf } from "@/lib/data/errors"
import { getMyKarigar, getTrades, listMyMatches } from "@/lib/data/jobs"
import {
  fieldsFrom,
  KARIGAR_FIELDS,
  KARIGAR_LANGUAGES,
  PORTFOLIO_MAX,
  WAGE_PERIODS,
  type KarigarField,
  type OwnKarigar,
  type PostMatch,
} from "@/lib/jobs"
import { numberLocale } from "@/lib/money"
import { safeReturnPath } from "@/lib/paths"
import { PHOTO_ACCEPT } from "@/lib/photos"
import { HTML_PATTERNS } from "@/lib/shop-profile"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const SAVED = ["created", "updated", "photo_removed"] as const
const ERRORS = ["fields", "save", "photo"] as const
const PHOTO_PROBLEMS = ["type", "size", "count", "upload"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("karigar.title"), robots: { index: false } }
}

/** My karigar profile: create or edit it (photo, skills with levels, wage, area, availability, private contact), my work photos, and jobs for me. */
export default async function KarigarProfilePage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/account/karigar`
  const [customer, query, t, tAccount, catalogue] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "Account" }),
    // The profile form picks trades: without them it cannot work, so a failure goes to the error page.
    getTrades(),
  ])
  const returnTo = typeof query.return_to === "string" ? safeReturnPath(query.return_to, "") : ""
  if (!customer) redirect(loginHref(locale, returnTo ? withQuery(page, { return_to: returnTo }) : page))

  let profile: OwnKarigar | null = null
  let failed: FailureKind | null = null
  try {
    profile = (await getMyKarigar()) ?? null
  } catch (error) {
    console.error("[jobs] my profile failed:", describe(error))
    failed = kindOf(error)
  }
  let matches: PostMatch[] = []
  if (profile) {
    try {
      matches = (await listMyMatches(10)).matches
    } catch (error) {
      console.error("[jobs] matches failed:", describe(error))
    }
  }

  const saved = oneOf(query.saved, SAVED)
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const photoProblem = oneOf(query.photo, PHOTO_PROBLEMS)
  const bad = fieldsFrom<KarigarField>(query.fields, KARIGAR_FIELDS)
  const err = (f: KarigarField) =>
    bad.has(f)
      ? (f === "photo" || f === "portfolio") && photoProblem
        ? t(`photoErrors.${photoProblem}`)
        : t(`karigar.fieldErrors.${f}`)
      : null
  const languageName = new Intl.DisplayNames([numberLocale(locale)], { type: "language" })
  const defaultName = profile?.name ?? [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  const photoLabels = {
    type: t("photoErrors.type"),
    size: t("photoErrors.size"),
    chosen: t("photoChosen"),
    preparing: t("photoPreparing"),
  }

  return (
    <div className="container section narrow karigar-page">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="karigar-title">{profile ? t("karigar.title") : t("karigar.createTitle")}</h1>
        <p className="lead">{t("karigar.intro")}</p>
        {profile ? (
          <p>
            <Link
              href={`/${locale}/karigars/${encodeURIComponent(profile.id)}`}
              className="text-link"
              data-testid="karigar-public-link"
            >
              {t("karigar.publicLink")} →
            </Link>
          </p>
        ) : null}
      </header>

      {saved ? (
        <p className="notice notice-success" role="status" data-testid="karigar-saved" data-saved={saved}>
          {t(`karigar.saved.${saved}`)}{" "}
          {saved === "created" ? (
            <Link href={`/${locale}/jobs`} className="text-link">
              {t("karigar.findJobs")} →
            </Link>
          ) : null}
        </p>
      ) : null}
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="karigar-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`karigar.errors.${error!}`)}
        </p>
      ) : null}
      {failed ? <LoadFailure kind={failed}>{t("karigar.loadError")}</LoadFailure> : null}
      {profile?.status === "hidden" ? (
        <p className="notice notice-error" role="status" data-testid="karigar-hidden">
          {t("karigar.hidden")}
        </p>
      ) : null}

      <form action={saveKarigarProfile} className="form-stack card" data-testid="karigar-form">
        <input type="hidden" name="locale" value={locale} />
        {returnTo ? <input type="hidden" name="return_to" value={returnTo} /> : null}

        <div className="photo-current">
          <MakerAvatar name={defaultName || "?"} photoUrl={profile?.photo_url} size="lg" />
          <div>
            <p className="photo-current-title">{t("karigar.photoTitle")}</p>
            <p className="hint">{t("karigar.photoHint")}</p>
          </div>
        </div>
        <PhotoInput
          id="k-photo"
          name="photo"
          label={profile?.photo_url ? t("karigar.photoChange") : t("karigar.photoAdd")}
          hint={t("karigar.photoFormats")}
          labels={photoLabels}
          error={err("photo")}
          data-testid="field-karigar-photo"
        />
        {profile?.photo_url ? (
          <label className="check">
            <input type="checkbox" name="remove_photo" value="1" data-testid="remove-karigar-photo" />
            <span>{t("karigar.photoRemove")}</span>
          </label>
        ) : null}

        <JobField id="k-name" label={t("karigar.name")} error={err("name")}>
          <input
            id="k-name"
            name="name"
            required
            minLength={2}
            maxLength={120}
            autoComplete="name"
            defaultValue={defaultName}
            {...fieldAria("k-name", false, bad.has("name"))}
            data-testid="field-karigar-name"
          />
        </JobField>

        <SkillPicker
          catalogue={catalogue}
          locale={locale}
          selected={profile?.skills ?? []}
          legend={t("karigar.skillsTitle")}
          hint={t("karigar.skillsHint")}
          noneLabel={t("karigar.levelNone")}
          groupLabel={(g) =>
            ["leather", "textile", "pottery", "printing", "recycling", "general"].includes(g)
              ? t(`groups.${g as "leather"}`)
              : g
          }
          error={err("skills")}
        />

        <div className="form-row form-row-2">
          <JobField id="k-years" label={t("karigar.years")} error={err("years_experience")}>
            <input
              id="k-years"
              name="years_experience"
              type="number"
              inputMode="numeric"
              min={0}
              max={70}
              defaultValue={profile?.years_experience ?? 0}
              {...fieldAria("k-years", false, bad.has("years_experience"))}
              data-testid="field-karigar-years"
            />
          </JobField>
          <JobField id="k-area" label={t("karigar.area")} hint={t("karigar.areaHint")} error={err("area")}>
            <input
              id="k-area"
              name="area"
              required
              minLength={2}
              maxLength={80}
              defaultValue={profile?.area ?? ""}
              {...fieldAria("k-area", true, bad.has("area"))}
              data-testid="field-karigar-area"
            />
          </JobField>
        </div>

        <fieldset className={`choice-fieldset${bad.has("languages") ? " field-error" : ""}`}>
          <legend>{t("karigar.languages")}</legend>
          <div className="check-grid">
            {KARIGAR_LANGUAGES.map((code) => (
              <label key={code} className="check">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  defaultChecked={profile ? profile.languages.includes(code) : code === locale}
                  data-testid={`language-${code}`}
                />
                <span>{languageName.of(code) ?? code}</span>
              </label>
            ))}
          </div>
          {err("languages") ? <p className="field-message">{err("languages")}</p> : null}
        </fieldset>

        <div className="form-row form-row-2">
          <JobField id="k-wage" label={t("karigar.wage")} error={err("expected_wage")}>
            <input
              id="k-wage"
              name="expected_wage"
              inputMode="numeric"
              pattern={"[0-9\\u0966-\\u096F,]*"}
              title={t("karigar.fieldErrors.expected_wage")}
              defaultValue={profile?.expected_wage ?? ""}
              {...fieldAria("k-wage", false, bad.has("expected_wage"))}
              data-testid="field-karigar-wage"
            />
          </JobField>
          <JobField id="k-period" label={t("karigar.wagePeriod")}>
            <select
              id="k-period"
              name="wage_period"
              defaultValue={profile?.wage_period ?? "day"}
              data-testid="field-karigar-period"
            >
              {WAGE_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`period.${p}`)}
                </option>
              ))}
            </select>
          </JobField>
        </div>

        <div className="form-row form-row-2">
          <JobField id="k-from" label={t("karigar.availableFrom")} error={err("available_from")}>
            <input
              id="k-from"
              name="available_from"
              type="date"
              defaultValue={profile?.available_from ? profile.available_from.slice(0, 10) : ""}
              {...fieldAria("k-from", false, bad.has("available_from"))}
              data-testid="field-karigar-from"
            />
          </JobField>
          <label className="check check-align">
            <input
              type="checkbox"
              name="available_tomorrow"
              value="1"
              defaultChecked={profile?.available_tomorrow ?? false}
              data-testid="field-karigar-tomorrow"
            />
            <span>{t("karigar.availableTomorrow")}</span>
          </label>
        </div>

        <JobField id="k-story" label={t("karigar.story")} hint={t("karigar.storyHint")} error={err("story")}>
          <textarea
            id="k-story"
            name="story"
            rows={4}
            maxLength={2000}
            lang={locale}
            defaultValue={profile?.story ?? ""}
            {...fieldAria("k-story", true, bad.has("story"))}
            data-testid="field-karigar-story"
          />
        </JobField>

        <fieldset className="choice-fieldset private-fieldset">
          <legend>{t("karigar.privateTitle")}</legend>
          <p className="hint">{t("karigar.privateHint")}</p>
          <JobField id="k-phone" label={t("karigar.phone")} error={err("phone")}>
            <input
              id="k-phone"
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              pattern={HTML_PATTERNS.phone}
              title={t("karigar.fieldErrors.phone")}
              defaultValue={profile?.phone ?? ""}
              {...fieldAria("k-phone", false, bad.has("phone"))}
              data-testid="field-karigar-phone"
            />
          </JobField>
          <JobField id="k-email" label={t("karigar.email")} error={err("email")}>
            <input
              id="k-email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={profile ? (profile.email ?? "") : (customer.email ?? "")}
              {...fieldAria("k-email", false, bad.has("email"))}
              data-testid="field-karigar-email"
            />
          </JobField>
        </fieldset>

        <JobField
          id="k-portfolio"
          label={t("karigar.portfolioAdd")}
          hint={t("karigar.portfolioHint")}
          error={err("portfolio")}
        >
          <input
            id="k-portfolio"
            name="portfolio"
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            {...fieldAria("k-portfolio", true, bad.has("portfolio"))}
            data-testid="field-karigar-portfolio"
          />
        </JobField>

        <SubmitButton
          className="button button-large button-block"
          pendingLabel={t("karigar.saving")}
          data-testid="karigar-save"
        >
          {profile ? t("karigar.save") : t("karigar.create")}
        </SubmitButton>
      </form>

      {profile ? (
        <section className="card" id="portfolio" aria-labelledby="portfolio-title">
          <h2 id="portfolio-title">{t("karigar.portfolioTitle")}</h2>
          {profile.portfolio_urls.length ? (
            <ul className="portfolio-grid" data-testid="portfolio">
              {profile.portfolio_urls.map((url, i) => (
                <li key={url}>
                  <img
                    src={url}
                    alt={t("karigarPage.workAlt", { name: profile.name, n: i + 1 })}
                    width={160}
                    height={160}
                    loading="lazy"
                    decoding="async"
                  />
                  <form action={removePortfolioPhoto}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="url" value={url} />
                    <SubmitButton className="text-button" data-testid="portfolio-remove">
                      {t("karigar.portfolioRemove")}
                    </SubmitButton>
                  </form>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("karigar.portfolioNone")}</p>
          )}
          <p className="hint">{t("karigar.portfolioMax", { max: PORTFOLIO_MAX })}</p>
        </section>
      ) : null}

      {profile ? (
        <section className="card" id="matches" aria-labelledby="matches-title" data-testid="karigar-matches">
          <h2 id="matches-title">{t("forMeTitle")}</h2>
          <p className="muted">{t("forMeIntro")}</p>
          {matches.length ? (
            <ul className="job-list">
              {matches.map((m) => (
                <JobCard
                  key={m.post.id}
                  post={m.post}
                  catalogue={catalogue}
                  locale={locale}
                  match={m.match}
                  applied={m.applied}
                />
              ))}
            </ul>
          ) : (
            <p className="muted">{t("forMeNone")}</p>
          )}
          <Link href={`/${locale}/jobs`} className="button button-secondary button-block">
            {t("karigar.findJobs")}
          </Link>
        </section>
      ) : null}
    </div>
  )
}
