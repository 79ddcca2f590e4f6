import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { CounterOfferForm } from "../../../../components/counter-offer-form"
import { MessageBox } from "../../../../components/message-box"
import { ProposalTable } from "../../../../components/proposal-table"
import { QuoteStatusBadge } from "../../../../components/quote-status"
import { QuoteThread } from "../../../../components/quote-thread"
import { formatDate, formatMoney, useAdminResource } from "../../../../lib/api"
import { isOpen, type QuoteDetail } from "../../../../lib/wholesale"

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-muted">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

/** A quote: who acts next, the lines on the table, the thread, and the platform's counter-offer and messages. */
const QuoteDetailPage = () => {
  const { id } = useParams()
  const { data, error, setData } = useAdminResource<{ quote: QuoteDetail }>(`/admin/wholesale/quotes/${id}`)

  if (error)
    return (
      <Container>
        <Text className="text-ui-fg-error">{error}</Text>
      </Container>
    )
  if (!data)
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  const { quote } = data
  const update = (next: QuoteDetail) => setData({ quote: next })
  const current = {
    items: quote.items.map((i) => ({ ...i, item_id: i.id })),
    total: quote.total,
    lead_time_days: quote.lead_time_days,
  }

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <Link className="text-ui-fg-subtle txt-compact-small" to="/companies/quotes">
            ← Quotes
          </Link>
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1">Quote for {quote.company.name}</Heading>
            <QuoteStatusBadge status={quote.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            <Link className="text-ui-fg-interactive" to={`/companies/${quote.company.id}`}>
              {quote.company.name}
            </Link>{" "}
            asks {quote.seller ? quote.seller.name : "the platform (products without a maker)"} · opened{" "}
            {formatDate(quote.created_at)}
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
          <Fact label="Total">{formatMoney(quote.total, quote.currency_code)}</Fact>
          <Fact label="Lead time">{quote.lead_time_days != null ? `${quote.lead_time_days} days` : "—"}</Fact>
          <Fact label="Counter-offers">{quote.round}</Fact>
          <Fact label={isOpen(quote.status) ? "Expires" : "Decided"}>
            {formatDate(isOpen(quote.status) ? quote.expires_at : quote.decided_at)}
          </Fact>
          <Fact label="Order">
            {quote.order ? (
              <Link className="text-ui-fg-interactive" to={`/orders/${quote.order.id}`}>
                #{quote.order.display_id}
              </Link>
            ) : (
              "—"
            )}
          </Fact>
        </div>
      </Container>

      <Container>
        <Heading level="h2">Lines on the table</Heading>
        {quote.items.length ? (
          <ProposalTable proposal={current} currency={quote.currency_code} lines={quote.items} />
        ) : (
          <Text size="small" className="mt-2 text-ui-fg-subtle">
            No lines.
          </Text>
        )}
      </Container>

      {quote.status === "pending_merchant" && quote.items.length > 0 && (
        <CounterOfferForm quote={quote} onSent={update} />
      )}
      {quote.status === "pending_customer" && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            The buyer answers next: they accept, reject or ask for changes. A new counter-offer is possible once they
            ask for changes.
          </Text>
        </Container>
      )}

      <QuoteThread quote={quote} />
      {isOpen(quote.status) ? (
        <MessageBox quote={quote} onSent={update} />
      ) : (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            This quote is closed; its thread takes no more messages.
          </Text>
        </Container>
      )}
    </div>
  )
}

export default QuoteDetailPage
