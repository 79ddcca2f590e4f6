import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { freeSlots, unitOpenIntervals, type OpeningHours } from "../../../../../lib/availability"
import { addDays, zonedToUtc } from "../../../../../lib/zoned-time"
import { activeToolHouse } from "../../../../utils/makerspace"
import type { GetAvailabilityParamsType } from "../../../../validators"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"

/**
 * Free slots per unit over local days [from, from + days), computed in the tool-house's timezone,
 * excluding closed hours, outages, bookings, live holds and buffers. `any` lists, for "any unit of
 * this kind", each start time with how many units are free then.
 */
export async function GET(req: MedusaRequest<unknown, GetAvailabilityParamsType>, res: MedusaResponse) {
  const q = req.validatedQuery as GetAvailabilityParamsType
  const house = await activeToolHouse(req.scope, req.params.id)
  const units = house.units.filter(
    (u) => u.active && (!q.unit_id || u.id === q.unit_id) && (!q.kind || u.kind === q.kind)
  )
  const lastDate = addDays(q.from, q.days - 1)
  const rangeFrom = zonedToUtc(q.from, 0, house.timezone)
  const rangeTo = zonedToUtc(addDays(q.from, q.days), 0, house.timezone)
  const now = new Date()
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  // Reach a day beyond the range on both sides: buffers can cross its edges.
  const [occupied, outages] = await Promise.all([
    service.occupiedRanges(
      units.map((u) => u.id),
      new Date(rangeFrom.getTime() - 86_400_000),
      new Date(rangeTo.getTime() + 86_400_000)
    ),
    service.listOutages({ tool_house_id: house.id, starts_at: { $lt: rangeTo }, ends_at: { $gt: rangeFrom } }),
  ])
  const openFor = (kind: string) =>
    unitOpenIntervals(kind, house.opening_hours as OpeningHours, house.timezone, q.from, lastDate).filter(
      (o) => o.to > rangeFrom && o.from < rangeTo
    )
  const perUnit = units.map((unit) => {
    const open = openFor(unit.kind)
    const slots = freeSlots({
      now,
      timeZone: house.timezone,
      rules: unit,
      durationMinutes: q.duration ?? unit.min_minutes,
      open,
      closed: outages
        .filter((o) => !o.unit_id || o.unit_id === unit.id)
        .map((o) => ({ from: new Date(o.starts_at), to: new Date(o.ends_at) })),
      taken: occupied.filter((o) => o.unit_id === unit.id),
    }).filter((s) => s.from >= rangeFrom && s.from < rangeTo)
    return {
      unit_id: unit.id,
      name: unit.name,
      kind: unit.kind,
      slots: slots.map((s) => ({ starts_at: s.from.toISOString(), ends_at: s.to.toISOString() })),
    }
  })
  const any = new Map<string, { starts_at: string; ends_at: string; free_units: number }>()
  for (const unit of perUnit) {
    for (const slot of unit.slots) {
      const entry = any.get(slot.starts_at) ?? { ...slot, free_units: 0 }
      entry.free_units += 1
      any.set(slot.starts_at, entry)
    }
  }
  res.json({
    tool_house_id: house.id,
    timezone: house.timezone,
    from: q.from,
    days: q.days,
    units: perUnit,
    any: [...any.values()].sort((a, b) => a.starts_at.localeCompare(b.starts_at)),
  })
}
