import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { formatDate } from "../lib/api"
import type { QuoteDetail, QuoteMessage } from "../lib/wholesale"
import { ProposalTable } from "./proposal-table"

const KIND: Record<QuoteMessage["kind"], string> = {
  request: "Request",
  message: "Message",
  counter_offer: "Counter-offer",
  accepted: "Accepted",
  rejected: "Rejected",
  expired: "Expired",
  withdrawn: "Withdrawn",
}

const author = (m: QuoteMessage, quote: QuoteDetail) => {
  if (m.author_type === "customer") return `${quote.company.name} (buyer)`
  if (m.author_type === "seller") return `${quote.seller?.name ?? "Seller"} (seller)`
  if (m.author_type === "admin") return "Made in Dharavi (admin)"
  return "System"
}

/** The quote's thread, oldest first: messages, and each request or counter-offer's lines as a table. */
export const QuoteThread = ({ quote }: { quote: QuoteDetail }) => (
  <Container>
    <Heading level="h2">Thread</Heading>
    {!quote.messages.length && (
      <Text size="small" className="mt-2 text-ui-fg-subtle">
        Nothing yet.
      </Text>
    )}
    <ol className="mt-2 flex flex-col divide-y">
      {quote.messages.map((m) => (
        <li key={m.id} className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            <Text size="small" weight="plus">
              {author(m, quote)}
            </Text>
            <Badge
              size="2xsmall"
              color={
                m.kind === "counter_offer"
                  ? "blue"
                  : m.kind === "accepted"
                    ? "green"
                    : m.kind === "rejected"
                      ? "red"
                      : "grey"
              }
            >
              {KIND[m.kind] ?? m.kind}
            </Badge>
            <Text size="xsmall" className="text-ui-fg-muted">
              {formatDate(m.created_at)}
            </Text>
          </div>
          {m.body && (
            <Text size="small" className="mt-1 whitespace-pre-line">
              {m.body}
            </Text>
          )}
          {m.proposal?.items?.length ? (
            <ProposalTable proposal={m.proposal} currency={quote.currency_code} lines={quote.items} />
          ) : null}
        </li>
      ))}
    </ol>
  </Container>
)
