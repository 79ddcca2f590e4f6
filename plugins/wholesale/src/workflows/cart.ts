import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  StepResponse,
  WorkflowResponse,
  createStep,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { invalid } from "@dharavi/errors"
import { WholesaleErrors } from "../contract/errors"

type SkuVariant = { id: string; sku: string | null; product?: { status: string } | null }

/** Finds the published variants behind SKUs; unknown SKUs are named in one clear error. */
export const resolveSkusStep = createStep(
  "resolve-skus",
  async (input: { lines: { sku: string; quantity: number }[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skus = [...new Set(input.lines.map((l) => l.sku.toUpperCase()))]
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "product.status"],
      filters: { sku: skus },
    })
    const bySku = new Map(
      (data as SkuVariant[])
        .filter((v) => v.product?.status === "published")
        .map((v): [string, string] => [String(v.sku).toUpperCase(), v.id])
    )
    const unknown = skus.filter((s) => !bySku.has(s))
    if (unknown.length)
      throw invalid(WholesaleErrors.UNKNOWN_SKU, `Unknown SKU${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`, {
        skus: unknown,
      })
    // The same SKU twice on the form is one line.
    const quantities = new Map<string, number>()
    for (const l of input.lines) {
      const id = bySku.get(l.sku.toUpperCase())!
      quantities.set(id, (quantities.get(id) ?? 0) + l.quantity)
    }
    return new StepResponse([...quantities].map(([variant_id, quantity]) => ({ variant_id, quantity })))
  }
)

/**
 * The bulk order form: every line goes into the cart in one `addToCartWorkflow` run, so wholesale
 * rules (minimums, case packs) are checked on all of them and nothing is added if one fails.
 */
export const bulkAddToCartWorkflow = createWorkflow(
  "bulk-add-to-cart",
  (input: { cart_id: string; lines: { sku: string; quantity: number }[] }) => {
    const items = resolveSkusStep(input)
    addToCartWorkflow.runAsStep({
      input: transform({ input, items }, ({ input, items }) => ({ cart_id: input.cart_id, items })),
    })
    return new WorkflowResponse(items)
  }
)
