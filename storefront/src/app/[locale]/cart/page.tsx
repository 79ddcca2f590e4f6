import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { itemTitle } from "@/components/LineItemTitle"
import { SubmitButton } from "@/components/SubmitButton"
import { Totals, totalsLabels } from "@/components/Totals"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { removeLine, updateQuantity } from "@/lib/actions/cart"
import { retrieveCart } from "@/lib/data/cart"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { formatBookingTime } from "@/lib/tool-houses"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Cart" })
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, cart, query] = await Promise.all([getTranslations({ locale, namespace: "Cart" }), retrieveCart(), searchParams])
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))

  if (!cart || items.length === 0) {
    return (
      <div className="container section narrow">
        <div className="empty-state" data-testid="cart-empty">
          <h1>{t("emptyTitle")}</h1>
          <p>{t("emptyBody")}</p>
          <Link href={`/${locale}/store`} className="button">
            {t("continueShopping")}
          </Link>
        </div>
      </div>
    )
  }

  const currency = cart.currency_code
  return (
    <div className="container section">
      <h1>{t("title")}</h1>
      {query.error ? (
        <p className="notice notice-error" role="alert">
          {t("updateError")}
        </p>
      ) : null}
      <div className="cart-layout">
        <ul className="line-items" data-testid="line-items">
          {items.map((item) => {
            const title = itemTitle(item, locale)
            const qty = item.quantity ?? 1
            return (
              <li key={item.id} className="line-item" data-testid="line-item">
                {item.thumbnail ? (
                  <img src={item.thumbnail} alt="" width={96} height={96} loading="lazy" decoding="async" />
                ) : (
                  <span className="thumb-placeholder" />
                )}
                <div className="line-item-body">
                  <p className="line-item-title">
                    {item.product_handle ? <Link href={`/${locale}/products/${item.product_handle}`}>{title}</Link> : title}
                  </p>
                  {item.variant_title ? <p className="muted">{item.variant_title}</p> : null}
                  {bookingTime(item, locale) ? (
                    <p className="muted" data-testid="line-subtitle">
                      {bookingTime(item, locale)}
                    </p>
                  ) : null}
                  <p className="muted">{t("unitPrice", { price: formatMoney(item.unit_price, currency, locale) })}</p>
                  <div className="line-item-controls">
                    {/* A tool-house booking is one slot: it can be removed, never multiplied. */}
                    {isBooking(item) ? null : (
                      <form action={updateQuantity} className="stepper">
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="line_id" value={item.id} />
                        <SubmitButton
                          className="stepper-button"
                          name="quantity"
                          value={String(qty - 1)}
                          aria-label={t("decrease", { title })}
                          data-testid="qty-decrease"
                        >
                          −
                        </SubmitButton>
                        <span className="stepper-value" aria-label={t("quantity")} data-testid="line-quantity" data-quantity={qty}>
                          {formatNumber(qty, locale)}
                        </span>
                        <SubmitButton
                          className="stepper-button"
                          name="quantity"
                          value={String(qty + 1)}
                          aria-label={t("increase", { title })}
                          data-testid="qty-increase"
                        >
                          +
                        </SubmitButton>
                      </form>
                    )}
                    <form action={removeLine}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="line_id" value={item.id} />
                      <SubmitButton className="text-button" aria-label={t("removeLabel", { title })} data-testid="remove-line">
                        {t("remove")}
                      </SubmitButton>
                    </form>
                  </div>
                </div>
                <p className="line-item-total">{formatMoney(item.total ?? item.unit_price * qty, currency, locale)}</p>
              </li>
            )
          })}
        </ul>
        <aside className="summary" aria-labelledby="summary-title">
          <h2 id="summary-title">{t("summary")}</h2>
          <Totals
            totals={cart}
            locale={locale}
            labels={totalsLabels(t)}
          />
          <Link href={`/${locale}/checkout`} className="button button-large button-block" data-testid="checkout-link">
            {t("checkout")}
          </Link>
          <Link href={`/${locale}/store`} className="text-link">
            {t("continueShopping")}
          </Link>
        </aside>
      </div>
    </div>
  )
}

/**
 * When a booking line is for: from its metadata, in the UI language and the tool-house's time zone (which
 * the line carries), else the backend's subtitle.
 */
function bookingTime(
  item: { metadata?: Record<string, unknown> | null; subtitle?: string | null },
  locale: AppLocale,
): string | null {
  const starts = item.metadata?.["starts_at"]
  const ends = item.metadata?.["ends_at"]
  if (typeof starts === "string" && typeof ends === "string" && !Number.isNaN(Date.parse(starts)) && !Number.isNaN(Date.parse(ends))) {
    const zone = typeof item.metadata?.["timezone"] === "string" ? (item.metadata["timezone"] as string) : "Asia/Kolkata"
    return formatBookingTime(starts, ends, zone, numberLocale(locale))
  }
  return item.subtitle || null
}

function isBooking(item: { metadata?: Record<string, unknown> | null }): boolean {
  return typeof item.metadata?.["booking_id"] === "string"
}
