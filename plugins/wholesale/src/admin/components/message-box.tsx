import { Button, Container, Heading, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { attempt, call } from "../lib/api"
import type { QuoteDetail } from "../lib/wholesale"

/** Writes into the quote's thread as the platform; the status does not change. */
export const MessageBox = ({ quote, onSent }: { quote: QuoteDetail; onSent: (quote: QuoteDetail) => void }) => {
  const [body, setBody] = useState("")
  const [sending, setSending] = useState(false)

  const send = async () => {
    setSending(true)
    const result = await attempt(
      () =>
        call<{ quote: QuoteDetail }>(`/admin/wholesale/quotes/${quote.id}/messages`, {
          method: "POST",
          body: { body: body.trim() },
        }),
      "Message sent"
    )
    setSending(false)
    if (result) {
      setBody("")
      onSent(result.quote)
    }
  }

  return (
    <Container className="flex flex-col gap-2">
      <Heading level="h2">Message</Heading>
      <Label htmlFor="quote-message" size="small" className="sr-only">
        Message to the buyer and the seller
      </Label>
      <Textarea
        id="quote-message"
        rows={3}
        maxLength={2000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        placeholder="Write to the buyer and the seller…"
      />
      <div className="flex items-center justify-between gap-2">
        <Text size="xsmall" className="text-ui-fg-muted">
          The buyer and the seller both see it. It does not change whose turn it is.
        </Text>
        <Button size="small" variant="secondary" isLoading={sending} disabled={!body.trim()} onClick={send}>
          Send message
        </Button>
      </div>
    </Container>
  )
}
