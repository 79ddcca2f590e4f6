import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const ORDER_FIELDS = [
  "order.id",
  "order.display_id",
  "order.status",
  "order.created_at",
  "order.items.id",
  "order.items.title",
  "order.items.subtitle",
  "order.items.variant_title",
  "order.items.variant_sku",
  "order.items.thumbnail",
  "order.items.product_id",
  "order.items.detail.quantity",
  "order.items.unit_price",
]

/**
 * Seller orders with the order each belongs to, showing only that seller's lines: a seller never
 * sees what else the customer bought, nor who the customer is.
 */
export async function listSellerOrders(req: MedusaRequest, filters: { seller_id?: string; order_id?: string }) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const { data, metadata } = await query.graph({
    entity: "seller_order",
    fields: ["*", ...ORDER_FIELDS],
    filters,
    pagination: { skip, take, order: { created_at: "DESC" } },
  })
  const seller_orders = data.map((row: any) => {
    const own = new Set(row.item_ids)
    const { items = [], ...order } = row.order ?? {}
    const mine = items
      .filter((i: any) => own.has(i.id))
      .map(({ detail, ...i }: any) => ({ ...i, quantity: Number(detail?.quantity ?? i.quantity) }))
    return { ...row, order: { ...order, items: mine } }
  })
  return { seller_orders, count: metadata?.count ?? seller_orders.length, offset: skip, limit: take }
}

export async function retrieveSellerOrder(req: MedusaRequest, sellerId: string, orderId: string) {
  const { seller_orders } = await listSellerOrders(req, { seller_id: sellerId, order_id: orderId })
  if (!seller_orders.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  return seller_orders[0]
}
