import type { AppLocale } from "@/i18n/routing"
import { formatMoney, formatNumber } from "@/lib/money"
import { itemTitle } from "./LineItemTitle"

type SummaryItem = Parameters<typeof itemTitle>[0] & {
  id: string
  thumbnail?: string | null
  quantity?: number | null
  unit_price: number
  total?: number | null
}

type Props = {
  items: SummaryItem[]
  currency: string
  locale: AppLocale
  /** A data-testid for each line (the order confirmation marks them; checkout does not). */
  itemTestId?: string
}

/** The short list of lines in the checkout summary and on the order confirmation: thumb, title, variant, quantity, line total. */
export function SummaryItems({ items, currency, locale, itemTestId }: Props) {
  return (
    <ul className="mini-items">
      {items.map((item) => (
        <li key={item.id} data-testid={itemTestId}>
          {item.thumbnail ? (
            <img src={item.thumbnail} alt="" width={56} height={56} loading="lazy" decoding="async" />
          ) : null}
          <span>
            {itemTitle(item, locale)}
            {item.variant_title ? <span className="muted"> · {item.variant_title}</span> : null}
            <span className="muted"> × {formatNumber(item.quantity ?? 1, locale)}</span>
          </span>
          <span>{formatMoney(item.total ?? item.unit_price * (item.quantity ?? 1), currency, locale)}</span>
        </li>
      ))}
    </ul>
  )
}
