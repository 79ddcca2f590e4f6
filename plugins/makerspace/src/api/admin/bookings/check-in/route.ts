import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { makerspace } from "../../../utils/makerspace"

/** Checks a customer in by the code on their booking's QR (confirmed bookings, from 30 minutes before the start). */
export async function POST(req: MedusaRequest<{ code: string }>, res: MedusaResponse) {
  const service = makerspace(req.scope)
  const [booking] = await service.listBookings({ check_in_code: req.validatedBody.code })
  if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No booking has that check-in code")
  if (booking.status !== "confirmed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This booking is ${booking.status}, not confirmed`)
  if (Date.now() < new Date(booking.starts_at).getTime() - 30 * 60_000) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Check-in opens 30 minutes before the booking starts")
  }
  const updated = await service.updateBookings({ id: booking.id, status: "checked_in", checked_in_at: new Date() })
  res.json({ booking: updated })
}
