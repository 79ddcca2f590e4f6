import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminAttendeesResponse, AdminCustomer } from "../../../../../contract"
import { iso, sessionView } from "../../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../../modules/skill-school"

/** Who is coming: confirmed seats with the customer's name and email (the platform's own view), and open holds. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AdminAttendeesResponse>) {
  const service = req.scope.resolve(SKILL_SCHOOL_MODULE)
  const session = await service.retrieveWorkshopSession(req.params.id)
  const seats = await service.listWorkshopSeats(
    { session_id: session.id, status: ["held", "confirmed"] },
    { order: { created_at: "ASC" } }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(seats.map((s) => s.customer_id))]
  const customers: AdminCustomer[] = ids.length
    ? (
        await query.graph({
          entity: "customer",
          fields: ["id", "first_name", "last_name", "email", "phone"],
          filters: { id: ids },
        })
      ).data
    : []
  const taken = await service.takenSeats([session.id])
  res.json({
    session: sessionView(session, taken[session.id] ?? 0, { admin: true }),
    attendees: seats.map((s) => ({
      seat_id: s.id,
      status: s.status,
      hold_expires_at: s.hold_expires_at ? iso(s.hold_expires_at) : null,
      order_id: s.order_id ?? null,
      customer: customers.find((c) => c.id === s.customer_id) ?? { id: s.customer_id },
    })),
  })
}
