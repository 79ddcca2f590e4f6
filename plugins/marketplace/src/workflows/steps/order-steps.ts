import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../modules/seller"
import { SellerShare, SplitLine, SplitSeller, splitOrderBySeller } from "../../lib/order-split"

/** The fields of a placed order this step reads. */
type PlacedOrder = {
  id: string
  currency_code: string
  items?: {
    id: string
    product_id: string | null
    unit_price: BigNumberInput
    quantity?: BigNumberInput
    detail?: { quantity: BigNumberInput } | null
    adjustments?: { amount: BigNumberInput }[] | null
  }[]
}

/** Reads an order's lines, finds each line's seller and computes every seller's share. */
export const computeSellerSharesStep = createStep(
  "compute-seller-shares",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "items.id",
        "items.product_id",
        "items.unit_price",
        "items.detail.quantity",
        "items.adjustments.amount",
      ],
      filters: { id: input.order_id },
    })
    const order = orders[0] as PlacedOrder | undefined
    if (!order) return new StepResponse({ currency_code: "", shares: [] as SellerShare[] })

    const productIds = [
      ...new Set((order.items ?? []).map((i) => i.product_id).filter((id): id is string => Boolean(id))),
    ]
    const products = productIds.length
      ? ((await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: productIds } })).data as {
          id: string
          seller?: { id: string } | null
        }[])
      : []
    const sellerOfProduct: Record<string, string> = {}
    for (const p of products) if (p.seller?.id) sellerOfProduct[p.id] = p.seller.id

    const sellerIds = [...new Set(Object.values(sellerOfProduct))]
    const service = container.resolve(SELLER_MODULE)
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

    const lines = (order.items ?? []).map((i): SplitLine => ({
      id: i.id,
      product_id: i.product_id,
      unit_price: MathBN.convert(i.unit_price).toNumber(),
      // In the order module a line's quantity lives on its order item ("detail").
      quantity: MathBN.convert(i.detail?.quantity ?? i.quantity ?? 0).toNumber(),
      discount: MathBN.sum(...(i.adjustments ?? []).map((a) => a.amount)).toNumber(),
    }))
    return new StepResponse({
      currency_code: order.currency_code as string,
      shares: splitOrderBySeller(lines, sellerOfProduct, sellers),
    })
  }
)

/** Stores the shares once: shares already recorded for this order are left as they are. */
export const createSellerOrdersStep = createStep(
  "create-seller-orders",
  async (input: { order_id: string; currency_code: string; shares: SellerShare[] }, { container }) => {
    const service = container.resolve(SELLER_MODULE)
    const existing = await service.listSellerOrders({ order_id: input.order_id }, { select: ["seller_id"] })
    const done = new Set(existing.map((e) => e.seller_id))
    const fresh = input.shares.filter((s) => !done.has(s.seller_id))
    if (!fresh.length) return new StepResponse([], [] as string[])
    const created = await service.createSellerOrders(
      fresh.map((s) => ({ ...s, order_id: input.order_id, currency_code: input.currency_code }))
    )
    return new StepResponse(
      created,
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(SELLER_MODULE).deleteSellerOrders(ids)
  }
)
