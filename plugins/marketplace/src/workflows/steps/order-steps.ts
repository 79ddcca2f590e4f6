import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import type SellerModuleService from "../../modules/seller/service"
import { SellerShare, SplitSeller, splitOrderBySeller } from "../../lib/order-split"

/** Reads an order's lines, finds each line's seller and computes every seller's share. */
export const computeSellerSharesStep = createStep(
  "compute-seller-shares",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "currency_code", "items.id", "items.product_id", "items.unit_price", "items.detail.quantity", "items.adjustments.amount"],
      filters: { id: input.order_id },
    })
    const order: any = orders[0]
    if (!order) return new StepResponse({ currency_code: "", shares: [] as SellerShare[] })

    const productIds = [...new Set((order.items ?? []).map((i: any) => i.product_id).filter(Boolean))] as string[]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: productIds } })
      : { data: [] as any[] }
    const sellerOfProduct: Record<string, string> = {}
    for (const p of products as any[]) if (p.seller?.id) sellerOfProduct[p.id] = p.seller.id

    const sellerIds = [...new Set(Object.values(sellerOfProduct))]
    const service = container.resolve(SELLER_MODULE) as SellerModuleService
    const sellerRows = sellerIds.length ? await service.listSellers({ id: sellerIds }) : []
    const digipreneurs = sellerIds.length
      ? await service.listSellerMembers({ seller_id: sellerIds, role: "digipreneur", revoked_at: null })
      : []
    const sellers: Record<string, SplitSeller> = {}
    for (const s of sellerRows) {
      const d = digipreneurs.find((m) => m.seller_id === s.id)
      sellers[s.id] = {
        id: s.id,
        commission_rate: Number(s.commission_rate),
        digipreneur: d ? { user_id: d.user_id, share: Number(d.revenue_share) } : null,
      }
    }

    const lines = (order.items ?? []).map((i: any) => ({
      id: i.id,
      product_id: i.product_id,
      unit_price: Number(i.unit_price),
      // In the order module a line's quantity lives on its order item ("detail").
      quantity: Number(i.detail?.quantity ?? i.quantity),
      discount: (i.adjustments ?? []).reduce((sum: number, a: any) => sum + Number(a.amount), 0),
    }))
    return new StepResponse({ currency_code: order.currency_code as string, shares: splitOrderBySeller(lines, sellerOfProduct, sellers) })
  }
)

/** Stores the shares once: shares already recorded for this order are left as they are. */
export const createSellerOrdersStep = createStep(
  "create-seller-orders",
  async (input: { order_id: string; currency_code: string; shares: SellerShare[] }, { container }) => {
    const service = container.resolve(SELLER_MODULE) as SellerModuleService
    const existing = await service.listSellerOrders({ order_id: input.order_id }, { select: ["seller_id"] })
    const done = new Set(existing.map((e) => e.seller_id))
    const fresh = input.shares.filter((s) => !done.has(s.seller_id))
    if (!fresh.length) return new StepResponse([], [] as string[])
    const created = await service.createSellerOrders(
      fresh.map((s) => ({ ...s, order_id: input.order_id, currency_code: input.currency_code }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await (container.resolve(SELLER_MODULE) as SellerModuleService).deleteSellerOrders(ids)
  }
)
