import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

/** Courses (and their workshop sessions, which mark a course as having upcoming workshops). */
export default async function courseSearch({ event, container }: SubscriberArgs<unknown>) {
  let ids = eventIds(event.data)
  if (event.name.startsWith("workshop_session.")) {
    const sessions = await graph(container, { entity: "workshop_session", fields: ["course.id"], filters: { id: ids } })
    ids = sessions.map((s: any) => s.course?.id).filter(Boolean)
  }
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "course", ids } })
}

export const config: SubscriberConfig = {
  event: ["course.created", "course.updated", "course.deleted", "workshop_session.created", "workshop_session.updated"],
  context: { subscriberId: "search-sync-courses" },
}
