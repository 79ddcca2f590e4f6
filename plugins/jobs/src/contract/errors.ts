/**
 * The jobs plugin's error codes and their details. Routes answer them through the application's
 * error handler as `{ type, code, message, details }`; the status is the one given here.
 */
export const JobsErrors = {
  /** 409: the karigar already applied to this post. */
  ALREADY_APPLIED: "already_applied",
  /** 409: another request changed the application first. */
  APPLICATION_MOVED: "application_moved",
  /** 400: the application is past the state this change needs. */
  APPLICATION_NOT_OPEN: "application_not_open",
  /** 409: every opening of the post is taken. */
  POST_FULL: "post_full",
  /** 409: another request changed the post's status first. */
  POST_MOVED: "post_moved",
  /** 400: the post is not in a state that allows this (closed, filled, expired, ...). */
  POST_NOT_OPEN: "post_not_open",
  /** 422: this customer already reported the post. */
  ALREADY_REPORTED: "already_reported",
  /** 409: another admin resolved the report first. */
  REPORT_MOVED: "report_moved",
  /** 400: the report is already resolved. */
  REPORT_CLOSED: "report_closed",
  /** 429: the employer looked up as many contacts as a day allows. */
  REVEAL_LIMIT: "reveal_limit",
  /** 403: contact details flow only once shortlisted and the karigar agreed. */
  CONTACT_NOT_OPEN: "contact_not_open",
  /** 404 (a karigar route) or 400 (applying): the customer has no karigar profile yet. */
  KARIGAR_PROFILE_REQUIRED: "karigar_profile_required",
  /** 400: the platform hid the karigar's profile. */
  KARIGAR_HIDDEN: "karigar_hidden",
  /** 404: the seller or business has no employer profile yet. */
  EMPLOYER_PROFILE_REQUIRED: "employer_profile_required",
  /** 400: a business customer cannot apply to a post of its own. */
  OWN_POST: "own_post",
} as const

export type JobsErrorCode = (typeof JobsErrors)[keyof typeof JobsErrors]

type ApplicationState = { application_id: string; status: string | null }
type PostState = { post_id: string; status: string | null }

export type JobsErrorDetails = {
  already_applied: { post_id: string }
  /** `status`: what the application is now (null when it is gone). */
  application_moved: ApplicationState
  application_not_open: ApplicationState
  post_full: { post_id: string; openings: number; filled: number }
  /** `status`: what the post is now (null when it is gone). */
  post_moved: PostState
  post_not_open: PostState
  already_reported: { post_id: string }
  report_moved: { report_id: string; status: string | null }
  report_closed: { report_id: string; status: string }
  /** `retry_after`: seconds until the next day (Asia/Kolkata) starts; also the Retry-After header. */
  reveal_limit: { limit: number; retry_after: number }
  /** `waiting_for`: the employer's shortlist, or the karigar's consent. */
  contact_not_open: { application_id: string; waiting_for: "shortlist" | "consent" }
  karigar_profile_required: Record<string, never>
  karigar_hidden: { karigar_id: string }
  employer_profile_required: Record<string, never>
  own_post: { post_id: string }
}
