import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SummaryItems } from "@/components/SummaryItems"
import { Totals, totalsLabels } from "@/components/Totals"
import { toAppLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"
import { retrieveOrder } from "@/lib/data/orders"
import { numberLocale } from "@/lib/money"

type Props = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Order" })
  return { title: t("orderNumber"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [t, tCart, order, customer] = await Promise.all([
    getTranslations({ locale, namespace: "Order" }),
    getTranslations({ locale, namespace: "Cart" }),
    retrieveOrder(id),
    retrieveCustomer(),
  ])

  if (!order) {
    return (
      <div className="container section narrow">
        <div className="empty-state" data-testid="order-not-found">
          <h1>{t("notFoundTitle")}</h1>
          <p>{t("notFoundBody")}</p>
          <Link href={`/${locale}/account`} className="button">
            {t("viewAccount")}
          </Link>
        </div>
      </div>
    )
  }

  const currency = order.currency_code
  const address = order.shipping_address
  const placed = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "long", timeZone: "Asia/Kolkata" }).format(
    new Date(order.created_at as string | Date)
  )

  return (
    <div className="container section narrow">
      <div className="confirmation" data-testid="order-confirmation">
        <p className="confirmation-mark" aria-hidden="true">
          ✓
        </p>
        <h1>{t("confirmedTitle")}</h1>
        <p className="lead">{t("confirmedBody", { email: order.email ?? "" })}</p>
        <p className="order-number">
          <span>{t("orderNumber")}</span>{" "}
          <strong data-testid="order-display-id" data-display-id={order.display_id}>
            #{order.display_id}
          </strong>
        </p>
        <p className="muted">{t("placedOn", { date: placed })}</p>
      </div>

      <section aria-labelledby="order-items" className="card">
        <h2 id="order-items">{t("items")}</h2>
        <SummaryItems items={order.items ?? []} currency={currency} locale={locale} itemTestId="order-item" />
        <Totals totals={order} locale={locale} labels={totalsLabels(tCart)} />
        {address ? (
          <p>
            <strong>{t("shipTo")}:</strong> {[address.first_name, address.last_name].filter(Boolean).join(" ")},{" "}
            {[address.address_1, address.city, address.postal_code].filter(Boolean).join(", ")}
          </p>
        ) : null}
      </section>

      <div className="actions-row">
        {customer ? (
          <Link href={`/${locale}/account`} className="button" data-testid="view-orders">
            {t("viewAccount")}
          </Link>
        ) : null}
        <Link href={`/${locale}/store`} className="button button-secondary">
          {t("continueShopping")}
        </Link>
      </div>
    </div>
  )
}
