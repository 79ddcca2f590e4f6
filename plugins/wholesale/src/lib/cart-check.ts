import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { WholesaleCartLines } from "../contract/http"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import { approvedBuyer } from "./buyer"
import { RuleLine, RuleProblem, lineProblems, sellerMinimumProblems } from "./cart-rules"
import { graphWithSeller } from "./seller-link"

type Resolver = MedusaContainer

/**
 * The seller of each product, through the marketplace's seller-product link. Without the marketplace
 * plugin there are no sellers: seller minimums simply do not apply.
 */
export async function sellersOfProducts(container: Resolver, productIds: string[]) {
  const bySeller = new Map<string, { id: string; name: string | null }>()
  if (!productIds.length) return bySeller
  const products = await graphWithSeller<{ id: string; seller?: { id: string; name: string | null } | null }>(
    container,
    { entity: "product", fields: ["id"], filters: { id: productIds } },
    ["seller.id", "seller.name"]
  )
  for (const p of products) if (p.seller?.id) bySeller.set(p.id, { id: p.seller.id, name: p.seller.name ?? null })
  return bySeller
}

type CartLike = {
  customer_id?: string | null
  currency_code: string
  items?: {
    variant_id?: string | null
    product_id?: string | null
    quantity: number
    unit_price: number
    title?: string | null
    variant_sku?: string | null
  }[]
}

/** Problems with a cart under the wholesale rules; none for retail customers. */
export async function wholesaleCartProblems(
  container: Resolver,
  cart: CartLike,
  lines: RuleLine[] = []
): Promise<RuleProblem[]> {
  if (!(await approvedBuyer(container, cart.customer_id))) return []
  const items = (cart.items ?? []).filter((i) => i.variant_id)
  // `lines` override the cart's quantities (a line being added or changed, before it is saved).
  const quantities = new Map<string, number>(items.map((i) => [i.variant_id as string, Number(i.quantity)]))
  for (const l of lines) quantities.set(l.variant_id, l.quantity)
  const variantIds = [...quantities.keys()]
  if (!variantIds.length) return []
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const terms = await wholesale.listWholesaleTerms({ variant_id: variantIds })
  const termsOf = new Map(terms.map((t) => [t.variant_id, t]))
  const problems: RuleProblem[] = []
  for (const [variantId, quantity] of quantities) {
    const item = items.find((i) => i.variant_id === variantId)
    const line = lines.find((l) => l.variant_id === variantId)
    problems.push(
      ...lineProblems(
        { variant_id: variantId, quantity, title: line?.title ?? item?.title, sku: line?.sku ?? item?.variant_sku },
        termsOf.get(variantId)
      )
    )
  }
  const sellers = await sellersOfProducts(container, [
    ...new Set(items.map((i) => i.product_id).filter((p): p is string => Boolean(p))),
  ])
  const totals = new Map<string, { seller_id: string; seller_name: string | null; subtotal: number }>()
  for (const item of items) {
    const seller = item.product_id ? sellers.get(item.product_id) : undefined
    if (!seller) continue
    const t = totals.get(seller.id) ?? { seller_id: seller.id, seller_name: seller.name, subtotal: 0 }
    t.subtotal += Number(item.unit_price) * (quantities.get(item.variant_id as string) ?? Number(item.quantity))
    totals.set(seller.id, t)
  }
  if (totals.size) {
    const sellerTerms = await wholesale.listSellerTerms({ seller_id: [...totals.keys()] })
    const minimums = Object.fromEntries(
      sellerTerms.map((s) => [
        s.seller_id,
        Number((s.min_order_value as Record<string, number> | null)?.[cart.currency_code] ?? 0) || undefined,
      ])
    )
    problems.push(...sellerMinimumProblems([...totals.values()], minimums, cart.currency_code))
  }
  return problems
}

export const CART_CHECK_FIELDS = [
  "id",
  "customer_id",
  "currency_code",
  "completed_at",
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.title",
  "items.variant_sku",
]

export async function loadCartForCheck(container: Resolver, cartId: string): Promise<WholesaleCartLines | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_CHECK_FIELDS, filters: { id: cartId } })
  return (data[0] as WholesaleCartLines | undefined) ?? null
}
