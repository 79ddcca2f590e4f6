import { WEEKDAYS, addDays, localDate, localParts, parseClock, weekdayOf, zonedToUtc, type Weekday } from "./zoned-time"

/**
 * Which times a unit can be booked: pure arithmetic over opening hours (in the tool-house's zone),
 * outages, other bookings' blocked ranges and the unit's rules. The database constraint is the
 * final word on overlaps; this is what the booking page offers and what a request is checked against.
 */

export type Interval = { from: Date; to: Date }
export type OpeningHours = Partial<Record<Weekday, [string, string][]>>

export type UnitRules = {
  min_minutes: number
  max_minutes: number
  slot_minutes: number
  min_notice_minutes: number
  max_advance_days: number
  buffer_before_minutes: number
  buffer_after_minutes: number
}

const MINUTE = 60000
const overlaps = (a: Interval, b: Interval) => a.from < b.to && b.from < a.to

/** Opening intervals (UTC) that touch the local dates [fromDate, toDate]. An end at or before its start runs past midnight. */
export function openIntervals(hours: OpeningHours, timeZone: string, fromDate: string, toDate: string): Interval[] {
  const intervals: Interval[] = []
  // Start a day early: Sunday night's opening may run into Monday.
  for (let date = addDays(fromDate, -1); date <= toDate; date = addDays(date, 1)) {
    for (const [open, close] of hours[weekdayOf(date)] ?? []) {
      const start = parseClock(open)
      const end = parseClock(close)
      const from = zonedToUtc(date, start, timeZone)
      const to = end > start ? zonedToUtc(date, end, timeZone) : zonedToUtc(addDays(date, 1), end, timeZone)
      intervals.push({ from, to })
    }
  }
  return mergeIntervals(intervals)
}

/** Storage bays hold goods, not people: open round the clock, whatever the tool-house's hours. */
export const ROUND_THE_CLOCK: OpeningHours = Object.fromEntries(
  WEEKDAYS.map((day) => [day, [["00:00", "00:00"]]])
) as OpeningHours

/** The opening intervals that apply to a unit of this kind. */
export function unitOpenIntervals(
  kind: string,
  hours: OpeningHours,
  timeZone: string,
  fromDate: string,
  toDate: string
): Interval[] {
  return openIntervals(kind === "storage_bay" ? ROUND_THE_CLOCK : hours, timeZone, fromDate, toDate)
}

export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from.getTime() - b.from.getTime())
  const merged: Interval[] = []
  for (const i of sorted) {
    const last = merged[merged.length - 1]
    if (last && i.from <= last.to) last.to = new Date(Math.max(last.to.getTime(), i.to.getTime()))
    else merged.push({ from: new Date(i.from), to: new Date(i.to) })
  }
  return merged
}

/** The range a booking occupies: its time plus the unit's buffers. */
export function blockedRange(start: Date, end: Date, rules: UnitRules): Interval {
  return {
    from: new Date(start.getTime() - rules.buffer_before_minutes * MINUTE),
    to: new Date(end.getTime() + rules.buffer_after_minutes * MINUTE),
  }
}

export type RequestCheck = {
  start: Date
  end: Date
  now: Date
  rules: UnitRules
  timeZone: string
  open: Interval[]
  closed: Interval[]
  taken: Interval[]
}

/** Why a requested time cannot be booked, or null when it can. Reasons are message keys with values. */
export function whyNotBookable(c: RequestCheck): { code: string; message: string } | null {
  const minutes = (c.end.getTime() - c.start.getTime()) / MINUTE
  if (!(minutes > 0)) return { code: "invalid_range", message: "The booking must end after it starts" }
  if (minutes < c.rules.min_minutes)
    return { code: "too_short", message: `Book at least ${c.rules.min_minutes} minutes` }
  if (minutes > c.rules.max_minutes) return { code: "too_long", message: `Book at most ${c.rules.max_minutes} minutes` }
  const local = localParts(c.start, c.timeZone)
  if ((local.hour * 60 + local.minute) % c.rules.slot_minutes !== 0 || minutes % c.rules.slot_minutes !== 0) {
    return { code: "off_grid", message: `Bookings start and last in steps of ${c.rules.slot_minutes} minutes` }
  }
  if (c.start.getTime() < c.now.getTime() + c.rules.min_notice_minutes * MINUTE) {
    return { code: "too_soon", message: `Book at least ${c.rules.min_notice_minutes} minutes ahead` }
  }
  if (c.start.getTime() > c.now.getTime() + c.rules.max_advance_days * 24 * 60 * MINUTE) {
    return { code: "too_far", message: `Book at most ${c.rules.max_advance_days} days ahead` }
  }
  const inside = c.open.some((o) => o.from <= c.start && c.end <= o.to)
  if (!inside) return { code: "closed", message: "The tool-house is closed for part of that time" }
  const blocked = blockedRange(c.start, c.end, c.rules)
  if (c.closed.some((o) => overlaps(o, blocked)))
    return { code: "outage", message: "The unit is unavailable then (holiday or repair)" }
  if (c.taken.some((t) => overlaps(t, blocked))) return { code: "taken", message: "That time is already booked" }
  return null
}

export type SlotQuery = Omit<RequestCheck, "start" | "end"> & { durationMinutes: number }

/**
 * Every start time on the unit's grid where a booking of the given length fits. Same rules as
 * `whyNotBookable`, in one pass: candidates and busy ranges are both in time order, so a single
 * pointer walks the busy ranges (a month of a busy unit is thousands of candidates).
 */
export function freeSlots(q: SlotQuery): Interval[] {
  const { rules } = q
  const duration = q.durationMinutes
  if (duration < rules.min_minutes || duration > rules.max_minutes || duration % rules.slot_minutes !== 0) return []
  const busy = mergeIntervals([...q.taken, ...q.closed])
  const earliest = q.now.getTime() + rules.min_notice_minutes * MINUTE
  const latest = q.now.getTime() + rules.max_advance_days * 24 * 60 * MINUTE
  const before = rules.buffer_before_minutes * MINUTE
  const after = rules.buffer_after_minutes * MINUTE
  const step = rules.slot_minutes * MINUTE
  const slots: Interval[] = []
  let i = 0
  for (const window of mergeIntervals(q.open)) {
    // Align the first candidate to the local grid (opening times need not be on it).
    const local = localParts(window.from, q.timeZone)
    const offGrid = (local.hour * 60 + local.minute) % rules.slot_minutes
    let t = window.from.getTime() + (offGrid ? (rules.slot_minutes - offGrid) * MINUTE : 0)
    for (; t + duration * MINUTE <= window.to.getTime(); t += step) {
      if (t < earliest) continue
      if (t > latest) return slots
      const blockedFrom = t - before
      const blockedTo = t + duration * MINUTE + after
      while (i < busy.length && busy[i].to.getTime() <= blockedFrom) i++
      if (i < busy.length && busy[i].from.getTime() < blockedTo) continue
      slots.push({ from: new Date(t), to: new Date(t + duration * MINUTE) })
    }
  }
  return slots
}

/** The local day [start, end) in UTC that contains an instant: used for the daily cap. */
export function localDayBounds(instant: Date, timeZone: string): Interval {
  const date = localDate(instant, timeZone)
  return { from: zonedToUtc(date, 0, timeZone), to: zonedToUtc(addDays(date, 1), 0, timeZone) }
}
