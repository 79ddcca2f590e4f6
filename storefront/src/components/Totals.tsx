import type { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { formatMoney } from "@/lib/money"

type TotalsLike = {
  currency_code?: string | null
  item_subtotal?: number | null
  subtotal?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  discount_total?: number | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

type Labels = {
  subtotal: string
  shipping: string
  tax: string
  discount: string
  total: string
  shippingLater: string
}

type CartTranslator = Awaited<ReturnType<typeof getTranslations<"Cart">>>

/** The labels for `<Totals>`, from the Cart messages (the cart, checkout and order pages all use these). */
export function totalsLabels(t: CartTranslator): Labels {
  return {
    subtotal: t("subtotal"),
    shipping: t("shipping"),
    tax: t("tax"),
    discount: t("discount"),
    total: t("total"),
    shippingLater: t("shippingLater"),
  }
}

export function Totals({ totals, locale, labels }: { totals: TotalsLike; locale: AppLocale; labels: Labels }) {
  const currency = totals.currency_code ?? "inr"
  const money = (n: number | null | undefined) => formatMoney(n ?? 0, currency, locale)
  const hasShipping = Boolean(totals.shipping_methods?.length)
  return (
    <dl className="totals" data-testid="totals">
      <div>
        <dt>{labels.subtotal}</dt>
        <dd data-testid="subtotal">{money(totals.item_subtotal ?? totals.subtotal)}</dd>
      </div>
      <div>
        <dt>{labels.shipping}</dt>
        <dd data-testid="shipping-total">{hasShipping ? money(totals.shipping_total) : labels.shippingLater}</dd>
      </div>
      {totals.discount_total ? (
        <div>
          <dt>{labels.discount}</dt>
          <dd>−{money(totals.discount_total)}</dd>
        </div>
      ) : null}
      {totals.tax_total ? (
        <div>
          <dt>{labels.tax}</dt>
          <dd>{money(totals.tax_total)}</dd>
        </div>
      ) : null}
      <div className="grand-total">
        <dt>{labels.total}</dt>
        <dd data-testid="grand-total">{money(totals.total)}</dd>
      </div>
    </dl>
  )
}
