import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** A post goes live (approved) or leaves the board (closed, filled, expired, removed, suspended). */
export default async function jobSearch({ event, container }: SubscriberArgs<unknown>) {
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "job", ids: eventIds(event.data) } })
}

export const config: SubscriberConfig = {
  event: ["job_post.created", "job_post.approved", "job_post.rejected", "job_post.closed", "job_post.filled", "job_post.expired", "job_post.removed", "job_post.suspended"],
  context: { subscriberId: "search-sync-jobs" },
}
