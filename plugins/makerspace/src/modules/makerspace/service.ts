import { randomBytes } from "crypto"
import type { BigNumberInput, Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaService,
  generateEntityId,
  toMikroORMEntity,
} from "@medusajs/framework/utils"
import { conflict, notAllowed, notFound } from "@dharavi/errors"
import { MakerspaceErrors, type BookingStatus, type MakerspaceErrorDetails } from "../../contract"
import BookableUnit from "./models/bookable-unit"
import Booking from "./models/booking"
import CustomerQualification from "./models/customer-qualification"
import Outage from "./models/outage"
import Qualification from "./models/qualification"
import ToolHouse from "./models/tool-house"

/** 409 slot_taken: someone else holds (part of) that time. */
export const slotTaken = (starts_at: Date, ends_at: Date) =>
  conflict<MakerspaceErrorDetails["slot_taken"]>(
    MakerspaceErrors.SLOT_TAKEN,
    "That time was just booked by someone else. Please pick another slot.",
    {
      starts_at: starts_at.toISOString(),
      ends_at: ends_at.toISOString(),
    }
  )

/**
 * 409 hold_race: two transactions inserting conflicting rows under an exclusion constraint can each
 * wait for the other; PostgreSQL then aborts one with a deadlock (40P01). Nothing was written: the
 * caller tries again.
 */
export const holdRace = (unit_id: string) =>
  conflict<MakerspaceErrorDetails["hold_race"]>(
    MakerspaceErrors.HOLD_RACE,
    "Someone was booking the same time at that moment; try again",
    { unit_id }
  )

/** Whether an error is one of the module's coded errors with this code. */
export const hasCode = (error: unknown, code: string) => (error as { code?: unknown } | null)?.code === code

export type HoldInput = {
  unit_id: string
  customer_id: string
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  hold_minutes: number
  cart_id?: string | null
  /** Enforced with the same transaction's advisory lock: booked minutes per customer per local day. */
  daily_cap?: { minutes: number; day_start: Date; day_end: Date } | null
}

/** A booking as PostgreSQL returns it to raw SQL (numeric columns may come back as strings). */
export type BookingRow = {
  id: string
  unit_id: string
  customer_id: string
  starts_at: Date
  ends_at: Date
  blocked_from: Date
  blocked_until: Date
  status: BookingStatus
  hold_expires_at: Date | null
  cart_id: string | null
  line_item_id: string | null
  order_id: string | null
  check_in_code: string
  amount: BigNumberInput | null
  currency_code: string | null
  cancelled_at: Date | null
  refund_amount: BigNumberInput | null
  payment_id: string | null
  refund_id: string | null
  checked_in_at: Date | null
  created_at: Date
  updated_at: Date
  [column: string]: unknown
}

/**
 * Raw SQL stays where PostgreSQL is the point (the exclusion constraint, row and advisory locks,
 * conditional status moves, one-query range reads); the table is named through the ORM's metadata.
 */
function sql(em: SqlEntityManager) {
  const run = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    (await em.execute(query, params)) as T[]
  return { run, bookings: em.getMetadata().get(toMikroORMEntity(Booking).name).tableName }
}
const tx = (context: Context) => sql(context.transactionManager as SqlEntityManager)

/** Plugin options (medusa-config `plugins: [{ resolve: "@dharavi/makerspace", options }]`). */
export type MakerspaceOptions = {
  /** How long a slot is held during checkout. */
  hold_minutes?: number
  /** Cancelling at least this many hours before the start is free. */
  free_cancellation_hours?: number
  /** Share of the price kept when cancelling later than that. */
  late_cancellation_fee_percent?: number
  /** Confirmed bookings not checked in this long after their start are released as no-shows. */
  no_show_grace_minutes?: number
}

/** Ten characters from an alphabet without look-alikes (0/O, 1/I), for QR codes and reading aloud. */
function checkInCode() {
  const alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("")
}

class MakerspaceModuleService extends MedusaService({
  ToolHouse,
  BookableUnit,
  Outage,
  Booking,
  Qualification,
  CustomerQualification,
}) {
  protected readonly options_: Required<MakerspaceOptions>

  constructor(container: Record<string, unknown>, options: MakerspaceOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = {
      hold_minutes: options.hold_minutes ?? 15,
      free_cancellation_hours: options.free_cancellation_hours ?? 24,
      late_cancellation_fee_percent: options.late_cancellation_fee_percent ?? 50,
      no_show_grace_minutes: options.no_show_grace_minutes ?? 30,
    }
  }

  /** The booking policy in force (options with their defaults). */
  policy(): Required<MakerspaceOptions> {
    return this.options_
  }

  /**
   * Holds a slot on one unit, in one transaction: lapsed holds on the unit are expired first, the
   * customer's daily cap is checked under an advisory lock, and the insert relies on the exclusion
   * constraint, so two overlapping holds can never both succeed, however many arrive at once.
   */
  @InjectTransactionManager()
  async holdSlot(input: HoldInput, @MedusaContext() context: Context = {}): Promise<BookingRow> {
    const db = tx(context)
    await db.run(
      `update ${db.bookings} set status = 'expired', updated_at = now()
       where unit_id = ? and status = 'held' and hold_expires_at < now() and deleted_at is null`,
      [input.unit_id]
    )
    if (input.daily_cap) {
      const day = input.daily_cap.day_start.toISOString()
      await db.run(`select pg_advisory_xact_lock(hashtext(?))`, [
        `booking-cap:${input.customer_id}:${input.unit_id}:${day}`,
      ])
      const [{ minutes }] = await db.run<{ minutes: number }>(
        `select coalesce(sum(extract(epoch from ends_at - starts_at) / 60), 0)::float as minutes from ${db.bookings}
         where customer_id = ? and unit_id = ? and status in ('held', 'confirmed', 'checked_in') and deleted_at is null
           and starts_at >= ? and starts_at < ?`,
        [input.customer_id, input.unit_id, input.daily_cap.day_start, input.daily_cap.day_end]
      )
      const wanted = (input.ends_at.getTime() - input.starts_at.getTime()) / 60000
      if (Number(minutes) + wanted > input.daily_cap.minutes) {
        throw notAllowed<MakerspaceErrorDetails["daily_cap_reached"]>(
          MakerspaceErrors.DAILY_CAP_REACHED,
          `You can book this unit for at most ${input.daily_cap.minutes} minutes a day; you already have ${Number(minutes)}`,
          { unit_id: input.unit_id, cap_minutes: input.daily_cap.minutes, booked_minutes: Number(minutes) }
        )
      }
    }
    const id = generateEntityId(undefined, "bkg")
    try {
      await db.run(
        `insert into ${db.bookings} (id, unit_id, customer_id, starts_at, ends_at, blocked_from, blocked_until, status,
           hold_expires_at, cart_id, check_in_code, created_at, updated_at)
         values (?, ?, ?, ?, ?, ?, ?, 'held', now() + make_interval(mins => ?), ?, ?, now(), now())`,
        [
          id,
          input.unit_id,
          input.customer_id,
          input.starts_at,
          input.ends_at,
          input.blocked_from,
          input.blocked_until,
          input.hold_minutes,
          input.cart_id ?? null,
          checkInCode(),
        ]
      )
    } catch (error) {
      const pg = error as { code?: string; name?: string; message?: string } | null
      if (pg?.code === "23P01" || /booking_no_overlap/.test(String(pg?.message)))
        throw slotTaken(input.starts_at, input.ends_at)
      if (pg?.code === "40P01" || pg?.name === "DeadlockException") throw holdRace(input.unit_id)
      throw error
    }
    const [row] = await db.run<BookingRow>(`select * from ${db.bookings} where id = ?`, [id])
    return row
  }

  /**
   * Time the units are occupied between `from` and `to`: live bookings' blocked ranges, leaving out
   * holds that have lapsed but not been expired yet. One query, no entity hydration: a busy month is
   * thousands of rows.
   */
  @InjectManager()
  async occupiedRanges(
    unitIds: string[],
    from: Date,
    to: Date,
    @MedusaContext() context: Context = {}
  ): Promise<{ unit_id: string; from: Date; to: Date }[]> {
    if (!unitIds.length) return []
    const db = sql(context.manager as SqlEntityManager)
    const rows = await db.run<{ unit_id: string; blocked_from: Date; blocked_until: Date }>(
      `select unit_id, blocked_from, blocked_until from ${db.bookings}
       where unit_id in (${unitIds.map(() => "?").join(", ")}) and deleted_at is null and blocked_until > ? and blocked_from < ?
         and (status in ('confirmed', 'checked_in') or (status = 'held' and hold_expires_at >= now()))`,
      [...unitIds, from, to]
    )
    return rows.map((r) => ({ unit_id: r.unit_id, from: new Date(r.blocked_from), to: new Date(r.blocked_until) }))
  }

  /**
   * Cancels a live booking (held or confirmed) in one transaction: the row is locked (`FOR UPDATE`),
   * the refund the policy gives is computed from it, and the status changes only if it still is
   * held or confirmed, so of any number of racing cancels exactly one wins; the others get 409
   * `booking_not_cancellable` and change nothing.
   */
  @InjectTransactionManager()
  async cancelBooking(
    input: { booking_id: string; customer_id?: string; free_until_hours: number; late_fee_percent: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ booking: BookingRow; refund: number; previous_status: BookingStatus }> {
    const db = tx(context)
    const [booking] = await db.run<BookingRow>(
      `select * from ${db.bookings} where id = ? and deleted_at is null ${input.customer_id ? "and customer_id = ?" : ""} for update`,
      input.customer_id ? [input.booking_id, input.customer_id] : [input.booking_id]
    )
    if (!booking) throw bookingNotFound(input.booking_id)
    if (!["held", "confirmed"].includes(booking.status)) {
      throw notCancellable(`A ${booking.status} booking cannot be cancelled`, booking.status)
    }
    // Confirmed by its order but the capture not noted yet: a refund now would find nothing captured.
    if (
      booking.status === "confirmed" &&
      booking.order_id &&
      !booking.payment_id &&
      MathBN.gt(booking.amount ?? 0, 0)
    ) {
      throw conflict<MakerspaceErrorDetails["booking_payment_pending"]>(
        MakerspaceErrors.BOOKING_PAYMENT_PENDING,
        "This booking's payment is still being taken; try again in a moment",
        { status: booking.status }
      )
    }
    const hoursAhead = (new Date(booking.starts_at).getTime() - Date.now()) / 3600_000
    const paid = MathBN.convert(booking.amount ?? 0)
    // A hold was never paid for; a late cancellation keeps the fee (to the paisa).
    const refund =
      booking.status === "held"
        ? 0
        : hoursAhead >= input.free_until_hours
          ? paid.toNumber()
          : MathBN.convert(MathBN.div(MathBN.mult(paid, 100 - input.late_fee_percent), 100), 2).toNumber()
    const [updated] = await db.run<BookingRow>(
      `update ${db.bookings} set status = 'cancelled', cancelled_at = now(), refund_amount = ?, raw_refund_amount = ?, updated_at = now()
       where id = ? and status in ('held', 'confirmed') returning *`,
      [refund, JSON.stringify({ value: String(refund), precision: 20 }), booking.id]
    )
    if (!updated) throw notCancellable("This booking is no longer live", booking.status)
    return { booking: updated, refund, previous_status: booking.status }
  }

  /**
   * Undoes a cancellation whose refund failed: the booking is live again as it was. Conditional on it
   * still being the cancelled booking, so it never overwrites a later change.
   */
  @InjectTransactionManager()
  async restoreCancelledBooking(
    id: string,
    status: BookingStatus,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const db = tx(context)
    await db.run(
      `update ${db.bookings} set status = ?, cancelled_at = null, refund_amount = null, raw_refund_amount = null, updated_at = now()
       where id = ? and status = 'cancelled'`,
      [status, id]
    )
  }

  /**
   * Checks in the confirmed booking with this code, from 30 minutes before its start: one
   * conditional update, so of two desks scanning the same QR exactly one checks it in; the other
   * gets 409 `booking_already_checked_in`.
   */
  @InjectTransactionManager()
  async checkIn(code: string, @MedusaContext() context: Context = {}): Promise<BookingRow> {
    const db = tx(context)
    const [updated] = await db.run<BookingRow>(
      `update ${db.bookings} set status = 'checked_in', checked_in_at = now(), updated_at = now()
       where check_in_code = ? and deleted_at is null and status = 'confirmed' and starts_at - interval '30 minutes' <= now()
       returning *`,
      [code]
    )
    if (updated) return updated
    const [booking] = await db.run<Pick<BookingRow, "id" | "status" | "starts_at" | "checked_in_at">>(
      `select id, status, starts_at, checked_in_at from ${db.bookings} where check_in_code = ? and deleted_at is null`,
      [code]
    )
    if (!booking)
      throw notFound<MakerspaceErrorDetails["booking_not_found"]>(
        MakerspaceErrors.BOOKING_NOT_FOUND,
        "No booking has that check-in code",
        {}
      )
    if (booking.status === "checked_in") {
      throw conflict<MakerspaceErrorDetails["booking_already_checked_in"]>(
        MakerspaceErrors.BOOKING_ALREADY_CHECKED_IN,
        "This booking is already checked in",
        {
          status: booking.status,
          checked_in_at: new Date(booking.checked_in_at!).toISOString(),
        }
      )
    }
    if (booking.status !== "confirmed") {
      throw notAllowed<MakerspaceErrorDetails["booking_not_confirmed"]>(
        MakerspaceErrors.BOOKING_NOT_CONFIRMED,
        `This booking is ${booking.status}, not confirmed`,
        {
          status: booking.status,
        }
      )
    }
    throw notAllowed<MakerspaceErrorDetails["check_in_not_open"]>(
      MakerspaceErrors.CHECK_IN_NOT_OPEN,
      "Check-in opens 30 minutes before the booking starts",
      {
        starts_at: new Date(booking.starts_at).toISOString(),
      }
    )
  }

  /**
   * Confirms the held bookings an order paid for: a conditional update, so a booking cancelled or
   * expired meanwhile is left as it is. Returns the ids confirmed.
   */
  @InjectTransactionManager()
  async confirmHeldBookings(
    rows: { id: string; order_id: string; customer_id: string; amount: number; currency_code: string }[],
    @MedusaContext() context: Context = {}
  ): Promise<string[]> {
    const db = tx(context)
    const ids: string[] = []
    for (const r of rows) {
      const [done] = await db.run<{ id: string }>(
        `update ${db.bookings} set status = 'confirmed', order_id = ?, hold_expires_at = null, amount = ?, raw_amount = ?, currency_code = ?, updated_at = now()
         where id = ? and customer_id = ? and status = 'held' and deleted_at is null returning id`,
        [
          r.order_id,
          r.amount,
          JSON.stringify({ value: String(r.amount), precision: 20 }),
          r.currency_code,
          r.id,
          r.customer_id,
        ]
      )
      if (done) ids.push(done.id)
    }
    return ids
  }

  /** Lapsed holds everywhere become `expired`; returns how many. Run by a scheduled job. */
  @InjectTransactionManager()
  async expireLapsedHolds(@MedusaContext() context: Context = {}): Promise<number> {
    const db = tx(context)
    const rows = await db.run(
      `update ${db.bookings} set status = 'expired', updated_at = now()
       where status = 'held' and hold_expires_at < now() and deleted_at is null returning id`
    )
    return rows.length
  }

  /** Confirmed bookings whose start plus the grace period passed without a check-in become `no_show`. */
  @InjectTransactionManager()
  async releaseNoShows(graceMinutes: number, @MedusaContext() context: Context = {}): Promise<string[]> {
    const db = tx(context)
    const rows = await db.run<{ id: string }>(
      `update ${db.bookings} set status = 'no_show', updated_at = now()
       where status = 'confirmed' and starts_at + make_interval(mins => ?) < now() and deleted_at is null returning id`,
      [graceMinutes]
    )
    return rows.map((r) => r.id)
  }
}

/** 404 booking_not_found */
export const bookingNotFound = (id: string) =>
  notFound<MakerspaceErrorDetails["booking_not_found"]>(
    MakerspaceErrors.BOOKING_NOT_FOUND,
    `Booking ${id} was not found`,
    { id }
  )

/** 409 booking_not_cancellable, with the status the booking has. */
const notCancellable = (message: string, status: BookingStatus) =>
  conflict<MakerspaceErrorDetails["booking_not_cancellable"]>(MakerspaceErrors.BOOKING_NOT_CANCELLABLE, message, {
    status,
  })

export default MakerspaceModuleService
