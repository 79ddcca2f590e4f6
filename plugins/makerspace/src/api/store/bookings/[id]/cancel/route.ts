import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreCancelBookingResponse } from "../../../../../contract"
import { MAKERSPACE_MODULE } from "../../../../../modules/makerspace"
import { cancelBookingWorkflow } from "../../../../../workflows"
import { bookingOut } from "../../../../utils/makerspace"

/** Cancels the customer's own booking under the cancellation policy; returns the refund due. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreCancelBookingResponse>) {
  const policy = req.scope.resolve(MAKERSPACE_MODULE).policy()
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      free_until_hours: policy.free_cancellation_hours,
      late_fee_percent: policy.late_cancellation_fee_percent,
    },
  })
  res.json({ booking: bookingOut(result.booking), refund_amount: result.refund })
}
