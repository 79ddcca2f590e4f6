import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations } from "next-intl/server"
import { PoolProgress } from "@/components/commons/PoolProgress"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { withQuery } from "@/lib/actions/helpers"
import type { Pool, PoolStatus } from "@/lib/commons"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { listSellerPools } from "@/lib/data/commons"
import { describe, kindOf } from "@/lib/data/errors"
import { numberLocale } from "@/lib/money"
import { pageCount, parsePage, paginationLabels } from "@/lib/pagination"
import { SELLER_POOL_FILTERS, poolPill } from "@/lib/seller-pools"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = ShopPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerPools" })
  return { title: t("title"), robots: { index: false } }
}

/** The group buys this shop runs: drafts to open, open pools filling up, and decided ones with their outcome. */
export default async function SellerPoolsPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/pools")
  const query = await searchParams
  const page = parsePage(query.page)
  const status: PoolStatus | null = oneOf(query.status, SELLER_POOL_FILTERS)
  const [t, tCatalog] = await Promise.all([
    getTranslations({ locale, namespace: "SellerPools" }),
    getTranslations({ locale, namespace: "Catalog" }),
  ])
  let result: { pools: Pool[]; count: number } = { pools: [], count: 0 }
  let failed: FailureKind | null = null
  try {
    result = await listSellerPools(sellerId, page, status)
  } catch (error) {
    console.error("[dashboard] pools failed:", describe(error))
    failed = kindOf(error)
  }
  const list = `${base}/pools`
  const date = new Intl.DateTimeFormat(numberLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  })
  const totalPages = pageCount(result.count)
  const filterHref = (s: string | null) => (s ? withQuery(list, { status: s }) : list)
  const canWrite = membership.seller.status !== "suspended"

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="pools" />
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {canWrite ? (
        <Link href={`${list}/new`} className="button button-large button-block" data-testid="new-pool">
          + {t("newPool")}
        </Link>
      ) : null}
      <FilterChips
        label={t("filterLabel")}
        chips={[
          { key: "all", href: filterHref(null), label: t("filters.all"), current: status === null },
          ...SELLER_POOL_FILTERS.map((f) => ({
            key: f,
            href: filterHref(f),
            label: t(`status.${f}`),
            current: status === f,
            testId: `seller-pool-filter-${f}`,
          })),
        ]}
      />
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : result.pools.length ? (
        <ul className="pool-list" data-testid="seller-pool-list">
          {result.pools.map((pool) => (
            <li
              key={pool.id}
              className="card pool-card"
              data-testid="seller-pool-row"
              data-pool-id={pool.id}
              data-status={pool.status}
            >
              <h3>
                <Link href={`${list}/${pool.id}`}>{pool.title}</Link>
              </h3>
              <p className="shop-pills">
                <span className={`pill ${poolPill(pool.status)}`} data-testid="seller-pool-status">
                  {t(`status.${pool.status}`)}
                </span>
                <span className="muted">{t("closes", { date: date.format(new Date(pool.closes_at)) })}</span>
              </p>
              {pool.status === "draft" || pool.status === "cancelled" ? null : (
                <PoolProgress pool={pool} locale={locale} />
              )}
            </li>
          ))}
        </ul>
      ) : (
        <div className="empty-state" data-testid="no-seller-pools">
          <p>
            <strong>{status ? t("emptyFilteredTitle") : t("emptyTitle")}</strong>
          </p>
          <p>{status ? t("emptyFilteredBody") : t("emptyBody")}</p>
        </div>
      )}
      <Pagination
        basePath={status ? withQuery(list, { status }) : list}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, Math.min(page, totalPages), totalPages, locale)}
      />
    </div>
  )
}
