import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { describe, kindOf } from "@/lib/data/errors"
import { listVendorOrders, type SellerOrder } from "@/lib/data/vendor"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { pageCount, parsePage, paginationLabels } from "@/lib/pagination"
import { toAmount } from "@/lib/vendor-products"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = ShopPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerOrders" })
  return { title: t("title"), robots: { index: false } }
}

/** The seller's part of each order: their lines, sales, commission and what is paid to them. */
export default async function SellerOrdersPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, "/orders")
  const page = parsePage((await searchParams).page)
  const [t, tCatalog] = await Promise.all([
    getTranslations({ locale, namespace: "SellerOrders" }),
    getTranslations({ locale, namespace: "Catalog" }),
  ])
  let orders: SellerOrder[] = []
  let count = 0
  let failed: FailureKind | null = null
  try {
    ;({ seller_orders: orders, count } = await listVendorOrders(sellerId, page))
  } catch (error) {
    console.error("[dashboard] orders failed:", describe(error))
    failed = kindOf(error)
  }
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const totalPages = pageCount(count)

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="orders" />
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : orders.length ? (
        <ul className="seller-orders" data-testid="seller-orders">
          {orders.map((so) => {
            const money = (v: unknown) => formatMoney(toAmount(v), so.currency_code, locale)
            const items = so.order?.items ?? []
            const when = so.order?.created_at ?? so.created_at
            return (
              <li key={so.id} className="card seller-order" data-testid="seller-order" data-order-id={so.order_id}>
                <div className="seller-order-head">
                  <strong>{t("orderLabel", { number: String(so.order?.display_id ?? "") })}</strong>
                  <span className="muted">{when ? date.format(new Date(when)) : ""}</span>
                  <span className={`pill ${so.payout_status === "paid" ? "pill-status-active" : "pill-neutral"}`}>
                    {so.payout_status === "paid" ? t("payout.paid") : t("payout.pending")}
                  </span>
                </div>
                <ul className="mini-items">
                  {items.map((item) => (
                    <li key={item.id}>
                      {item.thumbnail ? (
                        <img src={item.thumbnail} alt="" width={56} height={56} />
                      ) : (
                        <span className="thumb-placeholder" aria-hidden="true" />
                      )}
                      <span>
                        <strong>{item.title}</strong>
                        {item.variant_title && item.variant_title !== "Default" ? (
                          <span className="muted"> · {item.variant_title}</span>
                        ) : null}
                      </span>
                      <span>
                        {t("qtyPrice", {
                          quantity: formatNumber(item.quantity, locale),
                          price: money(item.unit_price),
                        })}
                      </span>
                    </li>
                  ))}
                </ul>
                <dl className="totals">
                  <div>
                    <dt>{t("subtotal")}</dt>
                    <dd data-testid="order-subtotal">{money(so.subtotal)}</dd>
                  </div>
                  <div>
                    <dt>{t("commission", { rate: formatNumber(so.commission_rate ?? 0, locale) })}</dt>
                    <dd>−{money(so.commission_amount)}</dd>
                  </div>
                  {toAmount(so.digipreneur_amount) > 0 ? (
                    <div>
                      <dt>{t("digipreneur")}</dt>
                      <dd>−{money(so.digipreneur_amount)}</dd>
                    </div>
                  ) : null}
                  <div className="grand-total">
                    <dt>{t("payoutDue")}</dt>
                    <dd data-testid="order-payout">{money(so.payout_due)}</dd>
                  </div>
                </dl>
              </li>
            )
          })}
        </ul>
      ) : (
        <div className="empty-state" data-testid="no-seller-orders">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
        </div>
      )}
      <Pagination
        basePath={`${base}/orders`}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, Math.min(page, totalPages), totalPages, locale)}
      />
    </div>
  )
}
