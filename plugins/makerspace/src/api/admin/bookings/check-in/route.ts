import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerspace } from "../../../utils/makerspace"

/**
 * Checks a customer in by the code on their booking's QR (confirmed bookings, from 30 minutes before
 * the start). One conditional update: of two desks scanning the same code, one checks it in and the
 * other gets 409 `booking_already_checked_in`.
 */
export async function POST(req: MedusaRequest<{ code: string }>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const { id } = await service.checkIn(req.validatedBody.code)
  res.json({ booking: await service.retrieveBooking(id) })
}
