import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertBookingHoldsLive, bookingIdsOf } from "../steps/cart-steps"
import { releaseCartHolds } from "../steps/payment-steps"

// A cart with bookings completes only while their holds are live: an expired hold may already be
// someone else's slot. If checkout then fails (the payment is declined, say), Medusa compensates this
// hook and the holds are released at once, so the slot is free again for everyone. A repeated
// completion of a completed cart (Medusa returns the order it placed, under its lock on the cart) is
// let through and releases nothing if it fails: those bookings belong to the order.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const c = cart as any
    await assertBookingHoldsLive(container, c)
    return new StepResponse(undefined, c.completed_at ? [] : bookingIdsOf(c.items ?? []))
  },
  async (bookingIds, { container }) => {
    await releaseCartHolds(container, bookingIds ?? [])
  }
)
