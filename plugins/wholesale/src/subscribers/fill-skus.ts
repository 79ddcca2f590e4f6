import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  ProductVariantWorkflowEvents,
  ProductWorkflowEvents,
} from "@medusajs/framework/utils"
import { fillMissingSkusWorkflow } from "../workflows/sku"

/**
 * Sellers may list products without SKUs: each variant that has none gets a coded SKU
 * (`IMR-LEA-TOTE-TAN`, see src/lib/sku.ts). `product.created` codes a new product's variants together;
 * `product-variant.created` codes variants added to a product later (it also fires for a new
 * product's variants, which are then already coded or coded in the same way under the same lock).
 */
export default async function fillMissingSkus({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const isProduct = event.name === ProductWorkflowEvents.CREATED
  const { data } = isProduct
    ? await query.graph({ entity: "product", fields: ["variants.sku"], filters: { id: event.data.id } })
    : await query.graph({ entity: "product_variant", fields: ["sku"], filters: { id: event.data.id } })
  const found = data[0] as { sku?: string | null; variants?: ({ sku: string | null } | null)[] | null } | undefined
  const missing = isProduct ? found?.variants?.some((v) => v && !v.sku) : found && !found.sku
  if (!missing) return

  const input = isProduct ? { product_ids: [event.data.id] } : { variant_ids: [event.data.id] }
  // A SKU typed in by hand at the same moment can still take ours (the unique index refuses the
  // second): the next attempt sees it and moves on to -2.
  for (let attempt = 1; ; attempt++) {
    try {
      await fillMissingSkusWorkflow(container).run({ input })
      return
    } catch (error) {
      if (attempt >= 3) {
        logger.warn(
          `wholesale: could not code SKUs for ${event.name} ${event.data.id}: ${error instanceof Error ? error.message : String(error)}`
        )
        return
      }
    }
  }
}

export const config: SubscriberConfig = {
  event: [ProductWorkflowEvents.CREATED, ProductVariantWorkflowEvents.CREATED],
  context: { subscriberId: "wholesale-fill-skus" },
}
