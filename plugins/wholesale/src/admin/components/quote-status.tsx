import { StatusBadge } from "@medusajs/ui"
import { QUOTE_STATUS, type QuoteStatus } from "../lib/wholesale"

/** A quote's status; open quotes say who acts next. */
export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => {
  const s = QUOTE_STATUS[status] ?? { label: status, color: "grey" as const }
  return <StatusBadge color={s.color}>{s.label}</StatusBadge>
}
