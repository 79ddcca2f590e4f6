import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { WorkshopCard } from "@/components/school/WorkshopCard"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { withQuery } from "@/lib/actions/helpers"
import { COURSE_LANGUAGES, languageName, seatError, type Workshop } from "@/lib/courses"
import { retrieveCustomer } from "@/lib/data/customer"
import { listWorkshops } from "@/lib/data/courses"
import { describe, kindOf } from "@/lib/data/errors"
import { pageCount, pageOffset, paginationLabels, parsePage } from "@/lib/pagination"
import { failureNotice } from "@/lib/failure-text"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PAGE = 12

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "School" })
  return { title: t("workshops.title"), description: t("workshops.intro") }
}

/** The workshop schedule: upcoming sessions, soonest first, with seats left and "book a seat". */
export default async function WorkshopsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, tCatalog, query, customer] = await Promise.all([
    getTranslations({ locale, namespace: "School" }),
    getTranslations({ locale, namespace: "Catalog" }),
    searchParams,
    retrieveCustomer(),
  ])
  const language = typeof query.language === "string" && /^[a-z]{2}$/.test(query.language) ? query.language : ""
  const requested = parsePage(query.page)
  const base = language ? withQuery(`/${locale}/workshops`, { language }) : `/${locale}/workshops`

  let workshops: Workshop[] = []
  let count = 0
  let failed: FailureKind | null = null
  try {
    ;({ workshops, count } = await listWorkshops({
      language: language || undefined,
      limit: PAGE,
      offset: pageOffset(requested, PAGE),
    }))
  } catch (error) {
    console.error("[school] workshops failed:", describe(error))
    failed = kindOf(error)
  }
  const totalPages = pageCount(count, PAGE)
  const page = Math.min(requested, totalPages)
  const here = page > 1 ? withQuery(base, { page: String(page) }) : base
  // The workshop's own answers (seats gone, already seated), or the kind of a failure (unavailable, wait…).
  const seatFailure = await failureNotice(locale, query, "seat_error")
  const seatErr = !seatFailure && typeof query.seat_error === "string" ? seatError(409, query.seat_error) : null
  const seatErrFor = typeof query.workshop === "string" ? query.workshop : null

  return (
    <div className="container section workshops-page">
      <header className="page-header">
        <h1 data-testid="workshops-title">{t("workshops.title")}</h1>
        <p className="lead">{t("workshops.intro")}</p>
        <p>
          <Link href={`/${locale}/courses`} className="text-link">
            {t("workshops.toCourses")} →
          </Link>
        </p>
      </header>

      <FilterChips
        label={t("filters.language")}
        testId="workshop-languages"
        chips={[
          { key: "", href: `/${locale}/workshops`, label: t("filters.anyLanguage"), current: !language },
          ...COURSE_LANGUAGES.map((code) => ({
            key: code,
            href: withQuery(`/${locale}/workshops`, { language: code }),
            label: languageName(code, locale),
            current: language === code,
          })),
        ]}
      />

      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : workshops.length ? (
        <ul className="pool-list" data-testid="workshop-list">
          {workshops.map((w) => (
            <WorkshopCard
              key={w.id}
              workshop={w}
              locale={locale}
              returnTo={here}
              signedIn={Boolean(customer)}
              error={seatErrFor === w.id ? seatErr : null}
              failure={seatErrFor === w.id ? seatFailure : null}
              showCourse
            />
          ))}
        </ul>
      ) : (
        <div className="empty-state" data-testid="workshops-empty">
          <p>
            <strong>{t("workshops.emptyTitle")}</strong>
          </p>
          <p>{t("workshops.emptyBody")}</p>
          <Link href={`/${locale}/courses`} className="button button-secondary">
            {t("workshops.toCourses")}
          </Link>
        </div>
      )}

      <Pagination
        basePath={base}
        page={page}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, page, totalPages, locale)}
      />
    </div>
  )
}
