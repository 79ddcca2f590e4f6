import { Table, Text } from "@medusajs/ui"
import { formatMoney } from "../lib/api"
import type { Proposal, QuoteLine } from "../lib/wholesale"

type Props = {
  proposal: Proposal
  currency: string
  /** The quote's current lines: they name the variant and SKU where a snapshot (the buyer's request) does not. */
  lines?: QuoteLine[]
}

/** The lines, prices and lead time of a request or counter-offer, as a small table. */
export const ProposalTable = ({ proposal, currency, lines = [] }: Props) => {
  const total = proposal.total ?? proposal.items.reduce((sum, i) => sum + i.quantity * i.unit_price, 0)
  const lineOf = (i: Proposal["items"][number]) =>
    lines.find((l) => (i.item_id && l.id === i.item_id) || (i.variant_id && l.variant_id === i.variant_id))
  return (
    <div className="mt-2 overflow-hidden rounded-md border">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Unit price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Line total</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {proposal.items.map((i, n) => {
            const line = lineOf(i)
            const sku = i.sku ?? line?.sku
            return (
              <Table.Row
                key={i.item_id ?? i.variant_id ?? n}
                className={i.quantity === 0 ? "text-ui-fg-muted line-through" : undefined}
              >
                <Table.Cell>
                  {i.title ?? line?.title ?? "Line"}
                  {line?.subtitle ? ` · ${line.subtitle}` : ""}{" "}
                  {sku && (
                    <Text as="span" size="xsmall" className="font-mono text-ui-fg-muted">
                      {sku}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">{i.quantity}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(i.unit_price, currency)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(i.quantity * i.unit_price, currency)}</Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      <div className="flex justify-between gap-4 px-6 py-2">
        <Text size="small" className="text-ui-fg-subtle">
          {proposal.lead_time_days != null ? `Lead time ${proposal.lead_time_days} days` : ""}
        </Text>
        <Text size="small" weight="plus">
          Total {formatMoney(total, currency)}
        </Text>
      </div>
    </div>
  )
}
