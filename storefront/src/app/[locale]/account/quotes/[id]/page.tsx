import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { QuoteLines, QuoteStatusPill, QuoteThread } from "@/components/wholesale/QuoteParts"
import { toAppLocale } from "@/i18n/routing"
import { loginHref } from "@/lib/actions/helpers"
import { answerQuote } from "@/lib/actions/wholesale"
import { retrieveCustomer } from "@/lib/data/customer"
import { getMyQuote } from "@/lib/data/wholesale"
import { formatNumber, numberLocale } from "@/lib/money"
import { buyerActions, quoteStatus } from "@/lib/wholesale"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const DONE = ["accept", "reject", "withdraw", "message", "changes"] as const
const ERRORS = ["body", "state", "expired", "forbidden", "failed"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Quotes" })
  return { title: t("quoteTitleShort"), robots: { index: false } }
}

/**
 * One quote's thread for the buyer: its status in words (who acts next and by when), the lines and
 * prices on the table, every offer's proposal, and the answers: accept, decline, ask for changes,
 * write, withdraw. Once accepted, a link to the order.
 */
export default async function QuotePage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const page = `/${locale}/account/quotes/${encodeURIComponent(id)}`
  const [customer, query, t] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "Quotes" }),
  ])
  if (!customer) redirect(loginHref(locale, page))
  const quote = await getMyQuote(id)
  if (!quote) notFound()

  const status = quoteStatus(quote.status)
  const can = buyerActions(quote.status)
  const done = oneOf(query.done, DONE)
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const due = quote.expires_at ? date.format(new Date(quote.expires_at)) : ""
  const seller = quote.seller?.name ?? t("aMaker")
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="quote_id" value={quote.id} />
    </>
  )

  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/account/quotes`} className="text-link" data-testid="quotes-back">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header quote-header">
        <p className="eyebrow">
          {quote.company?.name ? t("forCompany", { company: quote.company.name }) : t("quoteTitleShort")}
        </p>
        <h1 data-testid="quote-title">{t("quoteTitle", { maker: seller })}</h1>
        <p className="shop-pills">
          <QuoteStatusPill status={quote.status} label={status ? t(`status.${status}`) : String(quote.status)} />
          {quote.round ? (
            <span className="pill pill-neutral">{t("round", { round: formatNumber(quote.round, locale) })}</span>
          ) : null}
        </p>
        {status ? (
          <p className={`next-step${status === "pending_customer" ? " next-step-you" : ""}`} data-testid="next-step">
            {t(`nextStep.${status}`, { date: due })}
          </p>
        ) : null}
        {quote.seller?.handle ? (
          <p>
            <Link href={`/${locale}/makers/${quote.seller.handle}`} className="text-link">
              {t("aboutMaker", { maker: seller })} →
            </Link>
          </p>
        ) : null}
      </header>

      {done ? (
        <p className="notice notice-success" role="status" data-testid="quote-done" data-done={done}>
          {t(`done.${done}`)}
        </p>
      ) : null}
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="quote-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      {quote.order ? (
        <section className="card order-card" data-testid="quote-order">
          <h2>{t("orderTitle")}</h2>
          <p>{t("orderBody")}</p>
          <Link
            href={`/${locale}/order/${quote.order.id}/confirmed`}
            className="button button-block"
            data-testid="quote-order-link"
          >
            {quote.order.display_id ? t("orderLink", { number: String(quote.order.display_id) }) : t("orderLinkPlain")}
          </Link>
        </section>
      ) : null}

      <section className="card" aria-labelledby="lines-title">
        <h2 id="lines-title">{status === "pending_customer" ? t("offerTitle") : t("linesTitle")}</h2>
        <QuoteLines quote={quote} locale={locale} t={t} />
        {can.accept ? (
          <div className="quote-decision" id="answer" data-testid="quote-decision">
            <form action={answerQuote}>
              {hidden}
              <input type="hidden" name="intent" value="accept" />
              <p className="hint">{t("acceptHint")}</p>
              <SubmitButton
                className="button button-large button-block"
                pendingLabel={t("working")}
                data-testid="quote-accept"
              >
                {t("accept")}
              </SubmitButton>
            </form>
            <details className="more" open={error === "body" && query.form === "changes" ? true : undefined}>
              <summary data-testid="quote-changes-toggle">{t("changes")}</summary>
              <form action={answerQuote} className="form-stack">
                {hidden}
                <input type="hidden" name="intent" value="changes" />
                <div className="field">
                  <label htmlFor="changes-body">{t("changesLabel")}</label>
                  <textarea
                    id="changes-body"
                    name="body"
                    rows={3}
                    required
                    maxLength={2000}
                    placeholder={t("changesPlaceholder")}
                    data-testid="quote-changes-body"
                  />
                </div>
                <SubmitButton
                  className="button button-secondary button-block"
                  pendingLabel={t("working")}
                  data-testid="quote-changes-submit"
                >
                  {t("changesSubmit")}
                </SubmitButton>
              </form>
            </details>
            <details className="danger-zone">
              <summary data-testid="quote-reject-toggle">{t("reject")}</summary>
              <form action={answerQuote} className="form-stack">
                {hidden}
                <input type="hidden" name="intent" value="reject" />
                <div className="field">
                  <label htmlFor="reject-reason">{t("rejectReason")}</label>
                  <textarea
                    id="reject-reason"
                    name="body"
                    rows={2}
                    maxLength={2000}
                    data-testid="quote-reject-reason"
                  />
                </div>
                <SubmitButton
                  className="button button-danger button-block"
                  pendingLabel={t("working")}
                  data-testid="quote-reject"
                >
                  {t("rejectConfirm")}
                </SubmitButton>
              </form>
            </details>
          </div>
        ) : null}
      </section>

      <section className="card" id="thread" aria-labelledby="thread-title">
        <h2 id="thread-title">{t("threadTitle")}</h2>
        <QuoteThread quote={quote} locale={locale} t={t} viewer="buyer" viewerId={customer.id} />
        {can.message ? (
          <form action={answerQuote} className="form-stack" data-testid="quote-message-form">
            {hidden}
            <input type="hidden" name="intent" value="message" />
            <div className={`field${error === "body" && query.form === "message" ? " field-error" : ""}`}>
              <label htmlFor="message-body">{t("messageLabel", { maker: seller })}</label>
              <textarea
                id="message-body"
                name="body"
                rows={3}
                required
                maxLength={2000}
                data-testid="quote-message-body"
              />
            </div>
            <SubmitButton
              className="button button-secondary button-block"
              pendingLabel={t("working")}
              data-testid="quote-message-submit"
            >
              {t("messageSubmit")}
            </SubmitButton>
          </form>
        ) : (
          <p className="hint">{t("closedHint")}</p>
        )}
      </section>

      {can.withdraw ? (
        <details className="danger-zone">
          <summary data-testid="quote-withdraw-toggle">{t("withdraw")}</summary>
          <p>{t("withdrawWarning", { maker: seller })}</p>
          <form action={answerQuote}>
            {hidden}
            <input type="hidden" name="intent" value="withdraw" />
            <SubmitButton
              className="button button-danger button-block"
              pendingLabel={t("working")}
              data-testid="quote-withdraw"
            >
              {t("withdrawConfirm")}
            </SubmitButton>
          </form>
        </details>
      ) : null}
    </div>
  )
}
