import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MakerspaceEvents, type MakerspaceEventPayloads } from "@dharavi/makerspace/contract"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** Tool-houses the makerspace admin creates or changes (name, area, units, active or not). */
export default async function toolHouseSearch({
  event,
  container,
}: SubscriberArgs<MakerspaceEventPayloads["tool_house.updated"]>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "tool_house", ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = {
  // The makerspace contract has no tool-house deletion event: a deleted one leaves search with the nightly prune.
  event: [MakerspaceEvents.TOOL_HOUSE_CREATED, MakerspaceEvents.TOOL_HOUSE_UPDATED],
  context: { subscriberId: "search-sync-tool-houses" },
}
