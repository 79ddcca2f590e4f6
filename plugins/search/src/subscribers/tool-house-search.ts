import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** Tool-houses the makerspace admin creates or changes (name, area, units, active or not). */
export default async function toolHouseSearch({ event, container }: SubscriberArgs<unknown>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "tool_house", ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = {
  event: ["tool_house.created", "tool_house.updated", "tool_house.deleted"],
  context: { subscriberId: "search-sync-tool-houses" },
}
