import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSeatListResponse } from "../../../contract"
import { courseView, iso, sessionView } from "../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../modules/skill-school"

/** My workshop seats, soonest first; confirmed online seats carry the link. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSeatListResponse>) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const [seats, count] = await service.listAndCountWorkshopSeats(
    { customer_id: req.auth_context.actor_id, status: ["held", "confirmed"] },
    { skip, take, order: { created_at: "DESC" }, relations: ["session", "session.course"] }
  )
  const taken = await service.takenSeats([...new Set(seats.map((s) => s.session.id))])
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    seats: seats.map((s) => ({
      id: s.id,
      status: s.status,
      hold_expires_at: s.hold_expires_at ? iso(s.hold_expires_at) : null,
      order_id: s.order_id ?? null,
      workshop: {
        ...sessionView(s.session, taken[s.session.id] ?? 0, { attendee: s.status === "confirmed" }),
        course: courseView(s.session.course),
      },
    })),
    count,
    offset: skip,
    limit: take,
  })
}
