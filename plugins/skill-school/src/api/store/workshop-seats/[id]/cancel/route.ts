import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSeatCancelResponse } from "../../../../../contract"
import { cancelSeatWorkflow } from "../../../../../workflows"

/** Lets my held or free seat go (a held one leaves the cart). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreSeatCancelResponse>) {
  const { result } = await cancelSeatWorkflow(req.scope).run({
    input: { seat_id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ seat: { id: result.id, status: result.status } })
}
