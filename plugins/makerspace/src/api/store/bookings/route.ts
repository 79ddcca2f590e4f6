import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SLOT_TAKEN } from "../../../modules/makerspace/service"
import { holdBookingWorkflow } from "../../../workflows"
import { makerspace, slotTakenBody } from "../../utils/makerspace"
import type { PostStoreBookingType } from "../../validators"

/** Holds a slot for the logged-in customer (201), or answers 409 when someone else got it first. */
export async function POST(req: AuthenticatedMedusaRequest<PostStoreBookingType>, res: MedusaResponse) {
  try {
    const { result } = await holdBookingWorkflow(req.scope).run({
      input: {
        request: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
        hold_minutes: makerspace(req.scope).policy().hold_minutes,
      },
    })
    res.status(201).json({ booking: result })
  } catch (error: any) {
    if (error?.message === SLOT_TAKEN) {
      res.status(409).json(slotTakenBody())
      return
    }
    throw error
  }
}

/** The customer's own bookings, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [bookings, count] = await makerspace(req.scope).listAndCountBookings(
    { customer_id: req.auth_context.actor_id },
    { skip, take, order: { starts_at: "DESC" }, relations: ["unit", "unit.tool_house"] }
  )
  res.json({
    bookings: bookings.map(({ unit, ...b }) => ({
      ...b,
      unit: { id: unit.id, name: unit.name, kind: unit.kind, tool_house: { id: unit.tool_house.id, name: unit.tool_house.name, handle: unit.tool_house.handle, timezone: unit.tool_house.timezone } },
    })),
    count,
    offset: skip,
    limit: take,
  })
}
