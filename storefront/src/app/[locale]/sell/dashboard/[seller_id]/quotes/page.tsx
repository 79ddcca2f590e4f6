import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { Pagination } from "@/components/Pagination"
import { QuoteStatusPill } from "@/components/wholesale/QuoteParts"
import { toAppLocale } from "@/i18n/routing"
import { withQuery } from "@/lib/actions/helpers"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { describe, kindOf } from "@/lib/data/errors"
import { listSellerQuotes, type QuotePage } from "@/lib/data/wholesale"
import { formatMoney, numberLocale } from "@/lib/money"
import { pageCount, parsePage, paginationLabels } from "@/lib/pagination"
import { toAmount } from "@/lib/vendor-products"
import type { QuoteStatus } from "@dharavi/wholesale/contract"
import { nextActor, quoteStatus } from "@/lib/wholesale"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = ShopPageProps

const FILTERS = ["pending_merchant", "pending_customer", "accepted"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerQuotes" })
  return { title: t("title"), robots: { index: false } }
}

/** The shop's quote requests from wholesale buyers: which wait for an offer, and the rest. */
export default async function SellerQuotesPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/quotes")
  const query = await searchParams
  const page = parsePage(query.page)
  const status: QuoteStatus | null = oneOf(query.status, FILTERS)
  const [t, tCatalog] = await Promise.all([
    getTranslations({ locale, namespace: "SellerQuotes" }),
    getTranslations({ locale, namespace: "Catalog" }),
  ])
  let result: QuotePage = { quotes: [], count: 0 }
  let failed: FailureKind | null = null
  try {
    result = await listSellerQuotes(sellerId, page, status)
  } catch (error) {
    console.error("[dashboard] quotes failed:", describe(error))
    failed = kindOf(error)
  }
  const list = `${base}/quotes`
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const totalPages = pageCount(result.count)
  const filterHref = (s: string | null) => (s ? withQuery(list, { status: s }) : list)

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="quotes" />
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <FilterChips
        label={t("filterLabel")}
        chips={[
          { key: "all", href: filterHref(null), label: t("filters.all"), current: status === null },
          ...FILTERS.map((f) => ({
            key: f,
            href: filterHref(f),
            label: t(`filters.${f}`),
            current: status === f,
            testId: `seller-quote-filter-${f}`,
          })),
        ]}
      />
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : result.quotes.length ? (
        <ul className="order-list quote-list" data-testid="seller-quote-list">
          {result.quotes.map((q) => {
            const s = quoteStatus(q.status)
            const yourTurn = nextActor(q.status, "seller") === "you"
            return (
              <li
                key={q.id}
                className={`order-row${yourTurn ? " quote-your-turn" : ""}`}
                data-testid="seller-quote-row"
                data-quote-id={q.id}
                data-status={q.status}
              >
                <Link href={`${list}/${q.id}`}>
                  <span className="order-row-main">
                    <strong>{t("fromCompany", { company: q.company?.name ?? t("aBuyer") })}</strong>
                    <span className="muted">
                      {q.created_at ? t("asked", { date: date.format(new Date(q.created_at)) }) : null}
                      {yourTurn && q.expires_at
                        ? ` · ${t("answerBy", { date: date.format(new Date(q.expires_at)) })}`
                        : null}
                    </span>
                  </span>
                  <span className="order-row-side">
                    <strong>{formatMoney(toAmount(q.total), q.currency_code, locale)}</strong>
                    <QuoteStatusPill status={q.status} label={s ? t(`status.${s}`) : String(q.status)} />
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      ) : (
        <div className="empty-state" data-testid="no-seller-quotes">
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
