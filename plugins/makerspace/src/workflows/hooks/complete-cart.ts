import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertBookingHoldsLive } from "../steps/cart-steps"

// A cart with bookings completes only while their holds are live: an expired hold may already be
// someone else's slot.
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertBookingHoldsLive(container, ((cart as any).items ?? []) as { metadata?: Record<string, unknown> | null }[])
})
