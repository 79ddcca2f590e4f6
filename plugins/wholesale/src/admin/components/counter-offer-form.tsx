import { Button, Container, Heading, Input, Label, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { attempt, call, formatMoney } from "../lib/api"
import type { QuoteDetail } from "../lib/wholesale"

type Line = { quantity: string; unit_price: string }

const linesOf = (quote: QuoteDetail): Record<string, Line> =>
  Object.fromEntries(quote.items.map((i) => [i.id, { quantity: String(i.quantity), unit_price: String(i.unit_price) }]))

/** A whole number or price typed into a field; null when empty or not a number. */
const parse = (value: string) => (value.trim() === "" || !Number.isFinite(Number(value)) ? null : Number(value))

/**
 * The platform's counter-offer on the seller's behalf: each line's quantity and unit price, a lead
 * time and a note. Sending it hands the quote to the buyer (status "Waiting for buyer").
 */
export const CounterOfferForm = ({ quote, onSent }: { quote: QuoteDetail; onSent: (quote: QuoteDetail) => void }) => {
  const [lines, setLines] = useState(() => linesOf(quote))
  const [leadTime, setLeadTime] = useState(quote.lead_time_days == null ? "" : String(quote.lead_time_days))
  const [note, setNote] = useState("")
  const [sending, setSending] = useState(false)
  useEffect(() => {
    setLines(linesOf(quote))
    setLeadTime(quote.lead_time_days == null ? "" : String(quote.lead_time_days))
  }, [quote])

  const set = (id: string, key: keyof Line, value: string) =>
    setLines((all) => ({ ...all, [id]: { ...all[id], [key]: value } }))
  const total = quote.items.reduce(
    (sum, i) => sum + (parse(lines[i.id]?.quantity ?? "") ?? 0) * (parse(lines[i.id]?.unit_price ?? "") ?? 0),
    0
  )

  const send = async () => {
    const items = quote.items.map((i) => ({
      item_id: i.id,
      quantity: parse(lines[i.id]?.quantity ?? ""),
      unit_price: parse(lines[i.id]?.unit_price ?? ""),
    }))
    const incomplete = items.find((i) => i.quantity === null || i.unit_price === null)
    if (incomplete) {
      toast.error("Give every line a quantity and a unit price (quantity 0 removes the line).")
      return
    }
    const lead = parse(leadTime)
    if (leadTime.trim() !== "" && lead === null) {
      toast.error("Lead time must be a number of days.")
      return
    }
    setSending(true)
    const body = { items, lead_time_days: lead, note: note.trim() || null }
    const result = await attempt(
      () => call<{ quote: QuoteDetail }>(`/admin/wholesale/quotes/${quote.id}/counter-offer`, { method: "POST", body }),
      "Counter-offer sent: the buyer answers next"
    )
    setSending(false)
    if (result) {
      setNote("")
      onSent(result.quote)
    }
  }

  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Counter-offer</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Answer for {quote.seller?.name ?? "the platform"}: change quantities and unit prices (
          {quote.currency_code.toUpperCase()}); quantity 0 removes a line.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell>Quantity</Table.HeaderCell>
            <Table.HeaderCell>Unit price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Line total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {quote.items.map((i) => {
            const line = lines[i.id] ?? { quantity: "", unit_price: "" }
            return (
              <Table.Row key={i.id}>
                <Table.Cell>
                  {i.title}
                  {i.subtitle ? ` · ${i.subtitle}` : ""}{" "}
                  {i.sku && (
                    <Text as="span" size="xsmall" className="font-mono text-ui-fg-muted">
                      {i.sku}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    step={1}
                    className="w-24"
                    aria-label={`Quantity of ${i.title}`}
                    value={line.quantity}
                    onChange={(e) => set(i.id, "quantity", e.target.value)}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Input
                    size="small"
                    type="number"
                    min={0}
                    step="0.01"
                    className="w-32"
                    aria-label={`Unit price of ${i.title}`}
                    value={line.unit_price}
                    onChange={(e) => set(i.id, "unit_price", e.target.value)}
                  />
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatMoney((parse(line.quantity) ?? 0) * (parse(line.unit_price) ?? 0), quote.currency_code)}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <div className="grid gap-4 px-6 py-4 md:grid-cols-[12rem_1fr]">
        <div className="flex flex-col gap-1">
          <Label htmlFor="lead-time" size="small" weight="plus">
            Lead time (days)
          </Label>
          <Input
            id="lead-time"
            size="small"
            type="number"
            min={0}
            max={365}
            value={leadTime}
            onChange={(e) => setLeadTime(e.target.value)}
            placeholder="e.g. 14"
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="offer-note" size="small" weight="plus">
            Note to the buyer
          </Label>
          <Textarea
            id="offer-note"
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Optional, e.g. 24 pieces at ₹1,900 each, dispatched in two weeks."
          />
        </div>
      </div>
      <div className="flex items-center justify-end gap-4 px-6 pb-4">
        <Text size="small" weight="plus">
          New total {formatMoney(total, quote.currency_code)}
        </Text>
        <Button size="small" isLoading={sending} onClick={send}>
          Send counter-offer
        </Button>
      </div>
    </Container>
  )
}
