import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { craftLabeler } from "@/components/marketplace/crafts"
import { MakerCard } from "@/components/marketplace/MakerCard"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { withQuery } from "@/lib/actions/helpers"
import { describe } from "@/lib/data/errors"
import { listMakerCrafts, listSellers, type SellerPage } from "@/lib/data/sellers"
import { pageCount, parsePage, PAGE_SIZE, paginationLabels } from "@/lib/pagination"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function one(value: string | string[] | undefined, max: number): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === "string" ? v.trim().slice(0, max) : ""
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Makers" })
  return { title: t("title"), description: t("intro") }
}

export default async function MakersPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const query = await searchParams
  const q = one(query.q, 100)
  const craft = one(query.craft, 40)
  const page = parsePage(query.page)

  const [t, tCatalog, craftLabel] = await Promise.all([
    getTranslations({ locale, namespace: "Makers" }),
    getTranslations({ locale, namespace: "Catalog" }),
    craftLabeler(locale),
  ])
  let result: SellerPage = { sellers: [], count: 0 }
  let crafts: string[] = []
  try {
    ;[result, crafts] = await Promise.all([listSellers({ q, craft, page }), listMakerCrafts()])
  } catch (error) {
    console.error("[makers] list failed:", describe(error))
  }
  if (craft && !crafts.includes(craft)) crafts = [craft, ...crafts]
  const filtered = Boolean(q || craft)
  const totalPages = pageCount(result.count, PAGE_SIZE)
  const base = `/${locale}/makers`
  const filterHref = (c: string) => withQuery(base, { ...(q ? { q } : {}), ...(c ? { craft: c } : {}) })

  return (
    <div className="container section">
      <header className="page-header">
        <h1 data-testid="makers-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>

      <form action={base} method="get" role="search" className="maker-search" data-testid="maker-search">
        <label htmlFor="maker-q" className="visually-hidden">
          {t("searchLabel")}
        </label>
        <input
          id="maker-q"
          type="search"
          name="q"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          data-testid="maker-q"
        />
        {craft ? <input type="hidden" name="craft" value={craft} /> : null}
        <button type="submit" className="button">
          {t("search")}
        </button>
      </form>

      {crafts.length ? (
        <FilterChips
          label={t("craftFilter")}
          testId="craft-filter"
          chips={[
            { key: "", href: filterHref(""), label: t("allCrafts"), current: !craft },
            ...crafts.map((c) => ({
              key: c,
              href: filterHref(c),
              label: craftLabel(c),
              current: c === craft,
              testId: `craft-${c}`,
            })),
          ]}
        />
      ) : null}

      <p className="muted" data-testid="maker-count">
        {t("count", { count: result.count })}
      </p>

      {result.sellers.length ? (
        <ul className="maker-grid" data-testid="maker-grid">
          {result.sellers.map((s) => (
            <MakerCard
              key={s.id}
              seller={s}
              locale={locale}
              labels={{
                craft: craftLabel,
                kind: (k) => (k === "workshop" ? t("kind.workshop") : t("kind.artisan")),
                verified: t("verified"),
              }}
            />
          ))}
        </ul>
      ) : (
        <div className="empty-state" data-testid="makers-empty">
          <p>
            <strong>{filtered ? t("emptyTitle") : t("noMakersTitle")}</strong>
          </p>
          <p>{filtered ? t("emptyBody") : t("noMakersBody")}</p>
          <div className="actions-row">
            {filtered ? (
              <Link href={base} className="button button-secondary" data-testid="makers-show-all">
                {t("showAll")}
              </Link>
            ) : null}
            <Link href={`/${locale}/store`} className="button button-secondary">
              {tCatalog("storeTitle")}
            </Link>
          </div>
        </div>
      )}

      <Pagination
        basePath={filterHref(craft)}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, Math.min(page, totalPages), totalPages, locale)}
      />

      <aside className="sell-cta" aria-labelledby="sell-cta-title">
        <h2 id="sell-cta-title">{t("sellCtaTitle")}</h2>
        <p>{t("sellCtaBody")}</p>
        <Link href={`/${locale}/sell`} className="button" data-testid="makers-sell-cta">
          {t("sellCtaButton")}
        </Link>
      </aside>
    </div>
  )
}
