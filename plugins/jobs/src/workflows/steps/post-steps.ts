import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { notAllowed } from "@dharavi/errors"
import { JobsErrors, type JobsErrorDetails } from "../../contract"
import { type Skill, skillsJson } from "../../lib/jobs"
import type { PostStatus } from "../../modules/jobs/service"
import { JOBS_MODULE } from "../../modules/jobs"

export type PostInput = {
  title: string
  description?: string | null
  skills: Skill[]
  employment_type: "daily" | "short_term" | "long_term"
  wage_amount: number
  wage_period: "day" | "month"
  shifts?: string[]
  area: string
  landmark?: string | null
  address?: string | null
  openings: number
  starts_on: Date | string
  ends_on?: Date | string | null
  expires_at?: Date | string | null
}

const DAY = 24 * 3600_000

/** A new post waits for moderation (`pending`); its dates must make sense. */
export const createJobPostStep = createStep(
  "create-job-post",
  async (input: { employer_id: string; post: PostInput }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    await jobs.retrieveEmployerProfile(input.employer_id)
    const p = input.post
    const starts = new Date(p.starts_on)
    const ends = p.ends_on ? new Date(p.ends_on) : null
    const today = new Date(new Date().toISOString().slice(0, 10))
    if (starts < today) throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_on must be today or later")
    if (p.employment_type === "short_term" && !ends)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_on is required for a short_term job")
    if (ends && ends < starts)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_on must not be before starts_on")
    const expires = p.expires_at
      ? new Date(p.expires_at)
      : new Date(Date.now() + jobs.settings().default_post_days * DAY)
    if (expires.getTime() <= Date.now())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at must be in the future")
    const post = await jobs.createJobPosts({
      ...p,
      skills: skillsJson(p.skills),
      employer_id: input.employer_id,
      trades: [...new Set(p.skills.map((s) => s.trade))],
      starts_on: starts,
      ends_on: ends,
      expires_at: expires,
      status: "pending",
      filled: 0,
    })
    return new StepResponse(post, post.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(JOBS_MODULE).deleteJobPosts(id)
  }
)

/**
 * Moves a post from one of `from` to `to`; when `employer_id` is given the post must be theirs
 * (another employer's post is "not found").
 */
export const setPostStatusStep = createStep(
  "set-job-post-status",
  async (
    input: {
      post_id: string
      employer_id?: string
      from: PostStatus[]
      to: PostStatus
      note?: string | null
      moderated?: boolean
    },
    { container }
  ) => {
    const jobs = container.resolve(JOBS_MODULE)
    const [post] = await jobs.listJobPosts({
      id: input.post_id,
      ...(input.employer_id ? { employer_id: input.employer_id } : {}),
    })
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${input.post_id} was not found`)
    if (!input.from.includes(post.status as PostStatus)) {
      throw notAllowed<JobsErrorDetails["post_not_open"]>(
        JobsErrors.POST_NOT_OPEN,
        `This post is ${post.status}, so it cannot become ${input.to}`,
        { post_id: post.id, status: post.status }
      )
    }
    // The change itself is conditional on the status read here (409 post_moved if a hire filled it or
    // another moderator moved it in between).
    await jobs.transitionPost(
      post.id,
      [post.status as PostStatus],
      input.to,
      input.moderated ? { note: input.note ?? null } : null
    )
    const updated = await jobs.retrieveJobPost(post.id)
    return new StepResponse(updated, {
      id: post.id,
      status: post.status,
      moderation_note: post.moderation_note,
      moderated_at: post.moderated_at,
    })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateJobPosts(undo)
  }
)

/**
 * A customer reports a live post (once per post). Enough open reports take the post off the board
 * (`pending`) until the platform looks at it.
 */
export const reportJobPostStep = createStep(
  "report-job-post",
  async (input: { post_id: string; reporter_id: string; reason: string; details?: string | null }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const [post] = await jobs.listJobPosts({ id: input.post_id, status: ["live", "filled"] })
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${input.post_id} was not found`)
    const filed = await jobs.fileReport({
      post_id: post.id,
      reporter_id: input.reporter_id,
      reason: input.reason,
      details: input.details ?? null,
    })
    const report = await jobs.retrieveJobReport(filed.report_id)
    return new StepResponse(
      { report, suspended: filed.suspended },
      {
        report_id: report.id,
        post_id: post.id,
        status: "live" as PostStatus,
        note: filed.note,
        suspended: filed.suspended,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const jobs = container.resolve(JOBS_MODULE)
    await jobs.deleteJobReports(undo.report_id)
    await jobs.countReport(undo.post_id, -1)
    if (undo.suspended) await jobs.updateJobPosts({ id: undo.post_id, status: undo.status, moderation_note: undo.note })
  }
)

/** The platform closes a report: dismissed (nothing wrong) or actioned (the post was dealt with). */
export const resolveReportStep = createStep(
  "resolve-job-report",
  async (input: { report_id: string; status: "dismissed" | "actioned"; note?: string | null }, { container }) => {
    const jobs = container.resolve(JOBS_MODULE)
    const report = await jobs.retrieveJobReport(input.report_id)
    if (report.status !== "open") {
      throw notAllowed<JobsErrorDetails["report_closed"]>(
        JobsErrors.REPORT_CLOSED,
        `This report is already ${report.status}`,
        { report_id: report.id, status: report.status }
      )
    }
    await jobs.resolveReport(report.id, input.status, input.note ?? null)
    const updated = await jobs.retrieveJobReport(report.id)
    return new StepResponse(updated, {
      id: report.id,
      status: report.status,
      resolution_note: report.resolution_note,
      resolved_at: report.resolved_at,
    })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(JOBS_MODULE).updateJobReports(undo)
  }
)

/** Live (or still pending) posts past their expiry become `expired`; running it again changes nothing. */
export const archiveExpiredPostsStep = createStep(
  "archive-expired-job-posts",
  async (input: { limit?: number }, { container }) => {
    return new StepResponse(await container.resolve(JOBS_MODULE).expireLapsedPosts(input.limit ?? 500))
  }
)
