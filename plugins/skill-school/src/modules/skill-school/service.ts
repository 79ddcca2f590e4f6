import type { Context, InferTypeOf } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
  generateEntityId,
  toMikroORMEntity,
} from "@medusajs/framework/utils"
import { conflict, invalid, notAllowed, notFound } from "@dharavi/errors"
import { SkillSchoolErrors, type SkillSchoolErrorDetails } from "../../contract"
import Certificate from "./models/certificate"
import Course from "./models/course"
import Enrolment from "./models/enrolment"
import Lesson from "./models/lesson"
import LessonProgress from "./models/lesson-progress"
import WorkshopSeat from "./models/workshop-seat"
import WorkshopSession from "./models/workshop-session"

type SeatStatus = "held" | "confirmed" | "cancelled" | "expired"

/** Rows as PostgreSQL returns them (the raw SQL below: locks, counters and conditional writes). */
export type SeatRow = {
  id: string
  session_id: string
  customer_id: string
  status: SeatStatus
  hold_expires_at: Date | null
  cart_id: string | null
  line_item_id: string | null
  order_id: string | null
  confirmed_at: Date | null
  created_at: Date
  updated_at: Date
}
export type SessionRow = {
  id: string
  course_id: string
  title: string | null
  starts_at: Date
  ends_at: Date
  timezone: string
  mode: "online" | "in_person"
  online_url: string | null
  place: string | null
  language: string
  seat_limit: number
  variant_id: string | null
  status: "scheduled" | "cancelled"
}
export type EnrolmentRow = {
  id: string
  course_id: string
  customer_id: string
  source: "order" | "free" | "workshop" | "admin"
  order_id: string | null
  completed_at: Date | null
  created_at: Date
  updated_at: Date
}

/** The fields of a session an admin may change (`updateSessionLocked`). */
export type SessionChanges = {
  id: string
  title?: string | null
  starts_at?: Date
  ends_at?: Date
  timezone?: string
  mode?: "online" | "in_person"
  online_url?: string | null
  place?: string | null
  language?: string
  seat_limit?: number
  status?: "scheduled" | "cancelled"
}

type Db = Context<SqlEntityManager>

/** A seat counts while it is confirmed, or held and not yet lapsed. */
const LIVE_SEAT = `(status = 'confirmed' or (status = 'held' and hold_expires_at > now()))`

/** The models whose tables the raw SQL names, read from the ORM's metadata rather than spelled out. */
const TABLE_MODELS = {
  session: WorkshopSession,
  seat: WorkshopSeat,
  enrolment: Enrolment,
  progress: LessonProgress,
  lesson: Lesson,
}
type Tables = Record<keyof typeof TABLE_MODELS, string>

/** Plugin options (medusa-config `plugins: [{ resolve: "@dharavi/skill-school", options }]`). */
export type SkillSchoolOptions = {
  /** Minutes a paid workshop seat stays held while its buyer checks out. */
  seat_hold_minutes?: number
}

class SkillSchoolModuleService extends MedusaService({
  Course,
  Lesson,
  Enrolment,
  LessonProgress,
  Certificate,
  WorkshopSession,
  WorkshopSeat,
}) {
  protected readonly options_: Required<SkillSchoolOptions>

  constructor(container: Record<string, unknown>, options: SkillSchoolOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = { seat_hold_minutes: options.seat_hold_minutes ?? 15 }
  }

  /** Options in force, with their defaults. */
  policy(): Required<SkillSchoolOptions> {
    return this.options_
  }

  private tables_?: Tables

  /** The transaction's manager and the tables of the models the raw SQL touches. */
  private db(context: Db): { sql: <T>(query: string, params?: unknown[]) => Promise<T[]>; t: Tables } {
    const em = context.transactionManager!
    this.tables_ ??= Object.fromEntries(
      Object.entries(TABLE_MODELS).map(([key, model]) => [
        key,
        em.getMetadata().find(toMikroORMEntity(model).name)!.tableName,
      ])
    ) as Tables
    return {
      sql: async <T>(query: string, params: unknown[] = []) => (await em.execute(query, params)) as unknown as T[],
      t: this.tables_,
    }
  }

  /**
   * Holds a seat for a customer under the session's row lock: parallel buyers of the last seats
   * queue on the lock, and each sees the seats the one before took.
   */
  @InjectTransactionManager()
  async holdSeat(
    input: { session_id: string; customer_id: string; cart_id: string | null; hold_minutes: number; confirm?: boolean },
    @MedusaContext() context: Db = {}
  ): Promise<SeatRow> {
    const { sql, t } = this.db(context)
    const [session] = await sql<SessionRow>(
      `select * from ${t.session} where id = ? and deleted_at is null for update`,
      [input.session_id]
    )
    if (!session)
      throw notFound(SkillSchoolErrors.WORKSHOP_NOT_FOUND, `Workshop ${input.session_id} was not found`, {
        session_id: input.session_id,
      })
    if (session.status !== "scheduled" || new Date(session.starts_at) <= new Date()) {
      throw notAllowed(SkillSchoolErrors.WORKSHOP_CLOSED, "This workshop is no longer taking bookings", {
        session_id: session.id,
        status: session.status,
        starts_at: new Date(session.starts_at).toISOString(),
      } satisfies SkillSchoolErrorDetails["workshop_closed"])
    }
    const [mine] = await sql<{ id: string }>(
      `select id from ${t.seat} where session_id = ? and customer_id = ? and ${LIVE_SEAT} and deleted_at is null`,
      [input.session_id, input.customer_id]
    )
    if (mine) {
      throw conflict(SkillSchoolErrors.ALREADY_SEATED, "You already have a seat at this workshop.", {
        session_id: input.session_id,
        seat_id: mine.id,
      } satisfies SkillSchoolErrorDetails["already_seated"])
    }
    const [{ taken }] = await sql<{ taken: number }>(
      `select count(*)::int as taken from ${t.seat} where session_id = ? and ${LIVE_SEAT} and deleted_at is null`,
      [input.session_id]
    )
    if (taken >= Number(session.seat_limit)) {
      throw conflict(
        SkillSchoolErrors.SEATS_GONE,
        "The last seats of this workshop were just taken. Choose another date.",
        {
          session_id: input.session_id,
          seat_limit: Number(session.seat_limit),
        } satisfies SkillSchoolErrorDetails["seats_gone"]
      )
    }
    // A lapsed hold of this customer still holds the unique slot: let it go first.
    await sql(
      `update ${t.seat} set status = 'expired', updated_at = now() where session_id = ? and customer_id = ? and status = 'held' and deleted_at is null`,
      [input.session_id, input.customer_id]
    )
    // A free seat is taken at once; a paid one is held while its buyer checks out.
    const [seat] = input.confirm
      ? await sql<SeatRow>(
          `insert into ${t.seat} (id, session_id, customer_id, status, confirmed_at, created_at, updated_at)
           values (?, ?, ?, 'confirmed', now(), now(), now()) returning *`,
          [generateEntityId(undefined, "seat"), input.session_id, input.customer_id]
        )
      : await sql<SeatRow>(
          `insert into ${t.seat} (id, session_id, customer_id, status, hold_expires_at, cart_id, created_at, updated_at)
           values (?, ?, ?, 'held', now() + make_interval(mins => ?), ?, now(), now()) returning *`,
          [generateEntityId(undefined, "seat"), input.session_id, input.customer_id, input.hold_minutes, input.cart_id]
        )
    return seat
  }

  /**
   * The order paid for these seats: each held seat becomes confirmed. A hold that lapsed before the
   * order came in is confirmed only if a seat is still free, under the same lock; otherwise it stays
   * expired and is returned in `unseated` so the payment can be given back.
   */
  @InjectTransactionManager()
  async confirmSeats(
    input: { seat_ids: string[]; order_id: string },
    @MedusaContext() context: Db = {}
  ): Promise<{ confirmed: string[]; unseated: string[] }> {
    const { sql, t } = this.db(context)
    const confirmed: string[] = []
    const unseated: string[] = []
    for (const id of [...input.seat_ids].sort()) {
      const [found] = await sql<{ session_id: string }>(
        `select session_id from ${t.seat} where id = ? and deleted_at is null`,
        [id]
      )
      if (!found) continue
      const [session] = await sql<{ seat_limit: number }>(
        `select seat_limit from ${t.session} where id = ? for update`,
        [found.session_id]
      )
      const [seat] = await sql<SeatRow>(`select * from ${t.seat} where id = ? for update`, [id])
      if (seat.status === "confirmed") {
        if (seat.order_id === input.order_id) confirmed.push(id)
        continue
      }
      const lapsed = seat.status !== "held" || !seat.hold_expires_at || new Date(seat.hold_expires_at) <= new Date()
      if (lapsed) {
        const [{ taken }] = await sql<{ taken: number }>(
          `select count(*)::int as taken from ${t.seat} where session_id = ? and id <> ? and ${LIVE_SEAT} and deleted_at is null`,
          [found.session_id, id]
        )
        const [other] = await sql<{ id: string }>(
          `select id from ${t.seat} where session_id = ? and customer_id = ? and id <> ? and ${LIVE_SEAT} and deleted_at is null`,
          [found.session_id, seat.customer_id, id]
        )
        if (taken >= Number(session.seat_limit) || other || !["held", "expired"].includes(seat.status)) {
          unseated.push(id)
          continue
        }
      }
      await sql(
        `update ${t.seat} set status = 'confirmed', order_id = ?, confirmed_at = now(), hold_expires_at = null, updated_at = now() where id = ?`,
        [input.order_id, id]
      )
      confirmed.push(id)
    }
    return { confirmed, unseated }
  }

  /** Puts confirmed seats back to held (undoing `confirmSeats` when a later step fails). */
  @InjectTransactionManager()
  async unconfirmSeats(seatIds: string[], @MedusaContext() context: Db = {}): Promise<void> {
    if (!seatIds.length) return
    const { sql, t } = this.db(context)
    await sql(
      `update ${t.seat} set status = 'held', order_id = null, confirmed_at = null, hold_expires_at = now() + interval '5 minutes', updated_at = now()
       where id in (?) and status = 'confirmed'`,
      [seatIds]
    )
  }

  /**
   * Cancels a seat with a conditional UPDATE on the status its owner saw (under the seat's row lock):
   * of two cancels, a cancel and the order confirming the hold, or a cancel and the job letting the
   * hold lapse, exactly one wins; the other gets 409 seat_moved.
   */
  @InjectTransactionManager()
  async cancelSeat(id: string, seen: SeatStatus, @MedusaContext() context: Db = {}): Promise<SeatRow> {
    const { sql, t } = this.db(context)
    const [seat] = await sql<SeatRow>(
      `update ${t.seat} set status = 'cancelled', updated_at = now() where id = ? and status = ? and deleted_at is null returning *`,
      [id, seen]
    )
    if (!seat) {
      const [now] = await sql<{ status: SeatStatus }>(`select status from ${t.seat} where id = ?`, [id])
      throw conflict(
        SkillSchoolErrors.SEAT_MOVED,
        `This seat changed a moment ago: it is ${now?.status ?? "gone"} now.`,
        {
          seat_id: id,
          status: now?.status ?? null,
        } satisfies SkillSchoolErrorDetails["seat_moved"]
      )
    }
    return seat
  }

  /**
   * Changes a session under its row lock, the lock seat holds take: the seats taken are counted and
   * the new limit written in one transaction, so a hold arriving meanwhile cannot push the seats past
   * the limit, and a cancellation and a hold are ordered one after the other.
   */
  @InjectTransactionManager()
  async updateSessionLocked(
    input: SessionChanges,
    @MedusaContext() context: Db = {}
  ): Promise<{ before: SessionRow; after: InferTypeOf<typeof WorkshopSession> }> {
    const { sql, t } = this.db(context)
    const [before] = await sql<SessionRow>(
      `select * from ${t.session} where id = ? and deleted_at is null for update`,
      [input.id]
    )
    if (!before)
      throw notFound(SkillSchoolErrors.WORKSHOP_NOT_FOUND, `Workshop ${input.id} was not found`, {
        session_id: input.id,
      })
    if (input.seat_limit !== undefined) {
      const [{ taken }] = await sql<{ taken: number }>(
        `select count(*)::int as taken from ${t.seat} where session_id = ? and ${LIVE_SEAT} and deleted_at is null`,
        [input.id]
      )
      if (input.seat_limit < taken) {
        throw invalid(
          SkillSchoolErrors.SEAT_LIMIT_BELOW_TAKEN,
          `${taken} seats are already taken: the limit cannot go below that`,
          {
            session_id: input.id,
            taken,
          } satisfies SkillSchoolErrorDetails["seat_limit_below_taken"]
        )
      }
    }
    const after = await this.updateWorkshopSessions(input, context)
    return { before, after }
  }

  /** Lets every lapsed hold go (the job); returns the seats released. */
  @InjectTransactionManager()
  async releaseLapsedHolds(
    @MedusaContext() context: Db = {}
  ): Promise<Pick<SeatRow, "id" | "session_id" | "cart_id" | "line_item_id">[]> {
    const { sql, t } = this.db(context)
    return sql(
      `update ${t.seat} set status = 'expired', updated_at = now()
       where id in (select id from ${t.seat} where status = 'held' and hold_expires_at <= now() and deleted_at is null for update skip locked)
       returning id, session_id, cart_id, line_item_id`
    )
  }

  /** Live seats per session: what is taken, for "seats left". */
  @InjectTransactionManager()
  async takenSeats(sessionIds: string[], @MedusaContext() context: Db = {}): Promise<Record<string, number>> {
    if (!sessionIds.length) return {}
    const { sql, t } = this.db(context)
    const rows = await sql<{ session_id: string; taken: number }>(
      `select session_id, count(*)::int as taken from ${t.seat} where session_id in (?) and ${LIVE_SEAT} and deleted_at is null group by session_id`,
      [sessionIds]
    )
    return Object.fromEntries(rows.map((r) => [r.session_id, Number(r.taken)]))
  }

  /** Enrols a customer once: a second enrolment in the same course returns the first (`created: false`). */
  @InjectTransactionManager()
  async enrolOnce(
    input: { course_id: string; customer_id: string; source: EnrolmentRow["source"]; order_id?: string | null },
    @MedusaContext() context: Db = {}
  ): Promise<{ enrolment: EnrolmentRow; created: boolean }> {
    const { sql, t } = this.db(context)
    const [created] = await sql<EnrolmentRow>(
      `insert into ${t.enrolment} (id, course_id, customer_id, source, order_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, now(), now())
       on conflict (course_id, customer_id) where deleted_at is null do nothing returning *`,
      [generateEntityId(undefined, "enr"), input.course_id, input.customer_id, input.source, input.order_id ?? null]
    )
    if (created) return { enrolment: created, created: true }
    const [existing] = await sql<EnrolmentRow>(
      `select * from ${t.enrolment} where course_id = ? and customer_id = ? and deleted_at is null`,
      [input.course_id, input.customer_id]
    )
    return { enrolment: existing, created: false }
  }

  /**
   * Marks a lesson done (once) and, when it was the course's last undone lesson, completes the
   * enrolment. `completed_now` is true only for the call that completed it, so a certificate is
   * issued once however many taps arrive together.
   */
  @InjectTransactionManager()
  async completeLesson(
    input: { enrolment_id: string; lesson_id: string },
    @MedusaContext() context: Db = {}
  ): Promise<{ progress_created: boolean; done: number; total: number; completed_now: boolean }> {
    const { sql, t } = this.db(context)
    const [enrolment] = await sql<EnrolmentRow>(
      `select * from ${t.enrolment} where id = ? and deleted_at is null for update`,
      [input.enrolment_id]
    )
    if (!enrolment)
      throw notFound(SkillSchoolErrors.ENROLMENT_NOT_FOUND, "Enrolment not found", { enrolment_id: input.enrolment_id })
    const [inserted] = await sql<{ id: string }>(
      `insert into ${t.progress} (id, enrolment_id, lesson_id, completed_at, created_at, updated_at) values (?, ?, ?, now(), now(), now())
       on conflict (enrolment_id, lesson_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "lprg"), input.enrolment_id, input.lesson_id]
    )
    const [{ total, done }] = await sql<{ total: number; done: number }>(
      `select count(l.id)::int as total, count(p.id)::int as done
       from ${t.lesson} l left join ${t.progress} p on p.lesson_id = l.id and p.enrolment_id = ? and p.deleted_at is null
       where l.course_id = ? and l.deleted_at is null`,
      [input.enrolment_id, enrolment.course_id]
    )
    let completedNow = false
    if (total > 0 && done >= total && !enrolment.completed_at) {
      await sql(`update ${t.enrolment} set completed_at = now(), updated_at = now() where id = ?`, [input.enrolment_id])
      completedNow = true
    }
    return { progress_created: Boolean(inserted), done, total, completed_now: completedNow }
  }

  /** Undoes `completeLesson` (compensation): the progress row it wrote and the completion it set. */
  @InjectTransactionManager()
  async undoCompleteLesson(
    input: { enrolment_id: string; lesson_id: string; progress_created: boolean; completed_now: boolean },
    @MedusaContext() context: Db = {}
  ): Promise<void> {
    const { sql, t } = this.db(context)
    if (input.progress_created)
      await sql(`delete from ${t.progress} where enrolment_id = ? and lesson_id = ?`, [
        input.enrolment_id,
        input.lesson_id,
      ])
    if (input.completed_now)
      await sql(`update ${t.enrolment} set completed_at = null, updated_at = now() where id = ?`, [input.enrolment_id])
  }
}

export default SkillSchoolModuleService
