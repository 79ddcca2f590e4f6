import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { itemTitle } from "@/components/LineItemTitle"
import { SubmitButton } from "@/components/SubmitButton"
import { Totals, totalsLabels } from "@/components/Totals"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { removeLine, updateQuantity } from "@/lib/actions/cart"
import { requestQuote } from "@/lib/actions/wholesale"
import { retrieveCart } from "@/lib/data/cart"
import { failureNotice } from "@/lib/failure-text"
import { checkCart, getMyCompany, getProductWholesale } from "@/lib/data/wholesale"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { formatBookingTime } from "@/lib/tool-houses"
import type { WholesaleRuleProblem } from "@dharavi/wholesale/contract"
import { groupCartProblems, hasTerms, problemFromQuery, stepperValues, type VariantTerms } from "@/lib/wholesale"

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
  const query = await searchParams
  const [t, tw, cart, mine, failure, quoteFailure] = await Promise.all([
    getTranslations({ locale, namespace: "Cart" }),
    getTranslations({ locale, namespace: "WholesaleCart" }),
    retrieveCart(),
    getMyCompany(),
    failureNotice(locale, query),
    failureNotice(locale, query, "quote"),
  ])
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const bulkAdded = typeof query.bulk === "string" && /^\d{1,3}$/.test(query.bulk) ? Number(query.bulk) : null

  if (!cart || items.length === 0) {
    return (
      <div className="container section narrow">
        {failure ? (
          <p className="notice notice-error" role="alert" data-testid="cart-error" data-error={failure.kind}>
            {failure.text}
          </p>
        ) : null}
        {query.quote === "empty" ? (
          <p className="notice notice-error" role="alert">
            {tw("quoteErrors.empty")}
          </p>
        ) : null}
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
  // Wholesale buyers (approved companies): the rules' problems with a fix each, steppers in case packs,
  // and quotes. Everyone else sees the cart as it always was.
  const buyer = mine?.company?.status === "approved"
  const [problems, termsByVariant] = buyer
    ? await Promise.all([checkCart(cart.id), wholesaleTerms(items, currency)])
    : [[] as WholesaleRuleProblem[], new Map<string, VariantTerms>()]
  const { byVariant, sellers } = groupCartProblems(problems)
  const lineProblem = typeof query.line === "string" ? problemFromQuery(query) : null
  const quoteError =
    typeof query.quote === "string" && ["message", "forbidden", "failed", "empty"].includes(query.quote)
      ? (query.quote as "message" | "forbidden" | "failed" | "empty")
      : null

  return (
    <div className="container section">
      <h1>{t("title")}</h1>
      {query.error === "update" || failure ? (
        <p className="notice notice-error" role="alert" data-testid="cart-error" data-error={failure?.kind ?? "update"}>
          {failure ? failure.text : t("updateError")}
        </p>
      ) : null}
      {bulkAdded ? (
        <p className="notice notice-success" role="status" data-testid="bulk-added">
          {tw("bulkAdded", { count: bulkAdded })}
        </p>
      ) : null}
      {query.error === "rules" ? (
        <p className="notice notice-error" role="alert" data-testid="rules-at-checkout">
          {tw("rulesAtCheckout")}
        </p>
      ) : null}
      {problems.length ? (
        <section
          className="notice notice-pending wholesale-problems"
          aria-labelledby="problems-title"
          data-testid="wholesale-problems"
        >
          <div>
            <strong id="problems-title">{tw("problemsTitle")}</strong>
            <p>{tw("problemsIntro")}</p>
            {sellers.length ? (
              <ul>
                {sellers.map((s) => (
                  <li key={s.seller_id} data-testid="seller-minimum">
                    {s.seller && s.min !== null
                      ? tw("sellerMinimum", {
                          seller: s.seller,
                          min: formatMoney(s.min, currency, locale),
                          missing: formatMoney(s.missing, currency, locale),
                        })
                      : tw("sellerMinimumUnknown", { missing: formatMoney(s.missing, currency, locale) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
      ) : null}
      <div className="cart-layout">
        <ul className="line-items" data-testid="line-items">
          {items.map((item) => {
            const title = itemTitle(item, locale)
            const qty = item.quantity ?? 1
            const terms = item.variant_id ? termsByVariant.get(item.variant_id) : undefined
            const steps = terms && hasTerms(terms) ? stepperValues(qty, terms) : null
            const trouble = item.variant_id ? byVariant.get(item.variant_id) : undefined
            const refused = lineProblem && query.line === item.id ? lineProblem : null
            return (
              <li
                key={item.id}
                id={`line-${item.id}`}
                className="line-item"
                data-testid="line-item"
                data-variant-id={item.variant_id ?? ""}
              >
                {item.thumbnail ? (
                  <img src={item.thumbnail} alt="" width={96} height={96} loading="lazy" decoding="async" />
                ) : (
                  <span className="thumb-placeholder" />
                )}
                <div className="line-item-body">
                  <p className="line-item-title">
                    {item.product_handle ? (
                      <Link href={`/${locale}/products/${item.product_handle}`}>{title}</Link>
                    ) : (
                      title
                    )}
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
                        {buyer ? <input type="hidden" name="wholesale" value="1" /> : null}
                        <SubmitButton
                          className="stepper-button"
                          name="quantity"
                          value={String(steps ? (steps.decrease ?? qty) : qty - 1)}
                          disabled={Boolean(steps && steps.decrease === null)}
                          aria-label={t("decrease", { title })}
                          data-testid="qty-decrease"
                        >
                          −
                        </SubmitButton>
                        <span
                          className="stepper-value"
                          aria-label={t("quantity")}
                          data-testid="line-quantity"
                          data-quantity={qty}
                        >
                          {formatNumber(qty, locale)}
                        </span>
                        <SubmitButton
                          className="stepper-button"
                          name="quantity"
                          value={String(steps ? steps.increase : qty + 1)}
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
                      <SubmitButton
                        className="text-button"
                        aria-label={t("removeLabel", { title })}
                        data-testid="remove-line"
                      >
                        {t("remove")}
                      </SubmitButton>
                    </form>
                  </div>
                  {terms && hasTerms(terms) ? (
                    <p className="hint" data-testid="line-terms">
                      {[
                        terms.min_order_quantity > 1 ? tw("lineMin", { count: terms.min_order_quantity }) : null,
                        terms.case_pack > 1 ? tw("linePack", { count: terms.case_pack }) : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  ) : null}
                  {refused ? (
                    <p className="field-message" role="alert" data-testid="line-error" data-error={refused.rule}>
                      {refused.rule === "minimum"
                        ? tw("refused.minimum", {
                            min: formatNumber(refused.min, locale),
                            quantity: formatNumber(refused.quantity, locale),
                          })
                        : refused.rule === "case_pack"
                          ? tw("refused.case_pack", {
                              pack: formatNumber(refused.pack, locale),
                              suggested: formatNumber(refused.suggested, locale),
                              quantity: formatNumber(refused.quantity, locale),
                            })
                          : tw("refused.wholesale")}
                    </p>
                  ) : null}
                  {trouble ? (
                    <div className="line-problem" data-testid="line-problem" data-codes={trouble.codes.join(" ")}>
                      <p>
                        {trouble.codes.includes("below_minimum_quantity")
                          ? tw("lineBelowMinimum")
                          : tw("lineNotWholeCases")}
                      </p>
                      {trouble.suggested ? (
                        <form action={updateQuantity}>
                          <input type="hidden" name="locale" value={locale} />
                          <input type="hidden" name="line_id" value={item.id} />
                          <input type="hidden" name="wholesale" value="1" />
                          <SubmitButton
                            className="button button-secondary"
                            name="quantity"
                            value={String(trouble.suggested)}
                            aria-label={tw("fixLabel", { title, quantity: formatNumber(trouble.suggested, locale) })}
                            data-testid="fix-quantity"
                          >
                            {tw("fix", { quantity: formatNumber(trouble.suggested, locale) })}
                          </SubmitButton>
                        </form>
                      ) : null}
                    </div>
                  ) : null}
                </div>
                <p className="line-item-total">{formatMoney(item.total ?? item.unit_price * qty, currency, locale)}</p>
              </li>
            )
          })}
        </ul>
        <aside className="summary" aria-labelledby="summary-title">
          <h2 id="summary-title">{t("summary")}</h2>
          <Totals totals={cart} locale={locale} labels={totalsLabels(t)} />
          {problems.length ? (
            <p className="hint" data-testid="checkout-blocked">
              {tw("checkoutBlocked")}
            </p>
          ) : (
            <Link href={`/${locale}/checkout`} className="button button-large button-block" data-testid="checkout-link">
              {t("checkout")}
            </Link>
          )}
          <Link href={`/${locale}/store`} className="text-link">
            {t("continueShopping")}
          </Link>
          {buyer ? (
            <section
              className="request-quote"
              id="request-quote"
              aria-labelledby="quote-title"
              data-testid="request-quote"
            >
              <h2 id="quote-title">{tw("quoteTitle")}</h2>
              <p className="hint">{tw("quoteIntro")}</p>
              {quoteError || quoteFailure ? (
                <p
                  className="notice notice-error"
                  role="alert"
                  data-testid="quote-error"
                  data-error={quoteFailure?.kind ?? quoteError}
                >
                  {quoteFailure ? quoteFailure.text : tw(`quoteErrors.${quoteError!}`)}
                </p>
              ) : null}
              <form action={requestQuote} className="form-stack">
                <input type="hidden" name="locale" value={locale} />
                <div className={`field${quoteError === "message" ? " field-error" : ""}`}>
                  <label htmlFor="quote-message">{tw("quoteMessage")}</label>
                  <textarea
                    id="quote-message"
                    name="message"
                    rows={4}
                    required
                    maxLength={2000}
                    placeholder={tw("quotePlaceholder")}
                    data-testid="quote-message"
                  />
                </div>
                <SubmitButton
                  className="button button-secondary button-block"
                  pendingLabel={tw("quoteSending")}
                  data-testid="quote-submit"
                >
                  {tw("quoteSubmit")}
                </SubmitButton>
              </form>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  )
}

/** Wholesale terms of the cart's variants, one call per product (a cart holds few products). */
async function wholesaleTerms(
  items: { product_id?: string | null }[],
  currency: string
): Promise<Map<string, VariantTerms>> {
  const ids = [...new Set(items.map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  const all = await Promise.all(ids.map((id) => getProductWholesale(id, currency)))
  return new Map(all.flatMap((p) => (p?.variants ?? []).map((v) => [v.variant_id, v] as const)))
}

/**
 * When a booking line is for: from its metadata, in the UI language and the tool-house's time zone (which
 * the line carries), else the backend's subtitle.
 */
function bookingTime(
  item: { metadata?: Record<string, unknown> | null; subtitle?: string | null },
  locale: AppLocale
): string | null {
  const starts = item.metadata?.["starts_at"]
  const ends = item.metadata?.["ends_at"]
  if (
    typeof starts === "string" &&
    typeof ends === "string" &&
    !Number.isNaN(Date.parse(starts)) &&
    !Number.isNaN(Date.parse(ends))
  ) {
    const zone =
      typeof item.metadata?.["timezone"] === "string" ? (item.metadata["timezone"] as string) : "Asia/Kolkata"
    return formatBookingTime(starts, ends, zone, numberLocale(locale))
  }
  return item.subtitle || null
}

function isBooking(item: { metadata?: Record<string, unknown> | null }): boolean {
  return typeof item.metadata?.["booking_id"] === "string"
}
