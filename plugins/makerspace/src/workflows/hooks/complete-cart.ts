import { registerCheckoutRule } from "@dharavi/checkout-rules"
import { assertBookingHoldsLive, bookingIdsOf } from "../steps/cart-steps"
import { releaseCartHolds } from "../steps/payment-steps"

// A cart with bookings completes only while their holds are live: an expired hold may already be
// someone else's slot. If checkout then fails (the payment is declined, say), Medusa compensates the
// validate hook and the holds are released at once, so the slot is free again for everyone. A
// repeated completion of a completed cart (Medusa returns the order it placed, under its lock on the
// cart) is let through and releases nothing if it fails: those bookings belong to the order.
// The hook itself belongs to @dharavi/checkout-rules, which runs every plugin's rule.
registerCheckoutRule<string[]>("makerspace:booking-holds", {
  async validate({ cart }, container) {
    const c = cart as Parameters<typeof assertBookingHoldsLive>[1]
    await assertBookingHoldsLive(container, c)
    return c.completed_at ? [] : bookingIdsOf(c.items ?? [])
  },
  async compensate(bookingIds, container) {
    await releaseCartHolds(container, bookingIds ?? [])
  },
})
