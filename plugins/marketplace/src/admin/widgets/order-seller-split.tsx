import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatMoney, useAdminResource } from "../lib/api"

type Split = {
  seller_orders: {
    id: string
    currency_code: string
    subtotal: number
    commission_rate: number
    commission_amount: number
    digipreneur_amount: number
    payout_due: number
    item_ids: string[]
    seller: { id: string; name: string } | null
  }[]
}

/** How this order divides between its makers: what each sold, the commission and the payout due. */
const OrderSellerSplitWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { data: split } = useAdminResource<Split>(`/admin/orders/${data.id}/sellers`)
  return (
    <Container>
      <Heading level="h2">Sellers in this order</Heading>
      {!split?.seller_orders.length && (
        <Text size="small" className="mt-2 text-ui-fg-subtle">
          No maker's products in this order (or it is still being split).
        </Text>
      )}
      {split?.seller_orders.map((s) => (
        <div key={s.id} className="mt-3 border-t pt-3">
          {s.seller ? (
            <Link className="text-ui-fg-interactive" to={`/sellers/${s.seller.id}`}>
              {s.seller.name}
            </Link>
          ) : (
            <Text size="small">Unknown seller</Text>
          )}
          <Text size="small" className="text-ui-fg-subtle">
            {s.item_ids.length} line(s) · sold {formatMoney(s.subtotal, s.currency_code)} · commission{" "}
            {s.commission_rate}% {formatMoney(s.commission_amount, s.currency_code)}
            {s.digipreneur_amount > 0 ? ` · digi-preneur ${formatMoney(s.digipreneur_amount, s.currency_code)}` : ""}
          </Text>
          <Text size="small" weight="plus">
            Payout due {formatMoney(s.payout_due, s.currency_code)}
          </Text>
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderSellerSplitWidget
