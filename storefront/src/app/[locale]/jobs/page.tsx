import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { JobCard } from "@/components/jobs/JobParts"
import { TradeIcon } from "@/components/jobs/TradeIcon"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { describe, kindOf } from "@/lib/data/errors"
import { getMyKarigar, getTradesOrEmpty, listJobs, listMyMatches } from "@/lib/data/jobs"
import { retrieveVendorMe } from "@/lib/data/vendor"
import {
  BOARD_PAGE_SIZE,
  boardHref,
  EMPLOYMENT_TYPES,
  hasBoardFilters,
  parseBoardFilters,
  tradeName,
  type JobPost,
  type PostMatch,
} from "@/lib/jobs"
import { pageCount, paginationLabels } from "@/lib/pagination"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"
import { TradeNamesFailure } from "@/components/jobs/TradeNamesFailure"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("title"), description: t("intro") }
}

/** The job board: search, filters (trade, area, kind of work, lowest wage), jobs for me, pages of 12. */
export default async function JobsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, tCatalog, catalogue, query] = await Promise.all([
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "Catalog" }),
    getTradesOrEmpty(),
    searchParams,
  ])
  const filters = parseBoardFilters(query, catalogue.trades.length ? catalogue.trades.map((x) => x.code) : undefined)
  const base = `/${locale}/jobs`

  let posts: JobPost[] = []
  let count = 0
  let failed: FailureKind | null = null
  try {
    ;({ posts, count } = await listJobs(filters))
  } catch (error) {
    console.error("[jobs] board failed:", describe(error))
    failed = kindOf(error)
  }

  // A karigar sees the jobs that fit them best on the first page of the plain board.
  let karigar: Awaited<ReturnType<typeof getMyKarigar>> = undefined
  let matches: PostMatch[] = []
  try {
    karigar = await getMyKarigar()
    if (karigar && !hasBoardFilters(filters) && filters.page === 1) matches = (await listMyMatches(3)).matches
  } catch (error) {
    console.error("[jobs] matches failed:", describe(error))
  }
  const vendor = await retrieveVendorMe()
  const sellerShop = vendor?.memberships[0]?.seller.id

  const totalPages = pageCount(count, BOARD_PAGE_SIZE)
  const page = Math.min(filters.page, totalPages)
  const filtered = hasBoardFilters(filters)

  return (
    <div className="container section jobs-page">
      <header className="page-header">
        <h1 data-testid="jobs-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <TradeNamesFailure catalogue={catalogue} locale={locale} />

      {karigar === null || karigar === undefined ? (
        <p className="notice notice-pending jobs-profile-cta">
          <span>{t("profileCta")}</span>{" "}
          <Link href={`/${locale}/account/karigar`} className="text-link" data-testid="board-make-profile">
            {t("makeProfile")} →
          </Link>
        </p>
      ) : null}

      {karigar && !filtered && page === 1 ? (
        <section className="card jobs-for-me" aria-labelledby="for-me-title" data-testid="jobs-for-me">
          <div className="section-head">
            <h2 id="for-me-title">{t("forMeTitle")}</h2>
            <Link href={`/${locale}/account/karigar#matches`} className="text-link">
              {t("forMeAll")} →
            </Link>
          </div>
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
            <p className="muted" data-testid="no-matches">
              {t("forMeNone")}
            </p>
          )}
        </section>
      ) : null}

      <form action={base} method="get" role="search" className="job-filters" data-testid="job-filters">
        <div className="maker-search">
          <label htmlFor="job-q" className="visually-hidden">
            {t("search.label")}
          </label>
          <input
            id="job-q"
            type="search"
            name="q"
            defaultValue={filters.q}
            placeholder={t("search.placeholder")}
            maxLength={100}
            data-testid="job-q"
          />
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
        </div>
        <details
          className="filter-box"
          open={Boolean(filters.skill || filters.area || filters.type || filters.wage_min)}
        >
          <summary>{t("filters.title")}</summary>
          <div className="form-grid filter-grid">
            <div className="field">
              <label htmlFor="job-skill">{t("filters.skill")}</label>
              <select id="job-skill" name="skill" defaultValue={filters.skill} data-testid="filter-skill">
                <option value="">{t("filters.anySkill")}</option>
                {catalogue.trades.map((tr) => (
                  <option key={tr.code} value={tr.code}>
                    {tradeName(catalogue, tr.code, locale)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="job-area">{t("filters.area")}</label>
              <input
                id="job-area"
                name="area"
                defaultValue={filters.area}
                placeholder={t("filters.areaPlaceholder")}
                maxLength={80}
                data-testid="filter-area"
              />
            </div>
            <div className="field">
              <label htmlFor="job-type">{t("filters.type")}</label>
              <select id="job-type" name="type" defaultValue={filters.type ?? ""} data-testid="filter-type">
                <option value="">{t("filters.anyType")}</option>
                {EMPLOYMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`type.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="job-wage">{t("filters.wageMin")}</label>
              <input
                id="job-wage"
                name="wage_min"
                inputMode="numeric"
                pattern="[0-9\u0966-\u096F,]*"
                defaultValue={filters.wage_min ?? ""}
                data-testid="filter-wage-min"
              />
            </div>
            <button type="submit" className="button button-block" data-testid="filter-submit">
              {t("filters.apply")}
            </button>
          </div>
        </details>
      </form>

      <FilterChips
        label={t("filters.type")}
        testId="type-chips"
        chips={[
          {
            key: "",
            href: boardHref(base, filters, { type: null }),
            label: t("filters.anyType"),
            current: !filters.type,
          },
          ...EMPLOYMENT_TYPES.map((type) => ({
            key: type,
            href: boardHref(base, filters, { type }),
            label: t(`type.${type}`),
            current: filters.type === type,
            testId: `type-${type}`,
          })),
        ]}
      />

      {filters.skill ? (
        <p className="job-skill-filter">
          <TradeIcon trade={filters.skill} size={22} className="trade-icon-small" />{" "}
          {tradeName(catalogue, filters.skill, locale)}
        </p>
      ) : null}

      <p className="muted" data-testid="job-count" data-count={count}>
        {t("count", { count })}
      </p>

      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : posts.length ? (
        <ul className="job-list" data-testid="job-list">
          {posts.map((p) => (
            <JobCard key={p.id} post={p} catalogue={catalogue} locale={locale} />
          ))}
        </ul>
      ) : (
        <div className="empty-state" data-testid="jobs-empty">
          <p>
            <strong>{filtered ? t("emptyTitle") : t("noJobsTitle")}</strong>
          </p>
          <p>{filtered ? t("emptyBody") : t("noJobsBody")}</p>
          <div className="actions-row">
            {filtered ? (
              <Link href={base} className="button button-secondary" data-testid="jobs-clear">
                {t("filters.clear")}
              </Link>
            ) : null}
            <Link href={`/${locale}/account/karigar`} className="button button-secondary">
              {karigar ? t("editProfile") : t("makeProfile")}
            </Link>
          </div>
        </div>
      )}

      <Pagination
        basePath={boardHref(base, filters)}
        page={page}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, page, totalPages, locale)}
      />

      <aside className="sell-cta" aria-labelledby="hire-title">
        <h2 id="hire-title">{t("hireTitle")}</h2>
        <p>{t("hireBody")}</p>
        <div className="actions-row actions-start">
          {sellerShop ? (
            <Link
              href={`/${locale}/sell/dashboard/${encodeURIComponent(sellerShop)}/jobs`}
              className="button"
              data-testid="hire-seller"
            >
              {t("hireSeller")}
            </Link>
          ) : null}
          <Link
            href={`/${locale}/account/employer`}
            className={sellerShop ? "button button-secondary" : "button"}
            data-testid="hire-business"
          >
            {t("hireBusiness")}
          </Link>
        </div>
      </aside>
    </div>
  )
}
