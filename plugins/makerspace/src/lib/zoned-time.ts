/**
 * Wall-clock time in an IANA timezone, with nothing but Intl: a tool-house's "Monday 09:00" is
 * turned into UTC instants here, correctly across DST changes in zones that have them.
 */

export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const
export type Weekday = (typeof WEEKDAYS)[number]

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string) {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    })
    formatters.set(timeZone, f)
  }
  return f
}

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; weekday: Weekday }

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value])
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: parts.weekday.slice(0, 3).toLowerCase() as Weekday,
  }
}

/** Minutes the zone is ahead of UTC at that instant (Asia/Kolkata: 330). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone)
  const seconds = instant.getUTCSeconds()
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, seconds)
  return Math.round((asUtc - (instant.getTime() - instant.getUTCMilliseconds())) / 60000)
}

/** The UTC instant of a local date and time ("2026-11-24", 9*60 minutes) in the zone. */
export function zonedToUtc(date: string, minutesOfDay: number, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number)
  const guess = Date.UTC(y, m - 1, d, 0, minutesOfDay)
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60000
  const second = guess - offsetMinutes(new Date(first), timeZone) * 60000
  return new Date(second)
}

/** The local calendar date ("YYYY-MM-DD") of an instant in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone)
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split("-").map(Number)
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]
}

/** "09:30" → 570 */
export function parseClock(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock)
  if (!match) throw new Error(`"${clock}" is not a 24-hour HH:MM time`)
  return Number(match[1]) * 60 + Number(match[2])
}
