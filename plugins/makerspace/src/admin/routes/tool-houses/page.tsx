import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CalendarSolid } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"

type Unit = { id: string; name: string; kind: string; active: boolean }
type ToolHouse = { id: string; name: string; handle: string; area: string | null; timezone: string; status: string; units: Unit[] }
type Booking = { id: string; unit_id: string; starts_at: string; ends_at: string; status: string; customer_id: string; check_in_code: string }

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
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

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red"> = {
  held: "orange",
  confirmed: "blue",
  checked_in: "green",
  no_show: "red",
}

/** The day in the tool-house's own timezone: its midnight to the next, as UTC instants. */
function dayRange(date: string, timeZone: string) {
  const noon = new Date(`${date}T12:00:00Z`)
  const local = new Date(noon.toLocaleString("en-US", { timeZone }))
  const offset = local.getTime() - new Date(noon.toLocaleString("en-US", { timeZone: "UTC" })).getTime()
  const from = new Date(new Date(`${date}T00:00:00Z`).getTime() - offset)
  return { from, to: new Date(from.getTime() + 24 * 3600_000) }
}

const HOURS = Array.from({ length: 24 }, (_, h) => h)

/** Tool-houses and a day calendar of every unit's bookings, with outages and QR check-in. */
const ToolHousesPage = () => {
  const [houses, setHouses] = useState<ToolHouse[]>([])
  const [houseId, setHouseId] = useState<string>("")
  const [date, setDate] = useState(() => new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Kolkata" }))
  const [bookings, setBookings] = useState<Booking[]>([])
  const [code, setCode] = useState("")
  const house = houses.find((h) => h.id === houseId)

  useEffect(() => {
    call<{ tool_houses: ToolHouse[] }>("/admin/tool-houses?limit=100")
      .then((d) => {
        setHouses(d.tool_houses)
        setHouseId((id) => id || d.tool_houses[0]?.id || "")
      })
      .catch((e) => toast.error(e.message))
  }, [])

  const range = useMemo(() => (house ? dayRange(date, house.timezone) : null), [house, date])
  const load = useCallback(async () => {
    if (!house || !range) return
    const d = await call<{ bookings: Booking[] }>(
      `/admin/tool-houses/${house.id}/bookings?from=${range.from.toISOString()}&to=${range.to.toISOString()}`
    )
    setBookings(d.bookings.filter((b) => b.status !== "cancelled" && b.status !== "expired"))
  }, [house, range])
  useEffect(() => {
    load().catch((e) => toast.error(e.message))
  }, [load])

  const checkIn = async () => {
    try {
      await call("/admin/bookings/check-in", { method: "POST", body: { code: code.trim().toUpperCase() } })
      toast.success("Checked in")
      setCode("")
      await load()
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const hourOf = (iso: string) => (new Date(iso).getTime() - (range?.from.getTime() ?? 0)) / 3600_000

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Heading level="h1">Tool-houses</Heading>
          <Text size="small" className="text-ui-fg-subtle">Bookings per unit for a day, in the tool-house's own time zone.</Text>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <Label size="small">Tool-house</Label>
            <Select size="small" value={houseId} onValueChange={setHouseId}>
              <Select.Trigger><Select.Value placeholder="Choose" /></Select.Trigger>
              <Select.Content>{houses.map((h) => <Select.Item key={h.id} value={h.id}>{h.name}</Select.Item>)}</Select.Content>
            </Select>
          </div>
          <div>
            <Label size="small">Day</Label>
            <Input size="small" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <div>
            <Label size="small">Check-in code (from the QR)</Label>
            <div className="flex gap-1">
              <Input size="small" value={code} onChange={(e) => setCode(e.target.value)} placeholder="ABCD234567" />
              <Button size="small" onClick={checkIn} disabled={code.trim().length !== 10}>Check in</Button>
            </div>
          </div>
        </div>
      </Container>
      {!houses.length && <Container><Text className="text-ui-fg-subtle">No tool-houses yet. Create one with POST /admin/tool-houses (see the makerspace plugin README).</Text></Container>}
      {house && (
        <Container className="overflow-x-auto p-0">
          <div className="min-w-[900px]">
            <div className="grid border-b" style={{ gridTemplateColumns: `160px repeat(24, 1fr)` }}>
              <Text size="xsmall" className="px-3 py-2 text-ui-fg-muted">{house.timezone}</Text>
              {HOURS.map((h) => <Text key={h} size="xsmall" className="border-l py-2 text-center text-ui-fg-muted">{String(h).padStart(2, "0")}</Text>)}
            </div>
            {house.units.map((unit) => (
              <div key={unit.id} className="relative grid border-b" style={{ gridTemplateColumns: `160px repeat(24, 1fr)`, height: 44 }}>
                <Text size="small" className="px-3 py-3">{unit.name} <span className="text-ui-fg-muted">· {unit.kind.replace("_", " ")}</span></Text>
                {HOURS.map((h) => <div key={h} className="border-l" />)}
                {bookings.filter((b) => b.unit_id === unit.id).map((b) => {
                  const start = Math.max(0, hourOf(b.starts_at))
                  const end = Math.min(24, hourOf(b.ends_at))
                  return (
                    <div key={b.id} className="absolute top-2 bottom-2" style={{ left: `calc(160px + (100% - 160px) * ${start / 24})`, width: `calc((100% - 160px) * ${(end - start) / 24})` }} title={`${b.status} · ${b.check_in_code}`}>
                      <Badge size="2xsmall" color={STATUS_COLOR[b.status] ?? "grey"} className="h-full w-full justify-center">{b.status}</Badge>
                    </div>
                  )
                })}
              </div>
            ))}
          </div>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Tool-houses", icon: CalendarSolid })

export default ToolHousesPage
