import type { Metadata } from "next"
import Link from "next/link"
import { FilterChips } from "@/components/FilterChips"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Pagination } from "@/components/Pagination"
import { QuoteStatusPill } from "@/components/wholesale/QuoteParts"
import { toAppLocale } from "@/i18n/routing"
import { loginHref, withQuery } from "@/lib/actions/helpers"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf } from "@/lib/data/errors"
import { listSellers } from "@/lib/data/sellers"
import { getMyCompany, listMyQuotes, type QuotePage } from "@/lib/data/wholesale"
import { formatMoney, numberLocale } from "@/lib/money"
import { pageCount, parsePage, paginationLabels } from "@/lib/pagination"
import { toAmount } from "@/lib/vendor-products"
import type { QuoteStatus } from "@dharavi/wholesale/contract"
import { nextActor, quoteStatus } from "@/lib/wholesale"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const FILTERS = ["pending_customer", "pending_merchant", "accepted"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Quotes" })
  return { title: t("title"), robots: { index: false } }
}

/** Makers' names for the inbox (the list route gives seller ids only); empty when the directory fails. */
async function makerNames(): Promise<Map<string, string>> {
  try {
    const { sellers } = await listSellers({ limit: 100 })
    return new Map(sellers.map((s) => [s.id, s.name]))
  } catch (error) {
    console.error("[quotes] makers failed:", describe(error))
    return new Map()
  }
}

/** The company's quotes: who acts next on each, the latest total, and a filter by status. */
export default async function QuotesPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const base = `/${locale}/account/quotes`
  const [customer, query, t, tAccount, tCatalog] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "Quotes" }),
    getTranslations({ locale, namespace: "Account" }),
    getTranslations({ locale, namespace: "Catalog" }),
  ])
  if (!customer) redirect(loginHref(locale, base))
  const page = parsePage(query.page)
  const status: QuoteStatus | null = oneOf(query.status, FILTERS)
  const mine = await getMyCompany()

  let result: QuotePage = { quotes: [], count: 0 }
  let failed: FailureKind | null = null
  let names = new Map<string, string>()
  if (mine?.company) {
    try {
      ;[result, names] = await Promise.all([listMyQuotes(page, status), makerNames()])
    } catch (error) {
      console.error("[quotes] list failed:", describe(error))
      failed = kindOf(error)
    }
  }
  const requested =
    typeof query.requested === "string" && /^\d{1,3}$/.test(query.requested) ? Number(query.requested) : null
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const totalPages = pageCount(result.count)
  const filterHref = (s: string | null) => (s ? withQuery(base, { status: s }) : base)

  return (
    <div className="container section">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="quotes-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {requested !== null ? (
        <p className="notice notice-success" role="status" data-testid="quote-requested">
          {t("requested", { count: requested })}
        </p>
      ) : null}

      {!mine?.company ? (
        <div className="empty-state" data-testid="quotes-not-buyer">
          <p>
            <strong>{t("notBuyerTitle")}</strong>
          </p>
          <p>{t("notBuyerBody")}</p>
          <Link href={`/${locale}/wholesale`} className="button button-secondary">
            {t("registerLink")}
          </Link>
        </div>
      ) : (
        <>
          <FilterChips
            label={t("filterLabel")}
            chips={[
              {
                key: "all",
                href: filterHref(null),
                label: t("filters.all"),
                current: status === null,
                testId: "quote-filter-all",
              },
              ...FILTERS.map((f) => ({
                key: f,
                href: filterHref(f),
                label: t(`filters.${f}`),
                current: status === f,
                testId: `quote-filter-${f}`,
              })),
            ]}
          />
          {failed ? (
            <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
          ) : result.quotes.length === 0 ? (
            <div className="empty-state" data-testid="no-quotes">
              <p>
                <strong>{status ? t("emptyFilteredTitle") : t("emptyTitle")}</strong>
              </p>
              <p>{status ? t("emptyFilteredBody") : t("emptyBody")}</p>
              <Link href={status ? base : `/${locale}/store`} className="button button-secondary">
                {status ? t("filters.all") : t("browse")}
              </Link>
            </div>
          ) : (
            <ul className="order-list quote-list" data-testid="quote-list">
              {result.quotes.map((q) => {
                const s = quoteStatus(q.status)
                const actor = nextActor(q.status, "buyer")
                const maker = (q.seller_id && names.get(q.seller_id)) || t("aMaker")
                return (
                  <li
                    key={q.id}
                    className={`order-row${actor === "you" ? " quote-your-turn" : ""}`}
                    data-testid="quote-row"
                    data-quote-id={q.id}
                    data-status={q.status}
                  >
                    <Link href={`${base}/${q.id}`}>
                      <span className="order-row-main">
                        <strong>{t("fromMaker", { maker })}</strong>
                        <span className="muted">
                          {q.updated_at ? t("updated", { date: date.format(new Date(q.updated_at)) }) : null}
                          {actor === "you" && q.expires_at
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
          )}
          <Pagination
            basePath={status ? withQuery(base, { status }) : base}
            page={Math.min(page, totalPages)}
            totalPages={totalPages}
            labels={paginationLabels(tCatalog, Math.min(page, totalPages), totalPages, locale)}
          />
        </>
      )}
    </div>
  )
}
