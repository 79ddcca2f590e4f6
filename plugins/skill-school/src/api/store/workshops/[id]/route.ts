import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { courseView, sessionView } from "../../../../lib/views"
import { school } from "../../../utils/school"

/** A workshop session; the online link only for a customer with a confirmed seat. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = school(req.scope)
  const [session] = await service.listWorkshopSessions({ id: req.params.id, course: { status: "published" } } as any, { relations: ["course"] })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Workshop ${req.params.id} was not found`)
  const taken = await service.takenSeats([session.id])
  const customerId = req.auth_context?.actor_id
  const [seat] = customerId ? await service.listWorkshopSeats({ session_id: session.id, customer_id: customerId, status: ["held", "confirmed"] } as any) : []
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    workshop: { ...sessionView(session, taken[session.id] ?? 0, { attendee: seat?.status === "confirmed" }), course: courseView((session as any).course) },
    seat: seat ? { id: seat.id, status: seat.status, hold_expires_at: seat.hold_expires_at } : null,
  })
}
