import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
  toMikroORMEntity,
} from "@medusajs/framework/utils"
import { codedError, conflict, notAllowed, tooManyRequests } from "@dharavi/errors"
import { JobsErrors, type ApplicationStatus, type JobsErrorDetails, type PostStatus } from "../../contract"
import ContactReveal from "./models/contact-reveal"
import EmployerProfile from "./models/employer-profile"
import JobApplication from "./models/job-application"
import JobPost from "./models/job-post"
import JobReport from "./models/job-report"
import KarigarProfile from "./models/karigar-profile"

export type { ApplicationStatus, PostStatus }

/** Plugin options (medusa-config `plugins: [{ resolve: "@dharavi/jobs", options }]`). */
export type JobsOptions = {
  /** Contact reveals one employer may make per day (Asia/Kolkata day). */
  reveal_limit_per_day?: number
  /** A post without an explicit expiry expires this many days after it is posted. */
  default_post_days?: number
  /** Reports that take a live post off the board until the platform looks at it. */
  reports_to_suspend?: number
}

type Row = Record<string, unknown>
type Model = typeof JobPost | typeof JobApplication | typeof JobReport | typeof ContactReveal | typeof KarigarProfile

/**
 * Raw SQL stays only where PostgreSQL is the point (conditional updates, row and advisory locks,
 * ON CONFLICT, counters, array and wage filters); tables are named through the ORM's metadata.
 */
function sql(context: Context) {
  const em = context.transactionManager as SqlEntityManager
  const table = (model: Model) => em.getMetadata().get(toMikroORMEntity(model).name).tableName
  const run = async <T extends Row = Row>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await em.execute(query, params)) as T[]
  return { run, table }
}

/** The current status of a row (for the message of a request that lost a race), or null when it is gone. */
async function statusOf(
  db: ReturnType<typeof sql>,
  model: typeof JobApplication | typeof JobPost | typeof JobReport,
  id: string
): Promise<string | null> {
  const [row] = await db.run<{ status: string }>(
    `select status from ${db.table(model)} where id = ? and deleted_at is null`,
    [id]
  )
  return row?.status ?? null
}

/** 409 application_moved: another request changed the application first (the caller reloads it). */
export const applicationMoved = (id: string, status: string | null) =>
  conflict<JobsErrorDetails["application_moved"]>(
    JobsErrors.APPLICATION_MOVED,
    `This application changed while you were acting on it: it is ${status ?? "gone"} now.`,
    { application_id: id, status }
  )

/** 409 post_moved: another request changed the post's status first. */
export const postMoved = (id: string, status: string | null) =>
  conflict<JobsErrorDetails["post_moved"]>(
    JobsErrors.POST_MOVED,
    `This post changed while you were acting on it: it is ${status ?? "gone"} now.`,
    { post_id: id, status }
  )

/** 409 post_full: every opening is taken. */
const postFull = (post: { id: string; openings: number; filled: number }) =>
  conflict<JobsErrorDetails["post_full"]>(
    JobsErrors.POST_FULL,
    "Every opening of this job is already filled, so nobody else can be hired on it.",
    {
      post_id: post.id,
      openings: post.openings,
      filled: post.filled,
    }
  )

/** Seconds until the next day starts in Asia/Kolkata (UTC+5:30, no daylight saving). */
function secondsToIndianMidnight(now = new Date()): number {
  const ist = now.getTime() + 330 * 60_000
  const next = Math.floor(ist / 86_400_000 + 1) * 86_400_000
  return Math.max(1, Math.ceil((next - ist) / 1000))
}

class JobsModuleService extends MedusaService({
  KarigarProfile,
  EmployerProfile,
  JobPost,
  JobApplication,
  ContactReveal,
  JobReport,
}) {
  protected readonly options_: Required<JobsOptions>

  constructor(container: Record<string, unknown>, options: JobsOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = {
      reveal_limit_per_day: options.reveal_limit_per_day ?? 50,
      default_post_days: options.default_post_days ?? 30,
      reports_to_suspend: options.reports_to_suspend ?? 3,
    }
  }

  settings(): Required<JobsOptions> {
    return this.options_
  }

  /**
   * One application per karigar per post: an insert that does nothing when the pair exists (the
   * unique index decides, so two taps at once give one row). 409 already_applied for the second.
   */
  @InjectTransactionManager()
  async applyOnce(
    input: { post_id: string; karigar_id: string; employer_id: string; note?: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string }> {
    const db = sql(context)
    const rows = await db.run<{ id: string }>(
      `insert into ${db.table(JobApplication)} (id, post_id, karigar_id, employer_id, status, note)
       values (?, ?, ?, ?, 'applied', ?)
       on conflict (post_id, karigar_id) where deleted_at is null do nothing
       returning id`,
      [generateEntityId(undefined, "japp"), input.post_id, input.karigar_id, input.employer_id, input.note ?? null]
    )
    if (!rows.length) {
      throw conflict<JobsErrorDetails["already_applied"]>(
        JobsErrors.ALREADY_APPLIED,
        "You have already applied to this job.",
        { post_id: input.post_id }
      )
    }
    return rows[0]
  }

  /**
   * Moves an application between statuses in one conditional UPDATE (of two racing decisions one
   * wins; the other gets 409 application_moved).
   */
  @InjectTransactionManager()
  async transitionApplication(
    id: string,
    from: ApplicationStatus[],
    to: ApplicationStatus,
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; previous: ApplicationStatus }> {
    const db = sql(context)
    const rows = await db.run<{ id: string; previous: ApplicationStatus }>(
      `update ${db.table(JobApplication)} a set status = ?::text, updated_at = now(),
         shortlisted_at = case when ?::text = 'shortlisted' then now() else a.shortlisted_at end,
         decided_at = case when ?::text in ('rejected', 'hired') then now() else a.decided_at end
       from (select id, status as previous from ${db.table(JobApplication)} where id = ? and deleted_at is null for update) old
       where a.id = old.id and old.previous = any(?::text[])
       returning a.id, old.previous`,
      [to, to, to, id, `{${from.join(",")}}`]
    )
    if (!rows.length) throw applicationMoved(id, await statusOf(db, JobApplication, id))
    return rows[0]
  }

  /**
   * Hires an applicant: under a row lock on the post, in one transaction, checks an opening is
   * left, marks the application hired and counts the opening taken; the post becomes `filled`
   * with its last opening. Parallel hires queue on the lock, so a post is never overfilled:
   * the ones that find it full get 409 post_full.
   */
  @InjectTransactionManager()
  async hire(
    applicationId: string,
    @MedusaContext() context: Context = {}
  ): Promise<{
    application_id: string
    post_id: string
    previous: ApplicationStatus
    filled: number
    openings: number
    post_status: PostStatus
  }> {
    const db = sql(context)
    const [app] = await db.run<{ id: string; post_id: string; status: ApplicationStatus }>(
      `select id, post_id, status from ${db.table(JobApplication)} where id = ? and deleted_at is null`,
      [applicationId]
    )
    if (!app) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Application ${applicationId} was not found`)
    const [post] = await db.run<{ id: string; status: PostStatus; openings: number; filled: number }>(
      `select id, status, openings, filled from ${db.table(JobPost)} where id = ? and deleted_at is null for update`,
      [app.post_id]
    )
    if (!post) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Job post ${app.post_id} was not found`)
    if (post.status === "filled" || post.filled >= post.openings) throw postFull(post)
    if (post.status !== "live") {
      throw notAllowed<JobsErrorDetails["post_not_open"]>(
        JobsErrors.POST_NOT_OPEN,
        `This post is ${post.status}, so nobody can be hired on it`,
        { post_id: post.id, status: post.status }
      )
    }
    const moved = await db.run(
      `update ${db.table(JobApplication)} set status = 'hired', decided_at = now(), updated_at = now()
       where id = ? and status in ('applied', 'shortlisted') and deleted_at is null returning id`,
      [applicationId]
    )
    if (!moved.length) throw applicationMoved(applicationId, await statusOf(db, JobApplication, applicationId))
    const [updated] = await db.run<{ filled: number; openings: number; status: PostStatus }>(
      `update ${db.table(JobPost)} set filled = filled + 1, updated_at = now(),
         status = case when filled + 1 >= openings then 'filled' else status end
       where id = ? and filled < openings returning filled, openings, status`,
      [post.id]
    )
    if (!updated) throw postFull(post)
    return {
      application_id: applicationId,
      post_id: post.id,
      previous: app.status,
      filled: updated.filled,
      openings: updated.openings,
      post_status: updated.status,
    }
  }

  /**
   * The karigar's consent, in one conditional UPDATE under the application's row lock: refused
   * (409 application_moved) once the application is withdrawn or rejected, even by a request that
   * lands at the same moment. Sharing twice keeps the first time; `changed` says whether this call
   * changed anything (only then is an event due).
   */
  @InjectTransactionManager()
  async setContactShared(
    id: string,
    share: boolean,
    @MedusaContext() context: Context = {}
  ): Promise<{ changed: boolean; previous: Date | null }> {
    const db = sql(context)
    const rows = await db.run<{ previous: Date | string | null }>(
      `update ${db.table(JobApplication)} a set
         contact_shared_at = case when ?::boolean then coalesce(old.previous, now()) else null end,
         updated_at = case when (old.previous is null) = ?::boolean then now() else a.updated_at end
       from (select id, contact_shared_at as previous from ${db.table(JobApplication)} where id = ? and deleted_at is null for update) old
       where a.id = old.id and a.status not in ('withdrawn', 'rejected')
       returning old.previous`,
      [share, share, id]
    )
    if (!rows.length) throw applicationMoved(id, await statusOf(db, JobApplication, id))
    const previous = rows[0].previous ? new Date(rows[0].previous) : null
    return { changed: (previous === null) === share, previous }
  }

  /**
   * Moves a post between statuses in one conditional UPDATE (row lock included): of a close and a
   * hire of the last opening, or two moderators, exactly one wins; the other gets 409 post_moved.
   */
  @InjectTransactionManager()
  async transitionPost(
    id: string,
    from: PostStatus[],
    to: PostStatus,
    moderation: { note: string | null } | null,
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; previous: PostStatus }> {
    const db = sql(context)
    const rows = await db.run<{ id: string; previous: PostStatus }>(
      `update ${db.table(JobPost)} p set status = ?::text, updated_at = now(),
         moderation_note = case when ?::boolean then ?::text else p.moderation_note end,
         moderated_at = case when ?::boolean then now() else p.moderated_at end
       from (select id, status as previous from ${db.table(JobPost)} where id = ? and deleted_at is null for update) old
       where p.id = old.id and old.previous = any(?::text[])
       returning p.id, old.previous`,
      [to, Boolean(moderation), moderation?.note ?? null, Boolean(moderation), id, `{${from.join(",")}}`]
    )
    if (!rows.length) throw postMoved(id, await statusOf(db, JobPost, id))
    return rows[0]
  }

  /**
   * Files a report in one transaction: one per reporter per post (the unique index decides, so a
   * double tap gives one report and a 422 already_reported), the post's count, and — with the
   * `reports_to_suspend`-th report — the post taken off the board by a conditional update, so
   * parallel reports suspend it once.
   */
  @InjectTransactionManager()
  async fileReport(
    input: { post_id: string; reporter_id: string; reason: string; details: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<{ report_id: string; count: number; suspended: boolean; note: string | null }> {
    const db = sql(context)
    const [report] = await db.run<{ id: string }>(
      `insert into ${db.table(JobReport)} (id, post_id, reporter_id, reason, details, status, created_at, updated_at)
       values (?, ?, ?, ?, ?, 'open', now(), now())
       on conflict (post_id, reporter_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "jrep"), input.post_id, input.reporter_id, input.reason, input.details]
    )
    if (!report) {
      throw codedError<JobsErrorDetails["already_reported"]>(
        MedusaError.Types.DUPLICATE_ERROR,
        JobsErrors.ALREADY_REPORTED,
        "You have already reported this post; the platform will look at it",
        {
          post_id: input.post_id,
        }
      )
    }
    const [post] = await db.run<{ report_count: number; moderation_note: string | null }>(
      `update ${db.table(JobPost)} set report_count = report_count + 1, updated_at = now() where id = ? returning report_count, moderation_note`,
      [input.post_id]
    )
    let suspended = false
    if (post.report_count >= this.options_.reports_to_suspend) {
      const moved = await db.run(
        `update ${db.table(JobPost)} set status = 'pending', moderation_note = ?, updated_at = now() where id = ? and status = 'live' returning id`,
        [`Taken off the board after ${post.report_count} reports, waiting for review`, input.post_id]
      )
      suspended = moved.length > 0
    }
    return { report_id: report.id, count: post.report_count, suspended, note: post.moderation_note ?? null }
  }

  /** Resolves an open report with a conditional UPDATE: of two admins, one wins (409 report_moved for the other). */
  @InjectTransactionManager()
  async resolveReport(
    id: string,
    status: "dismissed" | "actioned",
    note: string | null,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const db = sql(context)
    const rows = await db.run(
      `update ${db.table(JobReport)} set status = ?::text, resolution_note = ?, resolved_at = now(), updated_at = now()
       where id = ? and status = 'open' and deleted_at is null returning id`,
      [status, note, id]
    )
    if (!rows.length) {
      const now = await statusOf(db, JobReport, id)
      throw conflict<JobsErrorDetails["report_moved"]>(
        JobsErrors.REPORT_MOVED,
        `This report was resolved by someone else a moment ago: it is ${now ?? "gone"} now.`,
        { report_id: id, status: now }
      )
    }
  }

  /** Undoes a hire (workflow compensation): the application goes back, the opening is freed. */
  @InjectTransactionManager()
  async unhire(applicationId: string, previous: ApplicationStatus, @MedusaContext() context: Context = {}) {
    const db = sql(context)
    const rows = await db.run<{ post_id: string }>(
      `update ${db.table(JobApplication)} set status = ?::text, decided_at = null, updated_at = now() where id = ? and status = 'hired' returning post_id`,
      [previous, applicationId]
    )
    if (!rows.length) return
    await db.run(
      `update ${db.table(JobPost)} set filled = greatest(filled - 1, 0), updated_at = now(),
         status = case when status = 'filled' then 'live' else status end
       where id = ?`,
      [rows[0].post_id]
    )
  }

  /**
   * Records a contact reveal, counting the employer's reveals today (Asia/Kolkata) under an advisory
   * lock so parallel reveals cannot pass the limit. Karigars are not limited. A repeat reveal of the
   * same application by the same viewer today is logged again but not counted twice.
   */
  @InjectTransactionManager()
  async logReveal(
    input: {
      application_id: string
      viewer_type: "employer" | "karigar"
      viewer_id: string
      actor_id: string
      subject_type: "employer" | "karigar"
      subject_id: string
    },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; used_today: number; limit: number | null }> {
    const db = sql(context)
    let used = 0
    const limit = input.viewer_type === "employer" ? this.options_.reveal_limit_per_day : null
    if (limit !== null) {
      await db.run(`select pg_advisory_xact_lock(hashtext(?))`, [`job-reveal:${input.viewer_id}`])
      const [row] = await db.run<{ used: number; seen: boolean | null }>(
        `select count(distinct application_id)::int as used,
                bool_or(application_id = ?::text) as seen
         from ${db.table(ContactReveal)}
         where viewer_type = 'employer' and viewer_id = ? and deleted_at is null
           and created_at >= (date_trunc('day', now() at time zone 'Asia/Kolkata') at time zone 'Asia/Kolkata')`,
        [input.application_id, input.viewer_id]
      )
      used = row.used
      if (!row.seen && used >= limit) {
        const error = tooManyRequests(
          JobsErrors.REVEAL_LIMIT,
          `You can see the contact details of ${limit} applicants a day; try again tomorrow.`,
          secondsToIndianMidnight()
        )
        // tooManyRequests carries retry_after only; the limit itself goes beside it.
        const details: JobsErrorDetails["reveal_limit"] = { limit, retry_after: error.details.retry_after }
        Object.assign(error.details, details)
        throw error
      }
      if (!row.seen) used += 1
    }
    const id = generateEntityId(undefined, "jrev")
    await db.run(
      `insert into ${db.table(ContactReveal)} (id, application_id, viewer_type, viewer_id, actor_id, subject_type, subject_id) values (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        input.application_id,
        input.viewer_type,
        input.viewer_id,
        input.actor_id,
        input.subject_type,
        input.subject_id,
      ]
    )
    return { id, used_today: used, limit }
  }

  /** Live posts past their expiry, oldest first (the archive job works through them). */
  @InjectTransactionManager()
  async expireLapsedPosts(limit = 500, @MedusaContext() context: Context = {}): Promise<string[]> {
    const db = sql(context)
    const rows = await db.run<{ id: string }>(
      `update ${db.table(JobPost)} set status = 'expired', updated_at = now()
       where id in (select id from ${db.table(JobPost)} where status in ('live', 'pending') and expires_at < now() and deleted_at is null
                    order by expires_at limit ? for update skip locked)
       returning id`,
      [limit]
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /**
   * The board: live, unexpired posts matching the filters, newest first. Wages compare per day
   * (a monthly wage counts as a 26-day month).
   */
  @InjectTransactionManager()
  async searchPosts(
    filters: {
      trades?: string[]
      area?: string
      employment_type?: string
      wage_min?: number
      wage_max?: number
      q?: string
      employer_id?: string
    },
    page: { skip: number; take: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ ids: string[]; count: number }> {
    const db = sql(context)
    const where = [`status = 'live'`, `expires_at > now()`, `deleted_at is null`]
    const params: unknown[] = []
    const daily = `(case when wage_period = 'month' then wage_amount / 26.0 else wage_amount end)`
    if (filters.trades?.length) {
      where.push(`trades && ?::text[]`)
      params.push(`{${filters.trades.join(",")}}`)
    }
    if (filters.area) {
      where.push(`lower(area) = lower(?::text)`)
      params.push(filters.area)
    }
    if (filters.employment_type) {
      where.push(`employment_type = ?::text`)
      params.push(filters.employment_type)
    }
    if (filters.wage_min !== undefined) {
      where.push(`${daily} >= ?::numeric`)
      params.push(filters.wage_min)
    }
    if (filters.wage_max !== undefined) {
      where.push(`${daily} <= ?::numeric`)
      params.push(filters.wage_max)
    }
    if (filters.q) {
      where.push(`(title ilike ?::text or description ilike ?::text)`)
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      params.push(like, like)
    }
    if (filters.employer_id) {
      where.push(`employer_id = ?::text`)
      params.push(filters.employer_id)
    }
    const condition = where.join(" and ")
    const [{ count }] = await db.run<{ count: number }>(
      `select count(*)::int as count from ${db.table(JobPost)} where ${condition}`,
      params
    )
    const rows = await db.run<{ id: string }>(
      `select id from ${db.table(JobPost)} where ${condition} order by created_at desc, id limit ? offset ?`,
      [...params, page.take, page.skip]
    )
    return { ids: rows.map((r: { id: string }) => r.id), count }
  }

  /** Active karigar profiles with at least one of the trades (candidates for a post's matching). */
  @InjectTransactionManager()
  async karigarIdsWithTrades(trades: string[], limit = 500, @MedusaContext() context: Context = {}): Promise<string[]> {
    if (!trades.length) return []
    const db = sql(context)
    const rows = await db.run<{ id: string }>(
      `select id from ${db.table(KarigarProfile)} where status = 'active' and deleted_at is null and trades && ?::text[] order by updated_at desc limit ?`,
      [`{${trades.join(",")}}`, limit]
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /** Counts a report on a post; returns the new count. */
  @InjectTransactionManager()
  async countReport(postId: string, delta: 1 | -1, @MedusaContext() context: Context = {}): Promise<number> {
    const db = sql(context)
    const [row] = await db.run<{ report_count: number }>(
      `update ${db.table(JobPost)} set report_count = greatest(report_count + ?::int, 0), updated_at = now() where id = ? returning report_count`,
      [delta, postId]
    )
    return row?.report_count ?? 0
  }
}

export default JobsModuleService
