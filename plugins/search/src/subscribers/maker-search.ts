import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MarketplaceEvents, type MarketplaceEventPayloads } from "@dharavi/marketplace/contract"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/**
 * A maker's profile or status changed: its own document, and its products' (which show the maker's
 * name and area, and leave search while the maker is suspended).
 */
export default async function makerSearch({
  event,
  container,
}: SubscriberArgs<MarketplaceEventPayloads["seller.updated"]>) {
  const ids = eventIds(event.data)
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "maker", ids } })
  const sellers = await graph<{ products?: ({ id: string } | null)[] }>(container, {
    entity: "seller",
    fields: ["products.id"],
    filters: { id: ids },
  })
  const productIds = sellers
    .flatMap((s) => (s.products ?? []).map((p) => p?.id))
    .filter((id): id is string => Boolean(id))
  if (productIds.length)
    await syncSearchDocumentsWorkflow(container).run({ input: { type: "product", ids: productIds } })
}

export const config: SubscriberConfig = {
  event: [
    MarketplaceEvents.SELLER_CREATED,
    MarketplaceEvents.SELLER_UPDATED,
    MarketplaceEvents.SELLER_APPROVED,
    MarketplaceEvents.SELLER_SUSPENDED,
  ],
  context: { subscriberId: "search-sync-makers" },
}
