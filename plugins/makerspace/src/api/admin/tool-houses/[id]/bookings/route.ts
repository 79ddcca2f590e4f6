import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminToolHouseBookingsResponse } from "../../../../../contract"
import { adminUnit, bookingOut } from "../../../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"

type Query = { from: Date; to: Date; unit_id?: string }

/** Bookings of a tool-house's units in a time range: the admin calendar's data. */
export async function GET(req: MedusaRequest<unknown, Query>, res: MedusaResponse<AdminToolHouseBookingsResponse>) {
  const q = req.validatedQuery as Query
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const house = await service.retrieveToolHouse(req.params.id, { relations: ["units"] })
  const unitIds = house.units.filter((u) => !q.unit_id || u.id === q.unit_id).map((u) => u.id)
  const bookings = unitIds.length
    ? await service.listBookings(
        { unit_id: unitIds, starts_at: { $lt: q.to }, ends_at: { $gt: q.from } },
        { order: { starts_at: "ASC" }, take: req.queryConfig?.pagination?.take ?? 200 }
      )
    : []
  res.json({
    tool_house_id: house.id,
    timezone: house.timezone,
    units: house.units.map(adminUnit),
    bookings: bookings.map(bookingOut),
  })
}
