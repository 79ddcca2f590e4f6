import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** A product created, changed or deleted in Medusa is (re)indexed or taken out of search. */
export default async function productSearch({ event, container }: SubscriberArgs<unknown>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "product", ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted"],
  context: { subscriberId: "search-sync-products" },
}
