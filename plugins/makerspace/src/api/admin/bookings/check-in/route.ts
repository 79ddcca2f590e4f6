import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCheckInBody, AdminCheckInResponse } from "../../../../contract"
import { bookingOut } from "../../../utils/makerspace"
import { MAKERSPACE_MODULE } from "../../../../modules/makerspace"

/**
 * Checks a customer in by the code on their booking's QR (confirmed bookings, from 30 minutes before
 * the start). One conditional update: of two desks scanning the same code, one checks it in and the
 * other gets 409 `booking_already_checked_in`.
 */
export async function POST(req: MedusaRequest<AdminCheckInBody>, res: MedusaResponse<AdminCheckInResponse>) {
  const service = req.scope.resolve(MAKERSPACE_MODULE)
  const { id } = await service.checkIn(req.validatedBody.code)
  res.json({ booking: bookingOut(await service.retrieveBooking(id)) })
}
