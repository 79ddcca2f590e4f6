import type {
  AvailabilitySlot,
  BookingStatus,
  StoreAvailabilityResponse,
  StoreBookingWithUnit,
  StoreToolHouseResponse,
  StoreToolHousesResponse,
  StoreUnit,
  UnitKind,
  Weekday,
} from "@dharavi/makerspace/contract"
import type { AppLocale } from "@/i18n/locales"

/** Pure helpers for the makerspace pages (tool-houses and bookings). No server imports, so tests can use them. */

// Tool-houses, units, free times and bookings as the makerspace routes answer them: its contract's types.
export type { BookingStatus, UnitKind, Weekday }
export const UNIT_KINDS = ["bench", "machine", "storage_bay"] as const satisfies readonly UnitKind[]
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const satisfies readonly Weekday[]
export const DURATIONS = [60, 120, 240] as const

/** `GET /store/tool-houses`: a tool-house with how many units of each kind it has. */
export type ToolHouse = StoreToolHousesResponse["tool_houses"][number]
/** `GET /store/tool-houses/:id-or-handle`: with its active units. */
export type ToolHouseWithUnits = StoreToolHouseResponse["tool_house"]
export type ToolUnit = StoreUnit
export type Slot = AvailabilitySlot
export type Availability = StoreAvailabilityResponse

export const BOOKING_STATUSES = [
  "held",
  "confirmed",
  "checked_in",
  "cancelled",
  "expired",
  "no_show",
] as const satisfies readonly BookingStatus[]

/** `GET /store/bookings`: my booking with its unit and tool-house. */
export type Booking = StoreBookingWithUnit

/** The description in the UI language, else English, else any; with the language it is in. */
export function localizedDescription(
  description: ToolHouse["description"],
  locale: AppLocale
): { text: string; lang: AppLocale } | null {
  const d = description ?? {}
  for (const l of [locale, "en", "hi", "mr"] as AppLocale[]) {
    const v = d[l]
    if (typeof v === "string" && v.trim()) return { text: v, lang: l }
  }
  return null
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dateInZone(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${get("year")}-${get("month")}-${get("day")}`
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** Today and the next six days in the tool-house's zone. */
export function bookableDays(now: Date, timeZone: string, count = 7): string[] {
  const today = dateInZone(now, timeZone)
  return Array.from({ length: count }, (_, i) => addDays(today, i))
}

/** `?date=` when it is one of the bookable days, else the first one. */
export function pickDate(value: unknown, days: string[]): string {
  return typeof value === "string" && days.includes(value) ? value : days[0]!
}

/** `?duration=` in minutes when it is one we offer, else one hour. */
export function pickDuration(value: unknown): number {
  const n = typeof value === "string" ? Number.parseInt(value, 10) : NaN
  return (DURATIONS as readonly number[]).includes(n) ? n : 60
}

/** Units grouped by kind, in the order bench, machine, storage bay (empty kinds left out). */
export function groupUnits<T extends { kind: string }>(units: T[]): { kind: UnitKind; units: T[] }[] {
  return UNIT_KINDS.map((kind) => ({ kind, units: units.filter((u) => u.kind === kind) })).filter((g) => g.units.length)
}

/** Held and confirmed bookings can be cancelled. */
export function canCancel(status: string): boolean {
  return status === "held" || status === "confirmed"
}

/** A valid ISO instant, for the booking form's hidden fields. */
export function isIsoInstant(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value))
  )
}

/* ---------- Storage bays: booked by whole days, local midnight to midnight ---------- */

export const STORAGE_MAX_DAYS = 7
/** A storage day in minutes: the availability route is asked for one-day slots, day by day. */
export const DAY_MINUTES = 24 * 60

/** Minutes a zone is ahead of UTC at an instant (Asia/Kolkata: 330). */
function offsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"))
  return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000)
}

/** The instant a local date starts (00:00) in a zone; right across DST changes (two passes). */
export function startOfDayInZone(date: string, timeZone: string): Date {
  const guess = Date.parse(`${date}T00:00:00Z`)
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60000
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60000)
}

/** The first days a storage stay may start: tomorrow and the six days after (today's midnight has passed). */
export function storageStartDays(now: Date, timeZone: string, count = 7): string[] {
  const today = dateInZone(now, timeZone)
  return Array.from({ length: count }, (_, i) => addDays(today, i + 1))
}

/** `?storage_days=` as a whole number of days from 1 to 7, else 1. */
export function pickStorageDays(value: unknown): number {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : NaN
  return n >= 1 && n <= STORAGE_MAX_DAYS ? n : 1
}

/** A stay of `days` days from `from`: local midnight of the first day to local midnight after the last. */
export function storageRange(from: string, days: number, timeZone: string): Slot {
  return {
    starts_at: startOfDayInZone(from, timeZone).toISOString(),
    ends_at: startOfDayInZone(addDays(from, days), timeZone).toISOString(),
  }
}

/**
 * The storage bays free for the whole stay, from availability asked with one-day slots
 * (`duration=1440`): a bay is free for days d..d+n-1 when each of those days has a one-day slot
 * starting at its midnight. (The availability route takes at most a day's duration; a bay free
 * every one of those days, back to back, is free for the stay, buffers included.)
 */
export function freeStorageUnits(
  availability: Availability,
  from: string,
  days: number,
  timeZone: string
): { unit_id: string; name: string }[] {
  const midnights = Array.from({ length: days }, (_, i) => startOfDayInZone(addDays(from, i), timeZone).getTime())
  return availability.units
    .filter((u) => {
      const starts = new Set(
        u.slots
          .filter((s) => Date.parse(s.ends_at) - Date.parse(s.starts_at) === DAY_MINUTES * 60000)
          .map((s) => Date.parse(s.starts_at))
      )
      return midnights.every((m) => starts.has(m))
    })
    .map(({ unit_id, name }) => ({ unit_id, name }))
}

/** The longest stay (up to `max` days) some bay is free for from `from`; 0 when none is free that day. */
export function longestFreeStay(
  availability: Availability,
  from: string,
  timeZone: string,
  max = STORAGE_MAX_DAYS
): number {
  let n = 0
  while (n < max && freeStorageUnits(availability, from, n + 1, timeZone).length) n++
  return n
}

/**
 * When a booking is, in the tool-house's zone: "Tue 24 Nov, 10:00 am–12:00 pm" within a day; whole
 * days (storage) as "Tue 24 Nov – Thu 26 Nov" (the last day, not the midnight after it); other
 * ranges across midnight with both days.
 */
export function formatBookingTime(startsAt: string, endsAt: string, timeZone: string, numberLocale: string): string {
  const start = new Date(startsAt)
  const end = new Date(endsAt)
  const day = new Intl.DateTimeFormat(numberLocale, { timeZone, weekday: "short", day: "numeric", month: "short" })
  const time = new Intl.DateTimeFormat(numberLocale, { timeZone, hour: "numeric", minute: "2-digit" })
  const first = dateInZone(start, timeZone)
  const next = dateInZone(end, timeZone)
  const wholeDays =
    startOfDayInZone(first, timeZone).getTime() === start.getTime() &&
    startOfDayInZone(next, timeZone).getTime() === end.getTime() &&
    next > first
  if (wholeDays) {
    const lastDay = startOfDayInZone(addDays(next, -1), timeZone)
    return next === addDays(first, 1) ? day.format(start) : `${day.format(start)} – ${day.format(lastDay)}`
  }
  if (first === next) return `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
  return `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`
}

/** Opening hours of 00:00 to 00:00: open the whole day. */
export function isAllDay(ranges: [string, string][]): boolean {
  return ranges.some(([a, b]) => a === b && a === "00:00")
}
