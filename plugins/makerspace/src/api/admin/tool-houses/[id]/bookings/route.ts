import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerspace } from "../../../../utils/makerspace"

type Query = { from: Date; to: Date; unit_id?: string }

/** Bookings of a tool-house's units in a time range: the admin calendar's data. */
export async function GET(req: MedusaRequest<unknown, Query>, res: MedusaResponse) {
  const q = req.validatedQuery as Query
  const service = makerspace(req.scope)
  const house = await service.retrieveToolHouse(req.params.id, { relations: ["units"] })
  const unitIds = house.units.filter((u) => !q.unit_id || u.id === q.unit_id).map((u) => u.id)
  const bookings = unitIds.length
    ? await service.listBookings(
        { unit_id: unitIds, starts_at: { $lt: q.to }, ends_at: { $gt: q.from } },
        { order: { starts_at: "ASC" }, take: req.queryConfig?.pagination?.take ?? 200 }
      )
    : []
  res.json({ tool_house_id: house.id, timezone: house.timezone, units: house.units, bookings })
}
