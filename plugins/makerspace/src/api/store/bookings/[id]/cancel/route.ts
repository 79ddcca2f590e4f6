import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../workflows"
import { makerspace } from "../../../../utils/makerspace"

/** Cancels the customer's own booking under the cancellation policy; returns the refund due. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const policy = makerspace(req.scope).policy()
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      free_until_hours: policy.free_cancellation_hours,
      late_fee_percent: policy.late_cancellation_fee_percent,
    },
  })
  res.json({ booking: result.booking, refund_amount: result.refund })
}
