import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { QuoteLines, QuoteStatusPill, QuoteThread } from "@/components/wholesale/QuoteParts"
import { toAppLocale } from "@/i18n/routing"
import { sellerQuoteMessage, sendCounterOffer } from "@/lib/actions/wholesale"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { getSellerQuote } from "@/lib/data/wholesale"
import { formatNumber, numberLocale } from "@/lib/money"
import { quoteStatus, sellerActions } from "@/lib/wholesale"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps<{ quote_id: string }>

const DONE = ["offer", "message"] as const
const ERRORS = ["fields", "all_zero", "body", "state", "expired", "forbidden", "failed"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerQuotes" })
  return { title: t("quoteTitleShort"), robots: { index: false } }
}

/**
 * One quote request for the shop: the buyer's company, what they asked for, the conversation, and
 * (while the buyer waits for the shop) the counter-offer form: quantity and unit price per line, the
 * lead time and a note.
 */
export default async function SellerQuotePage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId, quote_id: quoteId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, `/quotes/${quoteId}`)
  const query = await searchParams
  const [t, tq] = await Promise.all([
    getTranslations({ locale, namespace: "SellerQuotes" }),
    getTranslations({ locale, namespace: "Quotes" }),
  ])
  const quote = await getSellerQuote(sellerId, quoteId)
  if (!quote) notFound()

  const status = quoteStatus(quote.status)
  const can = sellerActions(quote.status)
  const canWrite = membership.seller.status !== "suspended"
  const done = oneOf(query.done, DONE)
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const bad = new Set(typeof query.fields === "string" ? query.fields.split(",") : [])
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const due = quote.expires_at ? date.format(new Date(quote.expires_at)) : ""
  const company = quote.company?.name ?? t("aBuyer")
  const currency = quote.currency_code.toUpperCase()
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="seller_id" value={sellerId} />
      <input type="hidden" name="quote_id" value={quote.id} />
    </>
  )

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="quotes" />
      <p>
        <Link href={`${base}/quotes`} className="text-link" data-testid="seller-quotes-back">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header quote-header">
        <h2 data-testid="seller-quote-title">{t("fromCompany", { company })}</h2>
        <p className="shop-pills">
          <QuoteStatusPill status={quote.status} label={status ? t(`status.${status}`) : String(quote.status)} />
          {quote.round ? (
            <span className="pill pill-neutral">{tq("round", { round: formatNumber(quote.round, locale) })}</span>
          ) : null}
        </p>
        {status ? (
          <p className={`next-step${status === "pending_merchant" ? " next-step-you" : ""}`} data-testid="next-step">
            {t(`nextStep.${status}`, { date: due })}
          </p>
        ) : null}
      </header>

      {done ? (
        <p className="notice notice-success" role="status" data-testid="seller-quote-done" data-done={done}>
          {t(`done.${done}`)}
        </p>
      ) : null}
      {error || failure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="seller-quote-error"
          data-error={failure?.kind ?? error}
        >
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      <section className="card" aria-labelledby="asked-title">
        <h3 id="asked-title">{status === "pending_customer" ? t("offeredTitle") : t("askedTitle")}</h3>
        <QuoteLines quote={quote} locale={locale} t={tq} />
      </section>

      {can.counterOffer && canWrite ? (
        <section className="card" id="offer" aria-labelledby="offer-title" data-testid="counter-offer">
          <h3 id="offer-title">{t("offerTitle")}</h3>
          <p className="muted">{t("offerIntro")}</p>
          <form action={sendCounterOffer} className="form-stack" data-testid="counter-offer-form">
            {hidden}
            <ul className="offer-lines">
              {(quote.items ?? []).map((item) => {
                const qtyBad = bad.has(`qty_${item.id}`)
                const priceBad = bad.has(`price_${item.id}`)
                return (
                  <li key={item.id} className="offer-line" data-testid="offer-line" data-item-id={item.id}>
                    <input type="hidden" name="item_id" value={item.id} />
                    <p className="offer-line-title">
                      <strong>{item.title}</strong>
                      {item.subtitle && item.subtitle !== "Default" ? (
                        <span className="muted"> · {item.subtitle}</span>
                      ) : null}
                      {item.sku ? <span className="muted"> · {tq("sku", { sku: item.sku })}</span> : null}
                    </p>
                    <div className="form-row two">
                      <div className={`field${qtyBad ? " field-error" : ""}`}>
                        <label htmlFor={`qty-${item.id}`}>{t("quantity")}</label>
                        <input
                          id={`qty-${item.id}`}
                          name={`qty_${item.id}`}
                          inputMode="numeric"
                          defaultValue={String(item.quantity)}
                          required
                          aria-invalid={qtyBad || undefined}
                          data-testid="offer-quantity"
                        />
                        {qtyBad ? <p className="field-message">{t("fieldErrors.quantity")}</p> : null}
                      </div>
                      <div className={`field${priceBad ? " field-error" : ""}`}>
                        <label htmlFor={`price-${item.id}`}>{t("unitPrice", { currency })}</label>
                        <input
                          id={`price-${item.id}`}
                          name={`price_${item.id}`}
                          inputMode="decimal"
                          defaultValue={String(item.unit_price)}
                          required
                          aria-invalid={priceBad || undefined}
                          data-testid="offer-price"
                        />
                        {priceBad ? <p className="field-message">{t("fieldErrors.price")}</p> : null}
                      </div>
                    </div>
                  </li>
                )
              })}
            </ul>
            <p className="hint">{t("dropHint")}</p>
            <div className={`field${bad.has("lead_time") ? " field-error" : ""}`}>
              <label htmlFor="lead-time">{t("leadTime")}</label>
              <input
                id="lead-time"
                name="lead_time_days"
                inputMode="numeric"
                defaultValue={typeof quote.lead_time_days === "number" ? String(quote.lead_time_days) : ""}
                aria-describedby="lead-time-hint"
                aria-invalid={bad.has("lead_time") || undefined}
                data-testid="offer-lead-time"
              />
              <p className="hint" id="lead-time-hint">
                {t("leadTimeHint")}
              </p>
              {bad.has("lead_time") ? <p className="field-message">{t("fieldErrors.lead_time")}</p> : null}
            </div>
            <div className="field">
              <label htmlFor="offer-note">{t("note")}</label>
              <textarea
                id="offer-note"
                name="note"
                rows={3}
                maxLength={2000}
                placeholder={t("notePlaceholder")}
                data-testid="offer-note"
              />
            </div>
            <SubmitButton
              className="button button-large button-block"
              pendingLabel={t("sending")}
              data-testid="offer-submit"
            >
              {t("sendOffer")}
            </SubmitButton>
          </form>
        </section>
      ) : null}

      <section className="card" id="thread" aria-labelledby="thread-title">
        <h3 id="thread-title">{tq("threadTitle")}</h3>
        <QuoteThread quote={quote} locale={locale} t={tq} viewer="seller" />
        {can.message && canWrite ? (
          <form action={sellerQuoteMessage} className="form-stack" id="message" data-testid="seller-message-form">
            {hidden}
            <div className={`field${error === "body" ? " field-error" : ""}`}>
              <label htmlFor="seller-message">{t("messageLabel", { company })}</label>
              <textarea
                id="seller-message"
                name="body"
                rows={3}
                required
                maxLength={2000}
                data-testid="seller-message-body"
              />
            </div>
            <SubmitButton
              className="button button-secondary button-block"
              pendingLabel={t("sending")}
              data-testid="seller-message-submit"
            >
              {t("messageSubmit")}
            </SubmitButton>
          </form>
        ) : !can.message ? (
          <p className="hint">{tq("closedHint")}</p>
        ) : null}
      </section>

      {quote.order ? (
        <p>
          <Link href={`${base}/orders`} className="text-link" data-testid="seller-quote-order">
            {t("orderLink", { number: String(quote.order.display_id ?? "") })} →
          </Link>
        </p>
      ) : null}
    </div>
  )
}
