import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreBookingResponse, StoreBookingsResponse, StoreBookingWithUnit } from "../../../contract"
import { MAKERSPACE_MODULE } from "../../../modules/makerspace"
import { holdBookingWorkflow } from "../../../workflows"
import { bookingOut, type BookingRecord } from "../../utils/makerspace"
import type { PostStoreBookingType } from "../../validators"

/** Holds a slot for the logged-in customer (201); 409 slot_taken when someone else got it first. */
export async function POST(
  req: AuthenticatedMedusaRequest<PostStoreBookingType>,
  res: MedusaResponse<StoreBookingResponse>
) {
  const { result } = await holdBookingWorkflow(req.scope).run({
    input: {
      request: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
      hold_minutes: req.scope.resolve(MAKERSPACE_MODULE).policy().hold_minutes,
    },
  })
  res.status(201).json({ booking: bookingOut(result) })
}

/** The customer's own bookings, newest first, each with its unit and tool-house (query.graph). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreBookingsResponse>) {
  const { skip = 0, take = 20, order } = req.queryConfig.pagination ?? {}
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "booking",
    fields: req.queryConfig.fields,
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip, take, order: order ?? { starts_at: "DESC" } },
  })
  const bookings = data as (BookingRecord & { unit: StoreBookingWithUnit["unit"] })[]
  res.json({
    bookings: bookings.map((b) => {
      const { id, name, kind, tool_house } = b.unit
      return {
        ...bookingOut(b),
        unit: {
          id,
          name,
          kind,
          tool_house: {
            id: tool_house.id,
            name: tool_house.name,
            handle: tool_house.handle,
            timezone: tool_house.timezone,
          },
        },
      }
    }),
    count: metadata?.count ?? bookings.length,
    offset: skip,
    limit: take,
  })
}
