import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { FilterChips } from "@/components/FilterChips"
import { Pagination } from "@/components/Pagination"
import { searchLabelers, type SearchLabelers } from "@/components/search/labels"
import { TradeNamesFailure } from "@/components/jobs/TradeNamesFailure"
import { SearchHitCard } from "@/components/search/SearchHitCard"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { getCurrency } from "@/lib/cookies"
import type { CurrencyCode } from "@/lib/currency"
import { listCategories } from "@/lib/data/catalog"
import { describe } from "@/lib/data/errors"
import { searchCatalogue } from "@/lib/data/search"
import { localizedName } from "@/lib/localize"
import { formatNumber } from "@/lib/money"
import { pageCount, paginationLabels } from "@/lib/pagination"
import { oneOf } from "@/lib/query"
import {
  clearFacetsHref,
  FACET_FILTERS,
  facetHref,
  hasFacetFilters,
  isBlankSearch,
  isFilterValue,
  parseSearchParams,
  priceBucketLabel,
  SEARCH_LANGUAGES,
  SEARCH_MAX_QUERY,
  SEARCH_PAGE_SIZE,
  SEARCH_TYPES,
  searchHref,
  typeCounts,
  type FacetFilter,
  type FacetValue,
  type SearchFilters,
  type SearchResponse,
} from "@/lib/search"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

type SearchT = Awaited<ReturnType<typeof getTranslations<"Search">>>

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = toAppLocale((await params).locale)
  const filters = parseSearchParams(await searchParams)
  const t = await getTranslations({ locale, namespace: "Search" })
  return {
    title: filters.q ? t("titleFor", { q: filters.q }) : t("title"),
    description: t("intro"),
    // Result pages change with every query and filter: search engines should follow them, not list them.
    ...(isBlankSearch(filters) ? {} : { robots: { index: false, follow: true } }),
  }
}

const POPULAR = ["bag", "matka", "zari", "kurta", "tailor", "diya"] as const

/** One search over products, makers, courses, jobs and tool-houses: kinds, facets, pages of 12. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, tCatalog, currency, query] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Catalog" }),
    getCurrency(),
    searchParams,
  ])
  const filters = parseSearchParams(query)
  const base = `/${locale}/search`
  const blank = isBlankSearch(filters)

  let result: SearchResponse | null = null
  let failed = false
  if (!blank) {
    try {
      result = await searchCatalogue(filters, currency)
      // A page past the end (an old link, fewer matches since): show the last one instead.
      const last = pageCount(result.count, SEARCH_PAGE_SIZE)
      if (!result.hits.length && result.count > 0 && filters.page > last)
        result = await searchCatalogue({ ...filters, page: last }, currency)
    } catch (error) {
      console.error("[search] failed:", describe(error))
      failed = true
    }
  }
  const labelers = result ? await searchLabelers(locale) : null
  const totalPages = pageCount(result?.count ?? 0, SEARCH_PAGE_SIZE)
  const page = Math.min(filters.page, totalPages)

  return (
    <div className="container section search-page">
      <header className="page-header">
        <h1 data-testid="search-title">
          {filters.q ? t("headingFor", { q: filters.q }) : filters.type ? t(`types.${filters.type}`) : t("title")}
        </h1>
        {blank ? <p className="lead">{t("intro")}</p> : null}
      </header>

      <form action={base} method="get" role="search" className="maker-search" data-testid="search-page-form">
        <label htmlFor="search-q" className="visually-hidden">
          {t("label")}
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={filters.q}
          placeholder={t("placeholder")}
          maxLength={SEARCH_MAX_QUERY}
          enterKeyHint="search"
          data-testid="search-page-q"
        />
        {/* A new query keeps the kind chosen; facets belong to the old words and are left behind. */}
        {filters.type ? <input type="hidden" name="type" value={filters.type} /> : null}
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>

      {blank ? (
        <StartHere locale={locale} t={t} base={base} />
      ) : failed ? (
        <div className="notice notice-error search-error" role="alert" data-testid="search-error">
          <p>
            <strong>{t("errorTitle")}</strong>
          </p>
          <p>{t("errorBody")}</p>
          <div className="actions-row actions-start">
            <Link href={`/${locale}/store`} className="button button-secondary">
              {tCatalog("storeTitle")}
            </Link>
            <Link href={`/${locale}/makers`} className="button button-secondary">
              {t("types.maker")}
            </Link>
            <Link href={`/${locale}/jobs`} className="button button-secondary">
              {t("types.job")}
            </Link>
          </div>
        </div>
      ) : result && labelers ? (
        <>
          <TradeNamesFailure catalogue={{ failed: labelers.tradesFailed }} locale={locale} />
          <Results
            locale={locale}
            t={t}
            base={base}
            filters={{ ...filters, page }}
            result={result}
            currency={currency}
            labelers={labelers}
            pagination={paginationLabels(tCatalog, page, totalPages, locale)}
            totalPages={totalPages}
          />
        </>
      ) : null}
    </div>
  )
}

/** Before any words: popular searches, the kinds of things to find, and the shop's crafts. */
async function StartHere({ locale, t, base }: { locale: AppLocale; t: SearchT; base: string }) {
  let categories: Awaited<ReturnType<typeof listCategories>> = []
  try {
    categories = await listCategories()
  } catch (error) {
    console.error("[search] categories failed:", describe(error))
  }
  return (
    <div className="search-start" data-testid="search-start">
      <div className="empty-state">
        <p>
          <strong>{t("startTitle")}</strong>
        </p>
        <p>{t("startBody")}</p>
      </div>
      <section aria-labelledby="popular-title">
        <h2 id="popular-title">{t("popularTitle")}</h2>
        <ul className="chip-wrap">
          {POPULAR.map((key) => {
            const q = t(`popular.${key}`)
            return (
              <li key={key}>
                <Link href={`${base}?${new URLSearchParams({ q })}`} className="chip" data-testid="popular-search">
                  {q}
                </Link>
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="browse-title">
        <h2 id="browse-title">{t("browseTitle")}</h2>
        <ul className="chip-wrap">
          {SEARCH_TYPES.map((type) => (
            <li key={type}>
              <Link href={`${base}?type=${type}`} className="chip">
                {t(`types.${type}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {categories.length ? (
        <section aria-labelledby="crafts-title">
          <h2 id="crafts-title">{t("categoriesTitle")}</h2>
          <ul className="chip-wrap">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`${base}?${new URLSearchParams({ type: "product", category: c.handle })}`} className="chip">
                  {localizedName(c, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

type FacetLink = { key: string; label: string; href: string; count: number; current: boolean; testId: string }

function Results({
  locale,
  t,
  base,
  filters,
  result,
  currency,
  labelers,
  pagination,
  totalPages,
}: {
  locale: AppLocale
  t: SearchT
  base: string
  filters: SearchFilters
  result: SearchResponse
  currency: CurrencyCode
  labelers: SearchLabelers
  pagination: ReturnType<typeof paginationLabels>
  totalPages: number
}) {
  const facets = result.facets
  const counts = typeCounts(facets?.type)
  const withCount = (label: string, n: number) => (facets ? `${label} (${formatNumber(n, locale)})` : label)
  const filtered = hasFacetFilters(filters)

  const priceLabel = (value: FacetValue | string) => {
    const p = priceBucketLabel(value, currency, locale)
    if (!p) return typeof value === "string" ? value : value.value
    return p.kind === "under"
      ? t("price.under", { max: p.max })
      : p.kind === "over"
        ? t("price.over", { min: p.min })
        : t("price.between", { min: p.min, max: p.max })
  }
  const labelOf = (name: FacetFilter, value: string, fallback?: string): string => {
    switch (name) {
      case "category":
        return labelers.category(value, fallback)
      case "craft":
        return labelers.craft(value)
      case "language":
        return labelers.language(value)
      case "price":
        return priceLabel(value)
      default:
        return value
    }
  }
  const facetLinks = (name: FacetFilter): FacetLink[] => {
    // Only values the plugin takes back as a filter (a course taught in Urdu counts, but cannot be chosen).
    const usable = (v: FacetValue) =>
      name === "price" ? true : name === "language" ? oneOf(v.value, SEARCH_LANGUAGES) !== null : isFilterValue(v.value)
    const values = (facets?.[name] ?? []).filter((v) => (v.count > 0 || v.value === filters[name]) && usable(v))
    return values.map((v) => ({
      key: v.value,
      label: labelOf(name, v.value, v.label),
      href: facetHref(base, filters, name, v.value),
      count: v.count,
      current: v.value === filters[name],
      testId: `facet-${name}-${v.value}`,
    }))
  }
  const groups = FACET_FILTERS.map((name) => ({ name, links: facetLinks(name) })).filter((g) => g.links.length > 0)
  const wholesaleCount = facets?.wholesale?.find((v) => v.value === "true")?.count ?? 0
  // Offered when some match sells wholesale (or it is already chosen, so it can be undone).
  const showWholesale = (!filters.type || filters.type === "product") && (wholesaleCount > 0 || filters.wholesale)

  // What is chosen now, each with a link that takes it away (even when the facet no longer lists it).
  const chosen: { key: string; label: string; href: string }[] = [
    ...FACET_FILTERS.filter((name) => filters[name]).map((name) => {
      const value = filters[name] as string
      const fallback = facets?.[name]?.find((v) => v.value === value)?.label
      return { key: name, label: labelOf(name, value, fallback), href: facetHref(base, filters, name, value) }
    }),
    ...(filters.wholesale
      ? [{ key: "wholesale", label: t("wholesale"), href: searchHref(base, filters, { wholesale: false }) }]
      : []),
  ]

  return (
    <>
      <FilterChips
        label={t("typeTabs")}
        testId="type-chips"
        chips={[
          {
            key: "",
            href: searchHref(base, filters, { type: null }),
            label: withCount(t("all"), counts.all),
            current: !filters.type,
            testId: "type-all",
          },
          ...SEARCH_TYPES.filter((type) => !facets || counts[type] > 0 || filters.type === type).map((type) => ({
            key: type,
            href: searchHref(base, filters, { type }),
            label: withCount(t(`types.${type}`), counts[type]),
            current: filters.type === type,
            testId: `type-${type}`,
          })),
        ]}
      />

      {groups.length || showWholesale ? (
        <details className="filter-box search-facets" data-testid="search-facets">
          <summary>
            {chosen.length ? t("filtersChosen", { count: formatNumber(chosen.length, locale) }) : t("filters")}
          </summary>
          <div className="search-facet-groups">
            {groups.map((g) => (
              <section
                key={g.name}
                className="search-facet"
                aria-labelledby={`facet-${g.name}`}
                data-testid={`facet-${g.name}`}
              >
                <h2 id={`facet-${g.name}`}>{t(`facet.${g.name}`)}</h2>
                <ul className="chip-wrap">
                  {g.links.map((l) => (
                    <li key={l.key}>
                      <Link
                        href={l.href}
                        className="chip"
                        aria-current={l.current ? "true" : undefined}
                        data-testid={l.testId}
                      >
                        {l.label}
                        <span className="chip-count">{formatNumber(l.count, locale)}</span>
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {showWholesale ? (
              <p className="search-facet">
                <Link
                  href={searchHref(base, filters, { wholesale: !filters.wholesale })}
                  className="chip"
                  aria-current={filters.wholesale ? "true" : undefined}
                  data-testid="facet-wholesale"
                >
                  {filters.wholesale ? "✓ " : ""}
                  {t("wholesale")}
                  <span className="chip-count">{formatNumber(wholesaleCount, locale)}</span>
                </Link>
              </p>
            ) : null}
          </div>
        </details>
      ) : null}

      {chosen.length ? (
        <nav className="chips search-chosen" aria-label={t("chosen")} data-testid="chosen-filters">
          <ul>
            {chosen.map((c) => (
              <li key={c.key}>
                <Link
                  href={c.href}
                  className="chip chip-remove"
                  aria-label={t("remove", { name: c.label })}
                  data-testid={`remove-${c.key}`}
                >
                  {c.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
            <li>
              <Link
                href={clearFacetsHref(base, filters)}
                className="text-link search-clear"
                data-testid="clear-filters"
              >
                {t("clearFilters")}
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}

      <p className="muted" data-testid="search-count" data-count={result.count}>
        {t("count", { count: result.count })}
      </p>

      {result.hits.length ? (
        <ul className="search-results" aria-label={t("resultsLabel")} data-testid="search-results">
          {result.hits.map((hit) => (
            <SearchHitCard
              key={`${hit.type}-${hit.id}`}
              hit={hit}
              locale={locale}
              labelers={labelers}
              showType={!filters.type}
            />
          ))}
        </ul>
      ) : (
        <div className="empty-state search-empty" data-testid="search-empty">
          <p>
            <strong>{filters.q && !filtered ? t("emptyTitle", { q: filters.q }) : t("emptyFilteredTitle")}</strong>
          </p>
          <p>{t("tipsTitle")}</p>
          <ul className="search-tips">
            <li>{t("tips.spelling")}</li>
            <li>{t("tips.language")}</li>
            <li>{t("tips.general")}</li>
            {filtered || filters.type ? <li>{t("tips.filters")}</li> : null}
          </ul>
          <div className="actions-row">
            {filtered ? (
              <Link
                href={clearFacetsHref(base, filters)}
                className="button button-secondary"
                data-testid="empty-clear-filters"
              >
                {t("clearFilters")}
              </Link>
            ) : null}
            {filters.type ? (
              <Link
                href={searchHref(base, filters, { type: null })}
                className="button button-secondary"
                data-testid="empty-all-types"
              >
                {t("allTypes")}
              </Link>
            ) : null}
          </div>
        </div>
      )}

      <Pagination
        basePath={searchHref(base, filters, { page: 1 })}
        page={filters.page}
        totalPages={totalPages}
        labels={pagination}
      />
    </>
  )
}
