import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { courseView, sessionView } from "../../../lib/views"
import { school } from "../../utils/school"

/** My workshop seats, soonest first; confirmed online seats carry the link. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const service = school(req.scope)
  const [seats, count] = await service.listAndCountWorkshopSeats(
    { customer_id: req.auth_context.actor_id, status: ["held", "confirmed"] } as any,
    { skip, take, order: { created_at: "DESC" }, relations: ["session", "session.course"] }
  )
  const taken = await service.takenSeats([...new Set(seats.map((s: any) => s.session.id as string))])
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    seats: seats.map((s: any) => ({
      id: s.id,
      status: s.status,
      hold_expires_at: s.hold_expires_at,
      order_id: s.order_id,
      workshop: { ...sessionView(s.session, taken[s.session.id] ?? 0, { attendee: s.status === "confirmed" }), course: courseView(s.session.course) },
    })),
    count,
    offset: skip,
    limit: take,
  })
}
