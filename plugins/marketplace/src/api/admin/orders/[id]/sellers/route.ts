import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOrderSellersResponse } from "../../../../../contract/http"
import { SELLER_MODULE } from "../../../../../modules/seller"

/** How one order splits between its sellers. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminOrderSellersResponse>) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const split = await sellers.listSellerOrders({ order_id: req.params.id })
  const sellerRows = split.length
    ? await sellers.listSellers({ id: split.map((s) => s.seller_id) }, { select: ["id", "name", "handle"] })
    : []
  const byId = Object.fromEntries(sellerRows.map((s) => [s.id, s]))
  res.json({ seller_orders: split.map((s) => ({ ...s, seller: byId[s.seller_id] ?? null })) })
}
