import type { BigNumberInput } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { forbidden, invalid, notFound } from "@dharavi/errors"
import { MakerspaceErrors, type MakerspaceErrorDetails, type NotBookableReason, type UnitKind } from "../../contract"
import {
  blockedRange,
  localDayBounds,
  unitOpenIntervals,
  whyNotBookable,
  type Interval,
  type OpeningHours,
} from "../../lib/availability"
import { localDate } from "../../lib/zoned-time"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"
import { hasCode, slotTaken, type BookingRow } from "../../modules/makerspace/service"

export type BookingRequest = {
  customer_id: string
  unit_id?: string
  /** "Any bench in this tool-house": the first free unit of the kind is held. */
  tool_house_id?: string
  kind?: UnitKind
  starts_at: string | Date
  ends_at: string | Date
  cart_id?: string | null
}

export type Candidate = {
  unit_id: string
  unit_name: string
  blocked_from: Date
  blocked_until: Date
  daily_cap: { minutes: number; day_start: Date; day_end: Date } | null
}

/**
 * Checks a request against the tool-house's hours, outages, the units' rules, the customer's
 * qualifications and the bookings already made, and returns the units that could take it.
 */
export const planBookingStep = createStep("plan-booking", async (input: BookingRequest, { container }) => {
  const makerspace = container.resolve(MAKERSPACE_MODULE)
  const start = new Date(input.starts_at)
  const end = new Date(input.ends_at)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "starts_at and ends_at must be ISO date-times")
  }
  const units = input.unit_id
    ? await makerspace.listBookableUnits({ id: input.unit_id, active: true }, { relations: ["tool_house"] })
    : await makerspace.listBookableUnits(
        { tool_house_id: input.tool_house_id, kind: input.kind ?? "bench", active: true },
        { relations: ["tool_house"], order: { name: "ASC" } }
      )
  if (!units.length || units[0].tool_house.status !== "active") {
    throw notFound<MakerspaceErrorDetails["unit_not_found"]>(
      MakerspaceErrors.UNIT_NOT_FOUND,
      "No bookable unit matches that request",
      {
        unit_id: input.unit_id ?? null,
        tool_house_id: input.tool_house_id ?? null,
        kind: input.unit_id ? null : (input.kind ?? "bench"),
      }
    )
  }
  const house = units[0].tool_house
  const now = new Date()
  // One request is for units of one kind (a unit, or any unit of a kind).
  const open = unitOpenIntervals(
    units[0].kind,
    house.opening_hours as OpeningHours,
    house.timezone,
    localDate(start, house.timezone),
    localDate(end, house.timezone)
  )
  const outages = await makerspace.listOutages({
    tool_house_id: house.id,
    starts_at: { $lt: new Date(end.getTime() + 24 * 3600_000) },
    ends_at: { $gt: new Date(start.getTime() - 24 * 3600_000) },
  })
  const occupied = await makerspace.occupiedRanges(
    units.map((u) => u.id),
    new Date(start.getTime() - 24 * 3600_000),
    new Date(end.getTime() + 24 * 3600_000)
  )
  const qualifications = await makerspace.listCustomerQualifications({ customer_id: input.customer_id })
  const qualified = new Set(qualifications.map((q) => q.qualification_id))

  // The first reason a unit refused the time: the answer when none can take it.
  let firstReason: { code: string; message: string; unit_id: string; qualification_id?: string } | null = null
  const candidates: Candidate[] = []
  for (const unit of units) {
    if (unit.required_qualification_id && !qualified.has(unit.required_qualification_id)) {
      firstReason ??= {
        code: "not_qualified",
        message: `${unit.name} needs a qualification you do not hold yet`,
        unit_id: unit.id,
        qualification_id: unit.required_qualification_id,
      }
      continue
    }
    const rules = {
      min_minutes: unit.min_minutes,
      max_minutes: unit.max_minutes,
      slot_minutes: unit.slot_minutes,
      min_notice_minutes: unit.min_notice_minutes,
      max_advance_days: unit.max_advance_days,
      buffer_before_minutes: unit.buffer_before_minutes,
      buffer_after_minutes: unit.buffer_after_minutes,
    }
    const closed: Interval[] = outages
      .filter((o) => !o.unit_id || o.unit_id === unit.id)
      .map((o) => ({ from: new Date(o.starts_at), to: new Date(o.ends_at) }))
    const taken: Interval[] = occupied.filter((o) => o.unit_id === unit.id)
    const reason = whyNotBookable({ start, end, now, rules, timeZone: house.timezone, open, closed, taken })
    if (reason) {
      firstReason ??= { ...reason, unit_id: unit.id }
      continue
    }
    const blocked = blockedRange(start, end, rules)
    const day = localDayBounds(start, house.timezone)
    candidates.push({
      unit_id: unit.id,
      unit_name: unit.name,
      blocked_from: blocked.from,
      blocked_until: blocked.to,
      daily_cap: unit.daily_cap_minutes
        ? { minutes: unit.daily_cap_minutes, day_start: day.from, day_end: day.to }
        : null,
    })
  }
  if (!candidates.length) {
    if (!firstReason) throw new MedusaError(MedusaError.Types.INVALID_DATA, "That time cannot be booked")
    if (firstReason.code === "taken") throw slotTaken(start, end)
    if (firstReason.code === "not_qualified") {
      throw forbidden<MakerspaceErrorDetails["qualification_required"]>(
        MakerspaceErrors.QUALIFICATION_REQUIRED,
        firstReason.message,
        {
          unit_id: firstReason.unit_id,
          qualification_id: firstReason.qualification_id!,
        }
      )
    }
    throw invalid<MakerspaceErrorDetails["booking_not_bookable"]>(
      MakerspaceErrors.BOOKING_NOT_BOOKABLE,
      firstReason.message,
      {
        reason: firstReason.code as NotBookableReason,
        unit_id: firstReason.unit_id,
      }
    )
  }
  return new StepResponse({ start, end, candidates, tool_house_id: house.id })
})

/**
 * One unit's hold: the booking, or null when the slot is taken. A deadlock between racing inserts
 * aborts one of them with nothing written, so that unit is tried again (a few times, with jitter).
 */
async function holdWithRetry(hold: () => Promise<BookingRow>, attempts = 5): Promise<BookingRow | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await hold()
    } catch (error) {
      if (hasCode(error, MakerspaceErrors.HOLD_RACE) && attempt < attempts) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt))
        continue
      }
      if (hasCode(error, MakerspaceErrors.SLOT_TAKEN) || hasCode(error, MakerspaceErrors.HOLD_RACE)) return null
      throw error
    }
  }
}

/**
 * Holds the first candidate unit PostgreSQL accepts. Each try is its own transaction, so losing a
 * race on one bench moves on to the next; the exclusion constraint decides every race.
 */
export const holdBookingStep = createStep(
  "hold-booking",
  async (
    input: {
      customer_id: string
      start: Date
      end: Date
      candidates: Candidate[]
      cart_id?: string | null
      hold_minutes: number
    },
    { container }
  ) => {
    const makerspace = container.resolve(MAKERSPACE_MODULE)
    for (const candidate of input.candidates) {
      const booking = await holdWithRetry(() =>
        makerspace.holdSlot({
          unit_id: candidate.unit_id,
          customer_id: input.customer_id,
          starts_at: new Date(input.start),
          ends_at: new Date(input.end),
          blocked_from: new Date(candidate.blocked_from),
          blocked_until: new Date(candidate.blocked_until),
          hold_minutes: input.hold_minutes,
          cart_id: input.cart_id,
          daily_cap: candidate.daily_cap
            ? {
                ...candidate.daily_cap,
                day_start: new Date(candidate.daily_cap.day_start),
                day_end: new Date(candidate.daily_cap.day_end),
              }
            : null,
        })
      )
      if (booking) return new StepResponse(booking, booking.id)
    }
    throw slotTaken(new Date(input.start), new Date(input.end))
  },
  async (id, { container }) => {
    if (id) await container.resolve(MAKERSPACE_MODULE).updateBookings({ id, status: "expired" })
  }
)

/**
 * Cancels a customer's booking; returns the refund due under the cancellation policy. The status
 * change is a conditional update under the row's lock (`cancelBooking`): a second cancel gets 409
 * `booking_not_cancellable`. Compensation (the refund failed) makes the booking live again.
 */
export const cancelBookingStep = createStep(
  "cancel-booking",
  async (
    input: { booking_id: string; customer_id?: string; free_until_hours: number; late_fee_percent: number },
    { container }
  ) => {
    const makerspace = container.resolve(MAKERSPACE_MODULE)
    const { refund, previous_status } = await makerspace.cancelBooking(input)
    const booking = await makerspace.retrieveBooking(input.booking_id)
    return new StepResponse({ booking, refund, previous_status }, { id: booking.id, status: previous_status })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(MAKERSPACE_MODULE).restoreCancelledBooking(undo.id, undo.status)
  }
)

export type BookingOfOrder = {
  id: string
  order_id: string
  customer_id: string
  amount: number
  currency_code: string
}

/** The bookings an order's lines pay for, at the lines' prices (reads only). */
export const orderBookingsStep = createStep("order-bookings", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "currency_code", "items.id", "items.unit_price", "items.metadata"],
    filters: { id: input.order_id },
  })
  const order = orders[0] as
    | {
        id: string
        customer_id: string
        currency_code: string
        items?: ({ unit_price: BigNumberInput; metadata?: Record<string, unknown> | null } | null)[] | null
      }
    | undefined
  const lines = (order?.items ?? []).flatMap((i) =>
    i && typeof i.metadata?.booking_id === "string"
      ? [{ booking_id: i.metadata.booking_id, unit_price: i.unit_price }]
      : []
  )
  return new StepResponse<BookingOfOrder[]>(
    lines.map((l) => ({
      id: l.booking_id,
      order_id: order!.id,
      customer_id: order!.customer_id,
      amount: MathBN.convert(l.unit_price).toNumber(),
      currency_code: order!.currency_code,
    }))
  )
})

/**
 * Confirms the held bookings an order paid for (a conditional update: one cancelled or expired
 * meanwhile stays so); compensation puts the confirmed ones back on hold.
 */
export const confirmOrderBookingsStep = createStep(
  "confirm-order-bookings",
  async (input: { bookings: BookingOfOrder[] }, { container }) => {
    if (!input.bookings.length) return new StepResponse([] as string[], [] as string[])
    const ids = await container.resolve(MAKERSPACE_MODULE).confirmHeldBookings(input.bookings)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    // Unpaid after all (the capture failed): back to a hold that has lapsed, so the job frees the slot.
    if (ids?.length)
      await container
        .resolve(MAKERSPACE_MODULE)
        .updateBookings(ids.map((id) => ({ id, status: "held" as const, order_id: null, hold_expires_at: new Date() })))
  }
)
