import type { AppLocale } from "@/i18n/locales"

/** Pure helpers for the makerspace pages (tool-houses and bookings). No server imports, so tests can use them. */

export type UnitKind = "bench" | "machine" | "storage_bay"
export const UNIT_KINDS: readonly UnitKind[] = ["bench", "machine", "storage_bay"]
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export const DURATIONS = [60, 120, 240] as const

export type ToolHouse = {
  id: string
  handle: string
  name: string
  area?: string | null
  address_landmark?: string | null
  description?: Partial<Record<AppLocale, string>> | null
  photos?: string[] | null
  timezone: string
  opening_hours?: Partial<Record<Weekday, [string, string][]>> | null
  unit_counts?: Partial<Record<UnitKind, number>> | null
}

export type ToolUnit = {
  id: string
  name: string
  kind: UnitKind
  min_minutes?: number | null
  max_minutes?: number | null
  slot_minutes?: number | null
  min_notice_minutes?: number | null
  required_qualification_id?: string | null
}

export type Slot = { starts_at: string; ends_at: string }
export type Availability = {
  timezone: string
  units: { unit_id: string; name: string; kind: UnitKind; slots: Slot[] }[]
  any: (Slot & { free_units: number })[]
}

export const BOOKING_STATUSES = ["held", "confirmed", "checked_in", "cancelled", "expired", "no_show"] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

export type Booking = {
  id: string
  status: BookingStatus
  starts_at: string
  ends_at: string
  check_in_code?: string | null
  amount?: number | null
  currency_code?: string | null
  refund_amount?: number | null
  unit?: { name: string; kind: UnitKind; tool_house?: { name: string; handle: string; timezone: string } | null } | null
}

/** The description in the UI language, else English, else any; with the language it is in. */
export function localizedDescription(
  description: ToolHouse["description"],
  locale: AppLocale,
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
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at)
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
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))
}
