import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/**
 * A product created, changed or deleted in Medusa is (re)indexed or taken out of search; a variant
 * created or changed (its prices among them) reindexes its product's price range.
 */
export default async function productSearch({ event, container }: SubscriberArgs<unknown>) {
  let ids = eventIds(event.data)
  if (event.name.startsWith("product-variant.")) {
    const variants = await graph(container, { entity: "product_variant", fields: ["product_id"], filters: { id: ids } })
    ids = variants.map((v: { product_id: string }) => v.product_id)
  }
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "product", ids } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "product-variant.created", "product-variant.updated"],
  context: { subscriberId: "search-sync-products" },
}
