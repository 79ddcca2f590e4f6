/**
 * The codes Skill School answers with (`{ type, code, message, details }`), and each code's details.
 * Statuses: 409 for the seat races, 400 for the rule refusals, 403 for a lesson a visitor has not
 * joined, 404 for what is not there.
 */
export const SkillSchoolErrors = {
  /** 400 (at checkout): courses or seats in the cart break a rule (sign in, one each, a live seat hold, a course not owned yet); every reason in `problems`. */
  LEARNING_CART_REFUSED: "learning_cart_refused",
  /** 409: the last seats were just taken. */
  SEATS_GONE: "seats_gone",
  /** 409: the customer already has a live seat at this session. */
  ALREADY_SEATED: "already_seated",
  /** 409: the seat changed (cancelled, confirmed, lapsed) between the check and the cancel. */
  SEAT_MOVED: "seat_moved",
  /** 400: a paid, confirmed seat is cancelled by the team, not its holder. */
  SEAT_PAID: "seat_paid",
  /** 400: the seat is already cancelled or expired. */
  SEAT_NOT_CANCELLABLE: "seat_not_cancellable",
  /** 400: a session's seat limit cannot go below the seats taken. */
  SEAT_LIMIT_BELOW_TAKEN: "seat_limit_below_taken",
  /** 400: the session is cancelled or has started. */
  WORKSHOP_CLOSED: "workshop_closed",
  /** 400: a paid session's seat is held in a cart: `cart_id` is needed. */
  SEAT_NEEDS_CART: "seat_needs_cart",
  /** 400: a paid course is bought through the cart, not joined. */
  COURSE_PAID: "course_paid",
  /** 400: progress is recorded only for learners of the course. */
  NOT_ENROLLED: "not_enrolled",
  /** 403: the lesson is for learners of the course. */
  LESSON_LOCKED: "lesson_locked",
  /** 400: another course has this handle. */
  COURSE_HANDLE_TAKEN: "course_handle_taken",
  /** 400: a new lesson order must list every lesson of the course once. */
  LESSON_ORDER_INVALID: "lesson_order_invalid",
  /** 400: the certificate comes when every lesson is done. */
  CERTIFICATE_NOT_READY: "certificate_not_ready",
  COURSE_NOT_FOUND: "course_not_found",
  LESSON_NOT_FOUND: "lesson_not_found",
  LESSON_FILE_NOT_FOUND: "lesson_file_not_found",
  WORKSHOP_NOT_FOUND: "workshop_not_found",
  SEAT_NOT_FOUND: "seat_not_found",
  ENROLMENT_NOT_FOUND: "enrolment_not_found",
  CERTIFICATE_NOT_FOUND: "certificate_not_found",
} as const

export type SkillSchoolErrorCode = (typeof SkillSchoolErrors)[keyof typeof SkillSchoolErrors]

type SeatStatus = "held" | "confirmed" | "cancelled" | "expired"

export type SkillSchoolErrorDetails = {
  learning_cart_refused: { problems: string[] }
  seats_gone: { session_id: string; seat_limit: number }
  already_seated: { session_id: string; seat_id: string }
  seat_moved: { seat_id: string; status: SeatStatus | null }
  seat_paid: { seat_id: string; status: SeatStatus }
  seat_not_cancellable: { seat_id: string; status: SeatStatus }
  seat_limit_below_taken: { session_id: string; taken: number }
  workshop_closed: { session_id: string; status: "scheduled" | "cancelled"; starts_at: string }
  seat_needs_cart: { field: "cart_id"; session_id: string }
  course_paid: { course_id: string }
  not_enrolled: { course_id: string }
  lesson_locked: { course_id: string; lesson_id: string }
  course_handle_taken: { field: "handle"; handle: string }
  lesson_order_invalid: { field: "ids"; course_id: string }
  certificate_not_ready: { enrolment_id: string }
  course_not_found: { course: string }
  lesson_not_found: { course_id: string; lesson_id: string }
  lesson_file_not_found: { lesson_id: string; index: string }
  workshop_not_found: { session_id: string }
  seat_not_found: { seat_id: string }
  enrolment_not_found: { enrolment_id: string }
  certificate_not_found: { code: string }
}

/** The body of a Skill School error answer, by code. */
export type SkillSchoolErrorBody<C extends SkillSchoolErrorCode = SkillSchoolErrorCode> = {
  type: string
  code: C
  message: string
  details: SkillSchoolErrorDetails[C]
}
