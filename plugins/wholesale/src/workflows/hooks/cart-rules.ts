import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { approvedBuyer } from "../../lib/buyer"
import { loadCartForCheck, wholesaleCartProblems } from "../../lib/cart-check"
import type { RuleLine } from "../../lib/cart-rules"

/** Refuses a line change that breaks a minimum order quantity or a case pack, naming the fix. */
async function refuseBrokenLines(container: any, cart: any, lines: RuleLine[]) {
  // Every add to cart passes here: retail customers leave before any wholesale lookup.
  if (!(await approvedBuyer(container, cart.customer_id))) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.title"], filters: { id: lines.map((l) => l.variant_id) } })
  for (const line of lines) {
    const v: any = variants.find((x: any) => x.id === line.variant_id)
    if (v) Object.assign(line, { title: v.product?.title ? `${v.product.title} – ${v.title}` : v.title, sku: v.sku })
  }
  const touched = new Set(lines.map((l) => l.variant_id))
  const problems = (await wholesaleCartProblems(container, cart, lines)).filter(
    (p) => p.variant_id && touched.has(p.variant_id) && p.code !== "below_seller_minimum"
  )
  if (problems.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problems.map((p) => p.message).join(". "))
}

// Adding to a line that exists raises its quantity (Medusa merges the same variant): the rule is
// checked on the quantity the line will have.
// The hooks' cart carries pricing fields only, so the lines are read here.
addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const c = await loadCartForCheck(container, (input as any).cart_id)
  if (!c?.customer_id) return
  const lines = ((input as any).items ?? [])
    .filter((i: any) => i.variant_id)
    .map((i: any) => {
      const existing = (c.items ?? []).find((x: any) => x.variant_id === i.variant_id)
      return { variant_id: i.variant_id, quantity: Number(i.quantity) + Number(existing?.quantity ?? 0), title: existing?.title }
    })
  if (lines.length) await refuseBrokenLines(container, c, lines)
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  const i = input as any
  const c = await loadCartForCheck(container, i.cart_id)
  if (!c?.customer_id) return
  const item = (c.items ?? []).find((x: any) => x.id === i.item_id)
  const quantity = i.update?.quantity
  // Quantity 0 removes the line; any other change is checked.
  if (!item?.variant_id || quantity === undefined || Number(quantity) === 0) return
  await refuseBrokenLines(container, c, [{ variant_id: item.variant_id, quantity: Number(quantity), title: item.title }])
})
