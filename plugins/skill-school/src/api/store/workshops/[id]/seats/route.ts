import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALREADY_SEATED, SEATS_GONE } from "../../../../../modules/skill-school/service"
import { holdSeatWorkflow } from "../../../../../workflows"
import type { PostStoreSeatType } from "../../../../validators"
import { school, seatConflictBody } from "../../../../utils/school"

/**
 * Takes a seat: a free workshop's at once (201, confirmed), a paid one's held in the customer's cart
 * (`cart_id`) until checkout (201, held). No seat left: 409 `seats_gone`; a seat already: 409 `already_seated`.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostStoreSeatType>, res: MedusaResponse) {
  try {
    const { result } = await holdSeatWorkflow(req.scope).run({
      input: {
        session_id: req.params.id,
        customer_id: req.auth_context.actor_id,
        cart_id: req.validatedBody.cart_id ?? null,
        hold_minutes: school(req.scope).policy().seat_hold_minutes,
      },
    })
    res.status(201).json({ seat: result })
  } catch (error: any) {
    if (error?.message === SEATS_GONE || error?.message === ALREADY_SEATED) {
      res.status(409).json(seatConflictBody(error.message))
      return
    }
    throw error
  }
}
