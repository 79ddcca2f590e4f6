import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  PostInput,
  archiveExpiredPostsStep,
  createJobPostStep,
  reportJobPostStep,
  resolveReportStep,
  setPostStatusStep,
} from "./steps/post-steps"
import { JobsEvents } from "../contract"

/** An employer posts a job; it waits for moderation. Event: `job_post.created`. */
export const createJobPostWorkflow = createWorkflow(
  "create-job-post",
  (input: { employer_id: string; post: PostInput }) => {
    const post = createJobPostStep(input)
    emitEventStep({
      eventName: JobsEvents.JOB_POST_CREATED,
      data: transform({ post }, ({ post }) => ({ id: post.id, employer_id: post.employer_id })),
    })
    return new WorkflowResponse(post)
  }
)

/** The employer closes their post (pending or live). Event: `job_post.closed`. */
export const closeJobPostWorkflow = createWorkflow(
  "close-job-post",
  (input: { post_id: string; employer_id: string }) => {
    const post = setPostStatusStep(
      transform({ input }, ({ input }) => ({
        ...input,
        from: ["pending" as const, "live" as const],
        to: "closed" as const,
      }))
    )
    emitEventStep({
      eventName: JobsEvents.JOB_POST_CLOSED,
      data: transform({ input }, ({ input }) => ({ id: input.post_id })),
    })
    return new WorkflowResponse(post)
  }
)

const MODERATION_FROM = {
  live: ["pending", "rejected"],
  rejected: ["pending"],
  removed: ["pending", "live", "filled", "closed", "expired", "rejected"],
} as const

/**
 * The platform moderates: `pending` → `live` (approved) or `rejected`; any post may be `removed`
 * (hidden everywhere but the admin). Events: `job_post.approved`, `job_post.rejected`, `job_post.removed`.
 */
export const moderateJobPostWorkflow = createWorkflow(
  "moderate-job-post",
  (input: { post_id: string; status: "live" | "rejected" | "removed"; note?: string | null }) => {
    const post = setPostStatusStep(
      transform({ input }, ({ input }) => ({
        post_id: input.post_id,
        from: [...MODERATION_FROM[input.status]],
        to: input.status,
        note: input.note ?? null,
        moderated: true,
      }))
    )
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.status === "live"
          ? JobsEvents.JOB_POST_APPROVED
          : input.status === "rejected"
            ? JobsEvents.JOB_POST_REJECTED
            : JobsEvents.JOB_POST_REMOVED
      ),
      data: transform({ input }, ({ input }) => ({ id: input.post_id })),
    })
    return new WorkflowResponse(post)
  }
)

/** A customer reports a post into the admin queue. Events: `job_post.reported` (and `job_post.suspended` when enough reports take it off the board). */
export const reportJobPostWorkflow = createWorkflow(
  "report-job-post",
  (input: { post_id: string; reporter_id: string; reason: string; details?: string | null }) => {
    const result = reportJobPostStep(input)
    emitEventStep({
      eventName: JobsEvents.JOB_POST_REPORTED,
      data: transform({ result }, ({ result }) => ({ id: result.report.post_id, report_id: result.report.id })),
    })
    when({ result }, ({ result }) => result.suspended).then(() => {
      emitEventStep({
        eventName: JobsEvents.JOB_POST_SUSPENDED,
        data: transform({ result }, ({ result }) => ({ id: result.report.post_id })),
      }).config({ name: "emit-job-post-suspended" })
    })
    return new WorkflowResponse(transform({ result }, ({ result }) => result.report))
  }
)

/**
 * The platform resolves a report: dismissed, or actioned — optionally removing the post in the same
 * workflow. Events: `job_report.resolved` (and `job_post.removed`).
 */
export const resolveJobReportWorkflow = createWorkflow(
  "resolve-job-report",
  (input: {
    report_id: string
    post_id: string
    status: "dismissed" | "actioned"
    note?: string | null
    remove_post?: boolean
  }) => {
    const report = resolveReportStep(input)
    when({ input }, ({ input }) => Boolean(input.remove_post) && input.status === "actioned").then(() => {
      setPostStatusStep(
        transform({ input }, ({ input }) => ({
          post_id: input.post_id,
          from: [...MODERATION_FROM.removed],
          to: "removed" as const,
          note: input.note ?? "Removed after a report",
          moderated: true,
        }))
      )
      emitEventStep({
        eventName: JobsEvents.JOB_POST_REMOVED,
        data: transform({ input }, ({ input }) => ({ id: input.post_id })),
      }).config({ name: "emit-job-post-removed" })
    })
    emitEventStep({
      eventName: JobsEvents.JOB_REPORT_RESOLVED,
      data: transform({ input }, ({ input }) => ({ id: input.report_id, status: input.status })),
    })
    return new WorkflowResponse(report)
  }
)

/** The scheduled job: posts past their expiry become `expired`. Event: `job_post.expired` per post. */
export const archiveExpiredPostsWorkflow = createWorkflow("archive-expired-job-posts", (input: { limit?: number }) => {
  const ids = archiveExpiredPostsStep(input)
  when({ ids }, ({ ids }) => ids.length > 0).then(() => {
    emitEventStep({
      eventName: JobsEvents.JOB_POST_EXPIRED,
      data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
    })
  })
  return new WorkflowResponse(ids)
})
