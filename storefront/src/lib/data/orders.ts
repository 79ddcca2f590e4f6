import type { HttpTypes } from "@medusajs/types"
import { authHeaders } from "../cookies"
import { medusa } from "../medusa"
import { nullIfNotFound } from "./errors"

const ORDER_FIELDS = "*items,*items.product,+items.product.metadata,+items.total,*shipping_address,*shipping_methods"

export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  const headers = await authHeaders()
  return (
    (await nullIfNotFound(
      async () => (await medusa().store.order.retrieve(id, { fields: ORDER_FIELDS }, headers)).order
    )) ?? null
  )
}

/** The logged-in customer's orders, newest first. */
export async function listOrders(limit = 20): Promise<{ orders: HttpTypes.StoreOrder[]; count: number }> {
  const { orders, count } = await medusa().store.order.list(
    {
      limit,
      offset: 0,
      order: "-created_at",
      fields: "id,display_id,created_at,total,currency_code,status,fulfillment_status,payment_status,*items",
    },
    await authHeaders()
  )
  return { orders, count }
}
