import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreSeatResponse } from "../../../../../contract"
import { seatRecord } from "../../../../../lib/views"
import { SKILL_SCHOOL_MODULE } from "../../../../../modules/skill-school"
import { holdSeatWorkflow } from "../../../../../workflows"
import type { PostStoreSeatType } from "../../../../validators"

/**
 * Takes a seat: a free workshop's at once (201, confirmed), a paid one's held in the customer's cart
 * (`cart_id`) until checkout (201, held). No seat left: 409 `seats_gone`; a seat already: 409
 * `already_seated` (coded errors from the service, answered by the app's handler).
 */
export async function POST(req: AuthenticatedMedusaRequest<PostStoreSeatType>, res: MedusaResponse<StoreSeatResponse>) {
  const { result } = await holdSeatWorkflow(req.scope).run({
    input: {
      session_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      cart_id: req.validatedBody.cart_id ?? null,
      hold_minutes: req.scope.resolve(SKILL_SCHOOL_MODULE).policy().seat_hold_minutes,
    },
  })
  res.status(201).json({ seat: seatRecord(result) })
}
