import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertBookingHoldsLive, bookingIdsOf } from "../steps/cart-steps"
import { releaseCartHolds } from "../steps/payment-steps"

// A cart with bookings completes only while their holds are live: an expired hold may already be
// someone else's slot. If checkout then fails (the payment is declined, say), Medusa compensates this
// hook and the holds are released at once, so the slot is free again for everyone.
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container }) => {
    const items = ((cart as any).items ?? []) as { metadata?: Record<string, unknown> | null }[]
    await assertBookingHoldsLive(container, items)
    return new StepResponse(undefined, bookingIdsOf(items))
  },
  async (bookingIds, { container }) => {
    await releaseCartHolds(container, bookingIds ?? [])
  }
)
