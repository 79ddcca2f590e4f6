import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

const VARIANT_EVENTS: string[] = [ProductVariantWorkflowEvents.CREATED, ProductVariantWorkflowEvents.UPDATED]

/**
 * A product created, changed or deleted in Medusa is (re)indexed or taken out of search; a variant
 * created or changed (its prices among them) reindexes its product's price range.
 */
export default async function productSearch({ event, container }: SubscriberArgs<unknown>) {
  let ids = eventIds(event.data)
  if (VARIANT_EVENTS.includes(event.name)) {
    const variants = await graph<{ product_id: string }>(container, {
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids },
    })
    ids = variants.map((v) => v.product_id)
  }
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "product", ids } })
}

export const config: SubscriberConfig = {
  event: [
    ProductWorkflowEvents.CREATED,
    ProductWorkflowEvents.UPDATED,
    ProductWorkflowEvents.DELETED,
    ...VARIANT_EVENTS,
  ],
  context: { subscriberId: "search-sync-products" },
}
