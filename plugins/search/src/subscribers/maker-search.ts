import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/**
 * A maker's profile or status changed: its own document, and its products' (which show the maker's
 * name and area, and leave search while the maker is suspended).
 */
export default async function makerSearch({ event, container }: SubscriberArgs<unknown>) {
  const ids = eventIds(event.data)
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "maker", ids } })
  const sellers = await graph(container, { entity: "seller", fields: ["products.id"], filters: { id: ids } })
  const productIds = sellers.flatMap((s: any) => (s.products ?? []).map((p: any) => p?.id)).filter(Boolean)
  if (productIds.length) await syncSearchDocumentsWorkflow(container).run({ input: { type: "product", ids: productIds } })
}

export const config: SubscriberConfig = {
  event: ["seller.created", "seller.updated", "seller.approved", "seller.suspended"],
  context: { subscriberId: "search-sync-makers" },
}
