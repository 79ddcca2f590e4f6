/**
 * The jobs plugin's events: names (the strings are stable — the search plugin and any other
 * subscriber listen to them) and their payloads. Plain constants and types, no server code.
 */
export const JobsEvents = {
  KARIGAR_PROFILE_CREATED: "karigar_profile.created",
  KARIGAR_PROFILE_UPDATED: "karigar_profile.updated",
  KARIGAR_PROFILE_HIDDEN: "karigar_profile.hidden",
  KARIGAR_PROFILE_ACTIVATED: "karigar_profile.activated",
  EMPLOYER_PROFILE_CREATED: "employer_profile.created",
  EMPLOYER_PROFILE_UPDATED: "employer_profile.updated",
  EMPLOYER_PROFILE_VERIFIED: "employer_profile.verified",
  EMPLOYER_PROFILE_UNVERIFIED: "employer_profile.unverified",
  JOB_POST_CREATED: "job_post.created",
  JOB_POST_APPROVED: "job_post.approved",
  JOB_POST_REJECTED: "job_post.rejected",
  JOB_POST_REMOVED: "job_post.removed",
  JOB_POST_CLOSED: "job_post.closed",
  JOB_POST_FILLED: "job_post.filled",
  JOB_POST_EXPIRED: "job_post.expired",
  JOB_POST_REPORTED: "job_post.reported",
  JOB_POST_SUSPENDED: "job_post.suspended",
  JOB_REPORT_RESOLVED: "job_report.resolved",
  APPLICATION_CREATED: "application.created",
  APPLICATION_SHORTLISTED: "application.shortlisted",
  APPLICATION_REJECTED: "application.rejected",
  APPLICATION_HIRED: "application.hired",
  APPLICATION_WITHDRAWN: "application.withdrawn",
  APPLICATION_CONTACT_SHARED: "application.contact_shared",
  APPLICATION_CONTACT_UNSHARED: "application.contact_unshared",
  CONTACT_REVEALED: "contact.revealed",
} as const

export type JobsEventName = (typeof JobsEvents)[keyof typeof JobsEvents]

/**
 * The events that change what the public job board shows (a post goes live or leaves it): what a
 * search index of live posts listens to.
 */
export const JOB_BOARD_EVENTS = [
  JobsEvents.JOB_POST_CREATED,
  JobsEvents.JOB_POST_APPROVED,
  JobsEvents.JOB_POST_REJECTED,
  JobsEvents.JOB_POST_CLOSED,
  JobsEvents.JOB_POST_FILLED,
  JobsEvents.JOB_POST_EXPIRED,
  JobsEvents.JOB_POST_REMOVED,
  JobsEvents.JOB_POST_SUSPENDED,
] as const

type Id = { id: string }

export type JobsEventPayloads = {
  "karigar_profile.created": Id
  "karigar_profile.updated": Id
  "karigar_profile.hidden": Id
  "karigar_profile.activated": Id
  "employer_profile.created": Id
  "employer_profile.updated": Id
  "employer_profile.verified": Id
  "employer_profile.unverified": Id
  /** The post waits for moderation. */
  "job_post.created": { id: string; employer_id: string }
  "job_post.approved": Id
  "job_post.rejected": Id
  "job_post.removed": Id
  "job_post.closed": Id
  "job_post.filled": Id
  /** One event per post the archive job expired. */
  "job_post.expired": Id
  "job_post.reported": { id: string; report_id: string }
  "job_post.suspended": Id
  "job_report.resolved": { id: string; status: "dismissed" | "actioned" }
  "application.created": { id: string; post_id: string; karigar_id: string }
  "application.shortlisted": Id
  "application.rejected": Id
  "application.hired": { id: string; post_id: string }
  "application.withdrawn": Id
  "application.contact_shared": Id
  "application.contact_unshared": Id
  /** Who saw whose contact (never the contact itself). */
  "contact.revealed": {
    id: string
    application_id: string
    viewer_type: "employer" | "karigar"
    viewer_id: string
    subject_type: "employer" | "karigar"
    subject_id: string
  }
}
