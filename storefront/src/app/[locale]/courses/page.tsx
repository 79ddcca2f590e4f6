import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CourseCard, craftName } from "@/components/school/CourseParts"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import {
  catalogueHref,
  COURSE_CRAFTS,
  COURSE_LANGUAGES,
  COURSE_LEVELS,
  COURSE_PAGE_SIZE,
  hasCourseFilters,
  languageName,
  parseCourseFilters,
  type Course,
} from "@/lib/courses"
import { listCourses } from "@/lib/data/courses"
import { describe, kindOf } from "@/lib/data/errors"
import { pageCount, paginationLabels } from "@/lib/pagination"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "School" })
  return { title: t("title"), description: t("intro") }
}

/** The course catalogue: craft chips, language, level and free/paid filters, pages of 12. */
export default async function CoursesPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, tCatalog, query] = await Promise.all([
    getTranslations({ locale, namespace: "School" }),
    getTranslations({ locale, namespace: "Catalog" }),
    searchParams,
  ])
  const filters = parseCourseFilters(query)
  const base = `/${locale}/courses`

  let courses: Course[] = []
  let count = 0
  let failed: FailureKind | null = null
  try {
    ;({ courses, count } = await listCourses(filters))
  } catch (error) {
    console.error("[school] catalogue failed:", describe(error))
    failed = kindOf(error)
  }
  const totalPages = pageCount(count, COURSE_PAGE_SIZE)
  const page = Math.min(filters.page, totalPages)
  const filtered = hasCourseFilters(filters)
  const crafts = await Promise.all(COURSE_CRAFTS.map(async (code) => ({ code, name: await craftName(code, locale) })))

  return (
    <div className="container section courses-page">
      <header className="page-header">
        <h1 data-testid="courses-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
        <p className="actions-row actions-start">
          <Link href={`/${locale}/workshops`} className="text-link" data-testid="courses-workshops-link">
            {t("workshops.link")} →
          </Link>
          <Link href={`/${locale}/account/courses`} className="text-link">
            {t("mine.link")} →
          </Link>
        </p>
      </header>

      <FilterChips
        label={t("filters.craft")}
        testId="craft-chips"
        chips={[
          {
            key: "",
            href: catalogueHref(base, filters, { craft: "" }),
            label: t("filters.anyCraft"),
            current: !filters.craft,
          },
          ...crafts.map((c) => ({
            key: c.code,
            href: catalogueHref(base, filters, { craft: c.code }),
            label: c.name,
            current: filters.craft === c.code,
            testId: `craft-${c.code}`,
          })),
        ]}
      />

      <form action={base} method="get" className="course-filters" data-testid="course-filters">
        {filters.craft ? <input type="hidden" name="craft" value={filters.craft} /> : null}
        <div className="form-grid filter-grid">
          <div className="field">
            <label htmlFor="course-language">{t("filters.language")}</label>
            <select id="course-language" name="language" defaultValue={filters.language} data-testid="filter-language">
              <option value="">{t("filters.anyLanguage")}</option>
              {COURSE_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, locale)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="course-level">{t("filters.level")}</label>
            <select id="course-level" name="level" defaultValue={filters.level ?? ""} data-testid="filter-level">
              <option value="">{t("filters.anyLevel")}</option>
              {COURSE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`level.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="course-free">{t("filters.price")}</label>
            <select id="course-free" name="free" defaultValue={filters.free ?? ""} data-testid="filter-free">
              <option value="">{t("filters.anyPrice")}</option>
              <option value="free">{t("free")}</option>
              <option value="paid">{t("paid")}</option>
            </select>
          </div>
          <button type="submit" className="button button-block" data-testid="filter-submit">
            {t("filters.apply")}
          </button>
        </div>
      </form>

      <p className="muted" data-testid="course-count" data-count={count}>
        {t("count", { count })}
      </p>

      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : courses.length ? (
        <ul className="pool-list" data-testid="course-list">
          {courses.map((c) => (
            <CourseCard key={c.id} course={c} locale={locale} />
          ))}
        </ul>
      ) : (
        <div className="empty-state" data-testid="courses-empty">
          <p>
            <strong>{filtered ? t("emptyTitle") : t("noCoursesTitle")}</strong>
          </p>
          <p>{filtered ? t("emptyBody") : t("noCoursesBody")}</p>
          <div className="actions-row">
            {filtered ? (
              <Link href={base} className="button button-secondary" data-testid="courses-clear">
                {t("filters.clear")}
              </Link>
            ) : null}
            <Link href={`/${locale}/workshops`} className="button button-secondary">
              {t("workshops.link")}
            </Link>
          </div>
        </div>
      )}

      <Pagination
        basePath={catalogueHref(base, filters)}
        page={page}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, page, totalPages, locale)}
      />
    </div>
  )
}
