import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { describe, kindOf } from "@/lib/data/errors"
import { getEarnings, requireVendor, type Earnings } from "@/lib/data/vendor"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { toAmount } from "@/lib/vendor-products"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Earnings" })
  return { title: t("title"), robots: { index: false } }
}

/** A digi-preneur's share of the sales of the makers they help, across all those shops. */
export default async function EarningsPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireVendor(locale, `/${locale}/sell/dashboard/earnings`)
  const [t, tDash] = await Promise.all([
    getTranslations({ locale, namespace: "Earnings" }),
    getTranslations({ locale, namespace: "Dashboard" }),
  ])
  let earnings: Earnings = { seller_orders: [], totals: {} }
  let failed: FailureKind | null = null
  try {
    earnings = await getEarnings()
  } catch (error) {
    console.error("[earnings] failed:", describe(error))
    failed = kindOf(error)
  }
  const shopName = new Map(me.memberships.map((m) => [m.seller.id, m.seller.name]))
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const totals = Object.entries(earnings.totals ?? {})

  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/sell/dashboard`} className="text-link">
          ← {tDash("yourShops")}
        </Link>
      </p>
      <h1 data-testid="earnings-title">{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {failed ? <LoadFailure kind={failed}>{t("loadError")}</LoadFailure> : null}

      {totals.length ? (
        <div className="earning-totals">
          {totals.map(([currency, sums]) => (
            <dl key={currency} className="card totals" data-testid="earnings-total" data-currency={currency}>
              <div>
                <dt>{t("totalSales")}</dt>
                <dd>{formatMoney(toAmount(sums.subtotal), currency, locale)}</dd>
              </div>
              <div className="grand-total">
                <dt>{t("totalEarned")}</dt>
                <dd>{formatMoney(toAmount(sums.digipreneur_amount), currency, locale)}</dd>
              </div>
            </dl>
          ))}
        </div>
      ) : null}

      {earnings.seller_orders.length ? (
        <ul className="order-list" data-testid="earnings-list">
          {earnings.seller_orders.map((o) => (
            <li key={o.id} className="earning-row">
              <span className="order-row-main">
                <strong>{shopName.get(o.seller_id) ?? t("shop")}</strong>
                <span className="muted">
                  {date.format(new Date(o.created_at))}
                  {o.digipreneur_share ? ` · ${t("share", { share: formatNumber(o.digipreneur_share, locale) })}` : ""}
                </span>
              </span>
              <span className="order-row-side">
                <strong>{formatMoney(toAmount(o.digipreneur_amount), o.currency_code, locale)}</strong>
                <span className="muted">
                  {t("ofSales", { amount: formatMoney(toAmount(o.subtotal), o.currency_code, locale) })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : !failed ? (
        <div className="empty-state" data-testid="no-earnings">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
        </div>
      ) : null}
    </div>
  )
}
