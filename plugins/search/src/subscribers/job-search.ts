import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { JOB_BOARD_EVENTS } from "@dharavi/jobs/contract"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** A post goes live (approved) or leaves the board (closed, filled, expired, removed, suspended). */
export default async function jobSearch({ event, container }: SubscriberArgs<unknown>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "job", ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = {
  // The jobs contract's list of the events that change what the public board shows.
  event: [...JOB_BOARD_EVENTS],
  context: { subscriberId: "search-sync-jobs" },
}
