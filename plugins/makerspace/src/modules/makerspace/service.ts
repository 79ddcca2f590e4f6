import { randomBytes } from "crypto"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import BookableUnit from "./models/bookable-unit"
import Booking from "./models/booking"
import CustomerQualification from "./models/customer-qualification"
import Outage from "./models/outage"
import Qualification from "./models/qualification"
import ToolHouse from "./models/tool-house"

export const SLOT_TAKEN = "slot_taken"
/**
 * Two transactions inserting conflicting rows under an exclusion constraint can each wait for the
 * other; PostgreSQL then aborts one with a deadlock (40P01). Nothing was written: the caller tries again.
 */
export const HOLD_RACE = "hold_race"

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

type Row = Record<string, any>

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
  async holdSlot(input: HoldInput, @MedusaContext() context: Context = {}): Promise<Row> {
    const em = context.transactionManager as any
    await em.execute(
      `update booking set status = 'expired', updated_at = now()
       where unit_id = ? and status = 'held' and hold_expires_at < now() and deleted_at is null`,
      [input.unit_id]
    )
    if (input.daily_cap) {
      const day = input.daily_cap.day_start.toISOString()
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`booking-cap:${input.customer_id}:${input.unit_id}:${day}`])
      const [{ minutes }] = await em.execute(
        `select coalesce(sum(extract(epoch from ends_at - starts_at) / 60), 0)::float as minutes from booking
         where customer_id = ? and unit_id = ? and status in ('held', 'confirmed', 'checked_in') and deleted_at is null
           and starts_at >= ? and starts_at < ?`,
        [input.customer_id, input.unit_id, input.daily_cap.day_start, input.daily_cap.day_end]
      )
      const wanted = (input.ends_at.getTime() - input.starts_at.getTime()) / 60000
      if (Number(minutes) + wanted > input.daily_cap.minutes) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `You can book this unit for at most ${input.daily_cap.minutes} minutes a day; you already have ${Number(minutes)}`
        )
      }
    }
    const id = generateEntityId(undefined, "bkg")
    try {
      await em.execute(
        `insert into booking (id, unit_id, customer_id, starts_at, ends_at, blocked_from, blocked_until, status,
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
    } catch (error: any) {
      if (error?.code === "23P01" || /booking_no_overlap/.test(String(error?.message))) {
        throw new MedusaError(MedusaError.Types.CONFLICT, SLOT_TAKEN)
      }
      if (error?.code === "40P01" || error?.name === "DeadlockException") {
        throw new MedusaError(MedusaError.Types.CONFLICT, HOLD_RACE)
      }
      throw error
    }
    const [row] = await em.execute(`select * from booking where id = ?`, [id])
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
    const em = context.manager as any
    const rows = await em.execute(
      `select unit_id, blocked_from, blocked_until from booking
       where unit_id in (${unitIds.map(() => "?").join(", ")}) and deleted_at is null and blocked_until > ? and blocked_from < ?
         and (status in ('confirmed', 'checked_in') or (status = 'held' and hold_expires_at >= now()))`,
      [...unitIds, from, to]
    )
    return rows.map((r: Row) => ({ unit_id: r.unit_id, from: new Date(r.blocked_from), to: new Date(r.blocked_until) }))
  }

  /** Lapsed holds everywhere become `expired`; returns how many. Run by a scheduled job. */
  @InjectTransactionManager()
  async expireLapsedHolds(@MedusaContext() context: Context = {}): Promise<number> {
    const em = context.transactionManager as any
    const rows = await em.execute(
      `update booking set status = 'expired', updated_at = now()
       where status = 'held' and hold_expires_at < now() and deleted_at is null returning id`
    )
    return rows.length
  }

  /** Confirmed bookings whose start plus the grace period passed without a check-in become `no_show`. */
  @InjectTransactionManager()
  async releaseNoShows(graceMinutes: number, @MedusaContext() context: Context = {}): Promise<string[]> {
    const em = context.transactionManager as any
    const rows = await em.execute(
      `update booking set status = 'no_show', updated_at = now()
       where status = 'confirmed' and starts_at + make_interval(mins => ?) < now() and deleted_at is null returning id`,
      [graceMinutes]
    )
    return rows.map((r: Row) => r.id)
  }
}

export default MakerspaceModuleService
