import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "@dharavi/errors"
import { SkillSchoolErrors, type StoreWorkshopResponse } from "../../../../contract"
import { courseView, iso, sessionView } from "../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../modules/skill-school"

/** A workshop session; the online link only for a customer with a confirmed seat. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreWorkshopResponse>) {
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [session] = await service.listWorkshopSessions(
    { id: req.params.id, course: { status: "published" } },
    { relations: ["course"] }
  )
  if (!session)
    throw notFound(SkillSchoolErrors.WORKSHOP_NOT_FOUND, `Workshop ${req.params.id} was not found`, {
      session_id: req.params.id,
    })
  const taken = await service.takenSeats([session.id])
  const customerId = req.auth_context?.actor_id
  const [seat] = customerId
    ? await service.listWorkshopSeats({
        session_id: session.id,
        customer_id: customerId,
        status: ["held", "confirmed"],
      })
    : []
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    workshop: {
      ...sessionView(session, taken[session.id] ?? 0, { attendee: seat?.status === "confirmed" }),
      course: courseView(session.course),
    },
    seat: seat
      ? { id: seat.id, status: seat.status, hold_expires_at: seat.hold_expires_at ? iso(seat.hold_expires_at) : null }
      : null,
  })
}
