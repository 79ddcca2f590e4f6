import type { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { toAmount } from "@/lib/vendor-products"
import type { QuoteDetail, QuoteMessageKind, QuoteStatus, WholesaleQuoteMessage } from "@dharavi/wholesale/contract"
import { MESSAGE_KINDS, linesTotal, quoteStatus } from "@/lib/wholesale"

/** Pieces of a quote shared by the buyer's thread and the seller's: status pill, lines, the conversation. */

type QuotesT = Awaited<ReturnType<typeof getTranslations<"Quotes">>>

export const STATUS_PILL: Record<QuoteStatus, string> = {
  pending_merchant: "pill-status-pending",
  pending_customer: "pill-status-pending",
  accepted: "pill-status-active",
  rejected: "pill-neutral",
  expired: "pill-neutral",
  withdrawn: "pill-neutral",
}

export function QuoteStatusPill({ status, label }: { status: string; label: string }) {
  const known = quoteStatus(status)
  return (
    <span
      className={`pill ${known ? STATUS_PILL[known] : "pill-neutral"}`}
      data-testid="quote-status"
      data-status={status}
    >
      {label}
    </span>
  )
}

/** The lines on the table now: product, SKU, quantity, unit price and line total, then the total. */
export function QuoteLines({ quote, locale, t }: { quote: QuoteDetail; locale: AppLocale; t: QuotesT }) {
  const items = quote.items ?? []
  const currency = quote.currency_code
  const total = quote.total !== null && quote.total !== undefined ? toAmount(quote.total) : linesTotal(items)
  return (
    <div className="quote-lines">
      <ul className="mini-items" data-testid="quote-lines">
        {items.map((item) => (
          <li key={item.id} data-testid="quote-line" data-quantity={item.quantity} data-unit-price={item.unit_price}>
            {item.thumbnail ? (
              <img src={item.thumbnail} alt="" width={56} height={56} loading="lazy" />
            ) : (
              <span className="thumb-placeholder" aria-hidden="true" />
            )}
            <span>
              <strong>{item.title}</strong>
              {item.subtitle && item.subtitle !== "Default" ? <span className="muted"> · {item.subtitle}</span> : null}
              {item.sku ? <span className="muted sku"> · {t("sku", { sku: item.sku })}</span> : null}
              <br />
              <span className="muted">
                {t("qtyPrice", {
                  quantity: formatNumber(item.quantity, locale),
                  price: formatMoney(item.unit_price, currency, locale),
                })}
              </span>
            </span>
            <span className="line-amount">{formatMoney(item.quantity * item.unit_price, currency, locale)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        {typeof quote.lead_time_days === "number" ? (
          <div>
            <dt>{t("leadTimeLabel")}</dt>
            <dd data-testid="quote-lead-time">{t("leadTime", { count: quote.lead_time_days })}</dd>
          </div>
        ) : null}
        <div className="grand-total">
          <dt>{t("total")}</dt>
          <dd data-testid="quote-total">{formatMoney(total, currency, locale)}</dd>
        </div>
      </dl>
    </div>
  )
}

function kindOf(kind: string): QuoteMessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(kind) ? (kind as QuoteMessageKind) : "message"
}

/**
 * The conversation: who wrote (you, your colleague, the maker, the buyer's company, the platform),
 * what happened (asked, wrote, sent an offer, accepted…), the text, and each offer's proposal.
 */
export function QuoteThread({
  quote,
  locale,
  t,
  viewer,
  viewerId,
}: {
  quote: QuoteDetail
  locale: AppLocale
  t: QuotesT
  viewer: "buyer" | "seller"
  /** The customer (buyer side) whose own messages say "You". */
  viewerId?: string | null
}) {
  const when = new Intl.DateTimeFormat(numberLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  })
  const seller = quote.seller?.name ?? t("aMaker")
  const company = quote.company?.name ?? t("aBuyer")
  const author = (m: WholesaleQuoteMessage): string => {
    if (m.author_type === "customer") {
      if (viewer === "seller") return company
      return m.author_id && m.author_id === viewerId ? t("author.you") : t("author.colleague")
    }
    if (m.author_type === "seller") return viewer === "seller" ? t("author.yourShop") : seller
    if (m.author_type === "admin") return t("author.admin")
    return t("author.system")
  }
  const messages = [...(quote.messages ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  return (
    <ol className="quote-thread" data-testid="quote-thread">
      {messages.map((m) => {
        const kind = kindOf(m.kind)
        const mine =
          viewer === "seller" ? m.author_type === "seller" : m.author_type === "customer" && m.author_id === viewerId
        const proposal = m.proposal
        return (
          <li
            key={m.id}
            className={`quote-message${mine ? " quote-message-mine" : ""} kind-${kind}`}
            data-testid="quote-message"
            data-kind={kind}
          >
            <p className="quote-message-head">
              <strong>{author(m)}</strong>
              <span
                className={`pill ${kind === "counter_offer" ? "pill-status-pending" : kind === "accepted" ? "pill-status-active" : "pill-neutral"}`}
              >
                {t(`kind.${kind}`)}
              </span>
              <time dateTime={new Date(m.created_at).toISOString()} className="muted">
                {when.format(new Date(m.created_at))}
              </time>
            </p>
            {m.body ? <p className="quote-message-body">{m.body}</p> : null}
            {proposal && (kind === "counter_offer" || kind === "request") && proposal.items?.length ? (
              <div className="proposal" data-testid="proposal">
                <ul>
                  {proposal.items.map((i, k) => (
                    <li key={i.item_id ?? k}>
                      {i.title}
                      {i.sku ? ` (${i.sku})` : ""}:{" "}
                      {t("qtyPrice", {
                        quantity: formatNumber(i.quantity, locale),
                        price: formatMoney(i.unit_price, quote.currency_code, locale),
                      })}
                    </li>
                  ))}
                </ul>
                <p>
                  <strong>
                    {kind === "counter_offer"
                      ? t("proposalTotal", {
                          total: formatMoney(
                            toAmount(proposal.total ?? linesTotal(proposal.items)),
                            quote.currency_code,
                            locale
                          ),
                        })
                      : t("requestTotal", {
                          total: formatMoney(
                            toAmount(proposal.total ?? linesTotal(proposal.items)),
                            quote.currency_code,
                            locale
                          ),
                        })}
                  </strong>
                  {typeof proposal.lead_time_days === "number"
                    ? ` · ${t("leadTime", { count: proposal.lead_time_days })}`
                    : ""}
                </p>
              </div>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
