import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import { conflict, invalid } from "@dharavi/errors"
import Certificate from "./models/certificate"
import Course from "./models/course"
import Enrolment from "./models/enrolment"
import Lesson from "./models/lesson"
import LessonProgress from "./models/lesson-progress"
import WorkshopSeat from "./models/workshop-seat"
import WorkshopSession from "./models/workshop-session"

/** Error messages the routes turn into their own answers (Medusa hides conflict messages otherwise). */
export const SEATS_GONE = "seats_gone"
export const ALREADY_SEATED = "already_seated"

type Row = Record<string, any>

/** A seat counts while it is confirmed, or held and not yet lapsed. */
const LIVE_SEAT = `(status = 'confirmed' or (status = 'held' and hold_expires_at > now()))`

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

  /**
   * Holds a seat for a customer under the session's row lock: parallel buyers of the last seats
   * queue on the lock, and each sees the seats the one before took.
   */
  @InjectTransactionManager()
  async holdSeat(
    input: { session_id: string; customer_id: string; cart_id: string | null; hold_minutes: number; confirm?: boolean },
    @MedusaContext() context: Context = {}
  ): Promise<Row> {
    const em = context.transactionManager as any
    const [session] = await em.execute(`select * from workshop_session where id = ? and deleted_at is null for update`, [input.session_id])
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Workshop ${input.session_id} was not found`)
    if (session.status !== "scheduled" || new Date(session.starts_at) <= new Date()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This workshop is no longer taking bookings")
    }
    const [mine] = await em.execute(`select id from workshop_seat where session_id = ? and customer_id = ? and ${LIVE_SEAT} and deleted_at is null`, [
      input.session_id,
      input.customer_id,
    ])
    if (mine) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, ALREADY_SEATED)
    const [{ taken }] = await em.execute(`select count(*)::int as taken from workshop_seat where session_id = ? and ${LIVE_SEAT} and deleted_at is null`, [
      input.session_id,
    ])
    if (taken >= Number(session.seat_limit)) throw new MedusaError(MedusaError.Types.CONFLICT, SEATS_GONE)
    // A lapsed hold of this customer still holds the unique slot: let it go first.
    await em.execute(`update workshop_seat set status = 'expired', updated_at = now() where session_id = ? and customer_id = ? and status = 'held' and deleted_at is null`, [
      input.session_id,
      input.customer_id,
    ])
    // A free seat is taken at once; a paid one is held while its buyer checks out.
    const [seat] = input.confirm
      ? await em.execute(
          `insert into workshop_seat (id, session_id, customer_id, status, confirmed_at, created_at, updated_at)
           values (?, ?, ?, 'confirmed', now(), now(), now()) returning *`,
          [generateEntityId(undefined, "seat"), input.session_id, input.customer_id]
        )
      : await em.execute(
          `insert into workshop_seat (id, session_id, customer_id, status, hold_expires_at, cart_id, created_at, updated_at)
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
    @MedusaContext() context: Context = {}
  ): Promise<{ confirmed: string[]; unseated: string[] }> {
    const em = context.transactionManager as any
    const confirmed: string[] = []
    const unseated: string[] = []
    for (const id of [...input.seat_ids].sort()) {
      const [found] = await em.execute(`select session_id from workshop_seat where id = ? and deleted_at is null`, [id])
      if (!found) continue
      const [session] = await em.execute(`select seat_limit from workshop_session where id = ? for update`, [found.session_id])
      const [seat] = await em.execute(`select * from workshop_seat where id = ? for update`, [id])
      if (seat.status === "confirmed") {
        if (seat.order_id === input.order_id) confirmed.push(id)
        continue
      }
      const lapsed = seat.status !== "held" || !seat.hold_expires_at || new Date(seat.hold_expires_at) <= new Date()
      if (lapsed) {
        const [{ taken }] = await em.execute(
          `select count(*)::int as taken from workshop_seat where session_id = ? and id <> ? and ${LIVE_SEAT} and deleted_at is null`,
          [found.session_id, id]
        )
        const [other] = await em.execute(
          `select id from workshop_seat where session_id = ? and customer_id = ? and id <> ? and ${LIVE_SEAT} and deleted_at is null`,
          [found.session_id, seat.customer_id, id]
        )
        if (taken >= Number(session.seat_limit) || other || !["held", "expired"].includes(seat.status)) {
          unseated.push(id)
          continue
        }
      }
      await em.execute(
        `update workshop_seat set status = 'confirmed', order_id = ?, confirmed_at = now(), hold_expires_at = null, updated_at = now() where id = ?`,
        [input.order_id, id]
      )
      confirmed.push(id)
    }
    return { confirmed, unseated }
  }

  /** Puts confirmed seats back to held (undoing `confirmSeats` when a later step fails). */
  @InjectTransactionManager()
  async unconfirmSeats(seatIds: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!seatIds.length) return
    const em = context.transactionManager as any
    await em.execute(
      `update workshop_seat set status = 'held', order_id = null, confirmed_at = null, hold_expires_at = now() + interval '5 minutes', updated_at = now()
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
  async cancelSeat(id: string, seen: string, @MedusaContext() context: Context = {}): Promise<Row> {
    const em = context.transactionManager as any
    const [seat] = await em.execute(
      `update workshop_seat set status = 'cancelled', updated_at = now() where id = ? and status = ? and deleted_at is null returning *`,
      [id, seen]
    )
    if (!seat) {
      const [now] = await em.execute(`select status from workshop_seat where id = ?`, [id])
      throw conflict("seat_moved", `This seat changed a moment ago: it is ${now?.status ?? "gone"} now.`, { seat_id: id, status: now?.status ?? null })
    }
    return seat
  }

  /**
   * Changes a session under its row lock, the lock seat holds take: the seats taken are counted and
   * the new limit written in one transaction, so a hold arriving meanwhile cannot push the seats past
   * the limit, and a cancellation and a hold are ordered one after the other.
   */
  @InjectTransactionManager()
  async updateSessionLocked(input: Row & { id: string }, @MedusaContext() context: Context = {}): Promise<{ before: Row; after: Row }> {
    const em = context.transactionManager as any
    const [before] = await em.execute(`select * from workshop_session where id = ? and deleted_at is null for update`, [input.id])
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Workshop ${input.id} was not found`)
    if (input.seat_limit !== undefined) {
      const [{ taken }] = await em.execute(`select count(*)::int as taken from workshop_seat where session_id = ? and ${LIVE_SEAT} and deleted_at is null`, [input.id])
      if (input.seat_limit < taken) {
        throw invalid("seat_limit_below_taken", `${taken} seats are already taken: the limit cannot go below that`, { taken })
      }
    }
    const after = await this.updateWorkshopSessions(input as any, context)
    return { before, after }
  }

  /** Lets every lapsed hold go (the job); returns the seats released. */
  @InjectTransactionManager()
  async releaseLapsedHolds(@MedusaContext() context: Context = {}): Promise<Row[]> {
    const em = context.transactionManager as any
    return em.execute(
      `update workshop_seat set status = 'expired', updated_at = now()
       where id in (select id from workshop_seat where status = 'held' and hold_expires_at <= now() and deleted_at is null for update skip locked)
       returning id, session_id, cart_id, line_item_id`
    )
  }

  /** Live seats per session: what is taken, for "seats left". */
  @InjectTransactionManager()
  async takenSeats(sessionIds: string[], @MedusaContext() context: Context = {}): Promise<Record<string, number>> {
    if (!sessionIds.length) return {}
    const em = context.transactionManager as any
    const rows = await em.execute(
      `select session_id, count(*)::int as taken from workshop_seat where session_id in (?) and ${LIVE_SEAT} and deleted_at is null group by session_id`,
      [sessionIds]
    )
    return Object.fromEntries(rows.map((r: Row) => [r.session_id, Number(r.taken)]))
  }

  /** Enrols a customer once: a second enrolment in the same course returns the first (`created: false`). */
  @InjectTransactionManager()
  async enrolOnce(
    input: { course_id: string; customer_id: string; source: "order" | "free" | "workshop" | "admin"; order_id?: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<{ enrolment: Row; created: boolean }> {
    const em = context.transactionManager as any
    const [created] = await em.execute(
      `insert into enrolment (id, course_id, customer_id, source, order_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, now(), now())
       on conflict (course_id, customer_id) where deleted_at is null do nothing returning *`,
      [generateEntityId(undefined, "enr"), input.course_id, input.customer_id, input.source, input.order_id ?? null]
    )
    if (created) return { enrolment: created, created: true }
    const [existing] = await em.execute(`select * from enrolment where course_id = ? and customer_id = ? and deleted_at is null`, [
      input.course_id,
      input.customer_id,
    ])
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
    @MedusaContext() context: Context = {}
  ): Promise<{ progress_created: boolean; done: number; total: number; completed_now: boolean }> {
    const em = context.transactionManager as any
    const [enrolment] = await em.execute(`select * from enrolment where id = ? and deleted_at is null for update`, [input.enrolment_id])
    if (!enrolment) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Enrolment not found")
    const [inserted] = await em.execute(
      `insert into lesson_progress (id, enrolment_id, lesson_id, completed_at, created_at, updated_at) values (?, ?, ?, now(), now(), now())
       on conflict (enrolment_id, lesson_id) where deleted_at is null do nothing returning id`,
      [generateEntityId(undefined, "lprg"), input.enrolment_id, input.lesson_id]
    )
    const [{ total, done }] = await em.execute(
      `select count(l.id)::int as total, count(p.id)::int as done
       from lesson l left join lesson_progress p on p.lesson_id = l.id and p.enrolment_id = ? and p.deleted_at is null
       where l.course_id = ? and l.deleted_at is null`,
      [input.enrolment_id, enrolment.course_id]
    )
    let completedNow = false
    if (total > 0 && done >= total && !enrolment.completed_at) {
      await em.execute(`update enrolment set completed_at = now(), updated_at = now() where id = ?`, [input.enrolment_id])
      completedNow = true
    }
    return { progress_created: Boolean(inserted), done, total, completed_now: completedNow }
  }

  /** Undoes `completeLesson` (compensation): the progress row it wrote and the completion it set. */
  @InjectTransactionManager()
  async undoCompleteLesson(
    input: { enrolment_id: string; lesson_id: string; progress_created: boolean; completed_now: boolean },
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const em = context.transactionManager as any
    if (input.progress_created) await em.execute(`delete from lesson_progress where enrolment_id = ? and lesson_id = ?`, [input.enrolment_id, input.lesson_id])
    if (input.completed_now) await em.execute(`update enrolment set completed_at = null, updated_at = now() where id = ?`, [input.enrolment_id])
  }
}

export default SkillSchoolModuleService
