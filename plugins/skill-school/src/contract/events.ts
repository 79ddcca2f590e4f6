/**
 * Skill School's events: the names other plugins (search, makerspace) subscribe to, and what each
 * carries. The strings are stable; subscribe with the constants.
 */
export const SkillSchoolEvents = {
  COURSE_CREATED: "course.created",
  COURSE_UPDATED: "course.updated",
  COURSE_DELETED: "course.deleted",
  LESSON_CREATED: "lesson.created",
  LESSON_UPDATED: "lesson.updated",
  LESSON_DELETED: "lesson.deleted",
  LESSON_COMPLETED: "lesson.completed",
  ENROLMENT_CREATED: "enrolment.created",
  ENROLMENT_COMPLETED: "enrolment.completed",
  /** A completed course grants a makerspace qualification: the makerspace plugin grants it. */
  QUALIFICATION_EARNED: "enrolment.qualification_earned",
  CERTIFICATE_ISSUED: "certificate.issued",
  WORKSHOP_SESSION_CREATED: "workshop_session.created",
  WORKSHOP_SESSION_UPDATED: "workshop_session.updated",
  WORKSHOP_SEAT_HELD: "workshop_seat.held",
  WORKSHOP_SEAT_CONFIRMED: "workshop_seat.confirmed",
  WORKSHOP_SEAT_CANCELLED: "workshop_seat.cancelled",
  WORKSHOP_SEAT_EXPIRED: "workshop_seat.expired",
  /** A hold lapsed while its buyer paid and the seat went to someone else: the team refunds the order. */
  WORKSHOP_SEAT_UNSEATED: "workshop_seat.unseated",
} as const

export type SkillSchoolEventName = (typeof SkillSchoolEvents)[keyof typeof SkillSchoolEvents]

/** The data of each event (one event per record: a list emitted together is several events). */
export type SkillSchoolEventPayloads = {
  "course.created": { id: string }
  "course.updated": { id: string }
  "course.deleted": { id: string }
  "lesson.created": { id: string; course_id: string }
  "lesson.updated": { id: string }
  "lesson.deleted": { id: string }
  "lesson.completed": { enrolment_id: string; lesson_id: string }
  "enrolment.created": { id: string }
  "enrolment.completed": { id: string }
  "enrolment.qualification_earned": {
    enrolment_id: string
    customer_id: string
    course_id: string
    /** The makerspace qualification's id (`course.grants_qualification_id`). */
    qualification_id: string
    certificate_id: string
  }
  "certificate.issued": { id: string; code: string }
  "workshop_session.created": { id: string }
  "workshop_session.updated": { id: string; status: "scheduled" | "cancelled" }
  "workshop_seat.held": { id: string; status: "held" | "confirmed" }
  "workshop_seat.confirmed": { id: string }
  "workshop_seat.cancelled": { id: string }
  "workshop_seat.expired": { id: string }
  "workshop_seat.unseated": { id: string; order_id: string }
}

/** The payload of one Skill School event, by its constant: `SkillSchoolEventPayload<typeof SkillSchoolEvents.QUALIFICATION_EARNED>`. */
export type SkillSchoolEventPayload<E extends SkillSchoolEventName> = SkillSchoolEventPayloads[E]
