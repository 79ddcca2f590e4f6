import { toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

/** Admin requests ride on the dashboard's session cookie; errors carry Medusa's message (a 400's `message`). */
export async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: init.body ? { "content-type": "application/json" } : undefined,
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(data.message ?? `Request failed (${res.status})`)
  return data as T
}

/** Loads a resource and reloads it on demand (after a change). `path` null: nothing to load. */
export function useAdminResource<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    if (!path) {
      setData(null)
      return
    }
    try {
      setData(await call<T>(path))
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [path])
  useEffect(() => {
    load()
  }, [load])
  return { data, error, reload: load }
}

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]
export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
}
export type OpeningHours = Partial<Record<Weekday, [string, string][]>>
export type I18n = { en?: string; hi?: string; mr?: string }

export const UNIT_KINDS = ["bench", "machine", "storage_bay"] as const
export type UnitKind = (typeof UNIT_KINDS)[number]
export const KIND_LABEL: Record<UnitKind, string> = { bench: "Bench", machine: "Machine", storage_bay: "Storage bay" }

export type Unit = {
  id: string
  name: string
  kind: UnitKind
  min_minutes: number
  max_minutes: number
  slot_minutes: number
  min_notice_minutes: number
  max_advance_days: number
  buffer_before_minutes: number
  buffer_after_minutes: number
  daily_cap_minutes: number | null
  required_qualification_id: string | null
  variant_id: string | null
  active: boolean
}
export type Outage = { id: string; unit_id: string | null; starts_at: string; ends_at: string; reason: string | null }
export type ToolHouse = {
  id: string
  handle: string
  name: string
  area: string | null
  address_landmark: string | null
  description: I18n | null
  timezone: string
  opening_hours: OpeningHours
  status: "active" | "inactive"
  units: Unit[]
  outages?: Outage[]
}
export type Qualification = { id: string; code: string; name: I18n }
export type Booking = {
  id: string
  unit_id: string
  starts_at: string
  ends_at: string
  status: string
  customer_id: string
  check_in_code: string
}

/** Minutes a zone is ahead of UTC at an instant (Asia/Kolkata: 330). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value])
  )
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute)
  )
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000)
}

/** A local wall-clock time "YYYY-MM-DDTHH:MM" in a zone, as a UTC instant (two passes: right across DST changes). */
export function localToUtc(local: string, timeZone: string): Date {
  const [date, time = "00:00"] = local.split("T")
  const [y, m, d] = date.split("-").map(Number)
  const [hh, mm] = time.split(":").map(Number)
  const guess = Date.UTC(y, m - 1, d, hh, mm)
  const first = guess - offsetMinutes(new Date(guess), timeZone) * 60000
  return new Date(guess - offsetMinutes(new Date(first), timeZone) * 60000)
}

/** An instant as "YYYY-MM-DDTHH:MM" on the zone's clock (the value of an `<input type="datetime-local">`). */
export function utcToLocal(instant: string | Date, timeZone: string): string {
  const at = new Date(instant)
  return new Date(at.getTime() + offsetMinutes(at, timeZone) * 60000).toISOString().slice(0, 16)
}

/** The day in a zone: its midnight to the next, as UTC instants. */
export function dayRange(date: string, timeZone: string) {
  const from = localToUtc(`${date}T00:00`, timeZone)
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return { from, to: localToUtc(`${next.toISOString().slice(0, 10)}T00:00`, timeZone) }
}

/** "2026-11-24 09:00" in the tool-house's zone, for tables. */
export const formatLocal = (instant: string, timeZone: string) => utcToLocal(instant, timeZone).replace("T", " ")

/** Shows a failed request's message (the API's 400 message) in a toast; returns whether it succeeded. */
export async function attempt(action: () => Promise<unknown>, success?: string): Promise<boolean> {
  try {
    await action()
    if (success) toast.success(success)
    return true
  } catch (e) {
    toast.error((e as Error).message)
    return false
  }
}
