import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SkillSchoolEvents } from "@dharavi/skill-school/contract"
import { graph } from "../documents"
import { eventIds } from "../lib/events"
import { syncSearchDocumentsWorkflow } from "../workflows/search"

const SESSION_EVENTS: string[] = [
  SkillSchoolEvents.WORKSHOP_SESSION_CREATED,
  SkillSchoolEvents.WORKSHOP_SESSION_UPDATED,
]

/** Courses (and their workshop sessions, which mark a course as having upcoming workshops). */
export default async function courseSearch({ event, container }: SubscriberArgs<unknown>) {
  let ids = eventIds(event.data)
  if (SESSION_EVENTS.includes(event.name)) {
    const sessions = await graph<{ course?: { id: string } | null }>(container, {
      entity: "workshop_session",
      fields: ["course.id"],
      filters: { id: ids },
    })
    ids = sessions.map((s) => s.course?.id).filter((id): id is string => Boolean(id))
  }
  await syncSearchDocumentsWorkflow(container).run({ input: { type: "course", ids } })
}

export const config: SubscriberConfig = {
  event: [
    SkillSchoolEvents.COURSE_CREATED,
    SkillSchoolEvents.COURSE_UPDATED,
    SkillSchoolEvents.COURSE_DELETED,
    ...SESSION_EVENTS,
  ],
  context: { subscriberId: "search-sync-courses" },
}
