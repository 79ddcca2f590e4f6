import type { MedusaRequest } from "@medusajs/framework/http"
import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../contract/errors"
import type { SellerOrder, SellerOrderLine, SellerOrderWithLines, SellerOrdersResponse } from "../../contract/http"

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

/** A seller_order row read through the seller_order -> order link. */
type LinkedRow = SellerOrder & {
  order?:
    | (Omit<NonNullable<SellerOrderWithLines["order"]>, "items"> & {
        items?: (Omit<SellerOrderLine, "quantity"> & {
          quantity?: BigNumberInput
          detail?: { quantity: BigNumberInput } | null
        })[]
      })
    | null
}

/**
 * Seller orders with the order each belongs to, showing only that seller's lines: a seller never
 * sees what else the customer bought, nor who the customer is.
 */
export async function listSellerOrders(
  req: MedusaRequest,
  filters: { seller_id?: string; order_id?: string }
): Promise<SellerOrdersResponse> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const { data, metadata } = await query.graph({
    entity: "seller_order",
    fields: ["*", ...ORDER_FIELDS],
    filters,
    pagination: { skip, take, order: { created_at: "DESC" } },
  })
  const seller_orders = (data as LinkedRow[]).map((row): SellerOrderWithLines => {
    const own = new Set(row.item_ids)
    if (!row.order) return { ...row, order: null }
    const { items = [], ...order } = row.order
    const mine = items
      .filter((i) => own.has(i.id))
      // In the order module a line's quantity lives on its order item ("detail").
      .map(({ detail, quantity, ...i }) => ({
        ...i,
        quantity: MathBN.convert(detail?.quantity ?? quantity ?? 0).toNumber(),
      }))
    return { ...row, order: { ...order, items: mine } }
  })
  return { seller_orders, count: metadata?.count ?? seller_orders.length, offset: skip, limit: take }
}

export async function retrieveSellerOrder(
  req: MedusaRequest,
  sellerId: string,
  orderId: string
): Promise<SellerOrderWithLines> {
  const { seller_orders } = await listSellerOrders(req, { seller_id: sellerId, order_id: orderId })
  if (!seller_orders.length)
    throw notFound(MarketplaceErrors.ORDER_NOT_FOUND, `Order ${orderId} was not found`, { order_id: orderId })
  return seller_orders[0]
}
