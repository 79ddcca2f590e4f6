import { Badge, Button, Container, Input, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { attempt, call, dayRange, utcToLocal, type Booking, type ToolHouse } from "../lib/api"

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red"> = {
  held: "orange",
  confirmed: "blue",
  checked_in: "green",
  no_show: "red",
}

const HOURS = Array.from({ length: 24 }, (_, h) => h)

/** A day of every unit's bookings (and outages) in the tool-house's own zone, with QR-code check-in. */
export const DayCalendar = ({ house }: { house: ToolHouse }) => {
  const [date, setDate] = useState(() => utcToLocal(new Date(), house.timezone).slice(0, 10))
  const [bookings, setBookings] = useState<Booking[]>([])
  const [code, setCode] = useState("")
  const range = useMemo(
    () => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? dayRange(date, house.timezone) : null),
    [house.timezone, date]
  )

  const load = useCallback(async () => {
    if (!range) return
    const d = await call<{ bookings: Booking[] }>(
      `/admin/tool-houses/${house.id}/bookings?from=${range.from.toISOString()}&to=${range.to.toISOString()}`
    )
    setBookings(d.bookings.filter((b) => b.status !== "cancelled" && b.status !== "expired"))
  }, [house.id, range])
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])

  const checkIn = async () => {
    if (
      await attempt(
        () => call("/admin/bookings/check-in", { method: "POST", body: { code: code.trim().toUpperCase() } }),
        "Checked in"
      )
    ) {
      setCode("")
      await load().catch(() => {})
    }
  }

  const hourOf = (iso: string) => (new Date(iso).getTime() - (range?.from.getTime() ?? 0)) / 3600_000
  const bar = (from: string, to: string) => {
    const start = Math.max(0, hourOf(from))
    const end = Math.min(24, hourOf(to))
    return end > start
      ? { left: `calc(160px + (100% - 160px) * ${start / 24})`, width: `calc((100% - 160px) * ${(end - start) / 24})` }
      : null
  }

  return (
    <Container className="flex flex-col gap-3 p-0">
      <div className="flex flex-wrap items-end justify-between gap-3 px-6 pt-4">
        <div>
          <Label size="small" htmlFor="calendar-day">
            Day
          </Label>
          <Input id="calendar-day" size="small" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div>
          <Label size="small" htmlFor="check-in-code">
            Check-in code (from the QR)
          </Label>
          <div className="flex gap-1">
            <Input
              id="check-in-code"
              size="small"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder="ABCD234567"
            />
            <Button size="small" onClick={checkIn} disabled={code.trim().length !== 10}>
              Check in
            </Button>
          </div>
        </div>
      </div>
      <div className="overflow-x-auto">
        <div className="min-w-[900px]">
          <div className="grid border-b" style={{ gridTemplateColumns: `160px repeat(24, 1fr)` }}>
            <Text size="xsmall" className="px-3 py-2 text-ui-fg-muted">
              {house.timezone}
            </Text>
            {HOURS.map((h) => (
              <Text key={h} size="xsmall" className="border-l py-2 text-center text-ui-fg-muted">
                {String(h).padStart(2, "0")}
              </Text>
            ))}
          </div>
          {!house.units.length && (
            <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
              No units yet: add one below.
            </Text>
          )}
          {house.units.map((unit) => (
            <div
              key={unit.id}
              className="relative grid border-b"
              style={{ gridTemplateColumns: `160px repeat(24, 1fr)`, height: 44 }}
            >
              <Text size="small" className="truncate px-3 py-3">
                {unit.name} <span className="text-ui-fg-muted">· {unit.kind.replace("_", " ")}</span>
              </Text>
              {HOURS.map((h) => (
                <div key={h} className="border-l" />
              ))}
              {(house.outages ?? [])
                .filter((o) => !o.unit_id || o.unit_id === unit.id)
                .map((o) => {
                  const style = bar(o.starts_at, o.ends_at)
                  return (
                    style && (
                      <div
                        key={o.id}
                        className="bg-ui-bg-disabled absolute top-1 bottom-1 opacity-70"
                        style={style}
                        title={`closed${o.reason ? `: ${o.reason}` : ""}`}
                      />
                    )
                  )
                })}
              {bookings
                .filter((b) => b.unit_id === unit.id)
                .map((b) => {
                  const style = bar(b.starts_at, b.ends_at)
                  return (
                    style && (
                      <div
                        key={b.id}
                        className="absolute top-2 bottom-2"
                        style={style}
                        title={`${b.status} · ${b.check_in_code}`}
                      >
                        <Badge
                          size="2xsmall"
                          color={STATUS_COLOR[b.status] ?? "grey"}
                          className="h-full w-full justify-center"
                        >
                          {b.status}
                        </Badge>
                      </div>
                    )
                  )
                })}
            </div>
          ))}
        </div>
      </div>
    </Container>
  )
}
