import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { WholesaleErrors } from "../../contract/errors"
import type { WholesaleCartLines } from "../../contract/http"
import { approvedBuyer } from "../../lib/buyer"
import { loadCartForCheck, wholesaleCartProblems } from "../../lib/cart-check"
import type { RuleLine } from "../../lib/cart-rules"
import { rulesRefused } from "../../lib/rule-errors"

type VariantLabel = { id: string; sku: string | null; title: string | null; product?: { title: string | null } | null }

/** Refuses a line change that breaks a minimum order quantity or a case pack, naming the fix (400 with the rule's code). */
async function refuseBrokenLines(container: MedusaContainer, cart: WholesaleCartLines, lines: RuleLine[]) {
  // Every add to cart passes here: retail customers leave before any wholesale lookup.
  if (!(await approvedBuyer(container, cart.customer_id))) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.title"],
    filters: { id: lines.map((l) => l.variant_id) },
  })
  const variants = data as VariantLabel[]
  for (const line of lines) {
    const v = variants.find((x) => x.id === line.variant_id)
    if (v) Object.assign(line, { title: v.product?.title ? `${v.product.title} – ${v.title}` : v.title, sku: v.sku })
  }
  const touched = new Set(lines.map((l) => l.variant_id))
  const problems = (await wholesaleCartProblems(container, cart, lines)).filter(
    (p) => p.code !== WholesaleErrors.BELOW_SELLER_MINIMUM && touched.has(p.variant_id)
  )
  if (problems.length) throw rulesRefused([problems[0], ...problems.slice(1)])
}

type AddInput = { cart_id: string; items?: { variant_id?: string | null; quantity: number | string }[] }
type UpdateInput = { cart_id: string; item_id: string; update?: { quantity?: number | string } }

// Adding to a line that exists raises its quantity (Medusa merges the same variant): the rule is
// checked on the quantity the line will have.
// The hooks' cart carries pricing fields only, so the lines are read here.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const add = input as AddInput
  const c = await loadCartForCheck(container, add.cart_id)
  if (!c?.customer_id) return
  const lines = (add.items ?? []).flatMap((i) => {
    if (!i.variant_id) return []
    const existing = (c.items ?? []).find((x) => x.variant_id === i.variant_id)
    return [
      {
        variant_id: i.variant_id,
        quantity: Number(i.quantity) + Number(existing?.quantity ?? 0),
        title: existing?.title,
      },
    ]
  })
  if (lines.length) await refuseBrokenLines(container, c, lines)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const i = input as UpdateInput
  const c = await loadCartForCheck(container, i.cart_id)
  if (!c?.customer_id) return
  const item = (c.items ?? []).find((x) => x.id === i.item_id)
  const quantity = i.update?.quantity
  // Quantity 0 removes the line; any other change is checked.
  if (!item?.variant_id || quantity === undefined || Number(quantity) === 0) return
  await refuseBrokenLines(container, c, [
    { variant_id: item.variant_id, quantity: Number(quantity), title: item.title },
  ])
})
