import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sessionView } from "../../../../../lib/views"
import { school } from "../../../../utils/school"

/** Who is coming: confirmed seats with the customer's name and email (the platform's own view), and open holds. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const service = school(req.scope)
  const session = await service.retrieveWorkshopSession(req.params.id)
  const seats = await service.listWorkshopSeats({ session_id: session.id, status: ["held", "confirmed"] } as any, { order: { created_at: "ASC" } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [...new Set(seats.map((s) => s.customer_id))]
  const { data: customers } = ids.length ? await query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email", "phone"], filters: { id: ids } }) : { data: [] }
  const taken = await service.takenSeats([session.id])
  res.json({
    session: sessionView(session, taken[session.id] ?? 0, { admin: true }),
    attendees: seats.map((s) => ({
      seat_id: s.id,
      status: s.status,
      hold_expires_at: s.hold_expires_at,
      order_id: s.order_id,
      customer: customers.find((c: any) => c.id === s.customer_id) ?? { id: s.customer_id },
    })),
  })
}
