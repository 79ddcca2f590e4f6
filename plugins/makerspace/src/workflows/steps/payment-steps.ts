import type { FilterableRefundProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { MAKERSPACE_MODULE } from "../../modules/makerspace"

/**
 * The order's live payment, on which the bookings' price is captured: a booked slot is a service
 * sold at booking time, so its price is captured when the order is placed (products in the same
 * order stay authorised until the seller ships). Null when the order has none.
 */
export const orderPaymentStep = createStep(
  "booking-order-payment",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.payments.id", "payment_collections.payments.canceled_at"],
      filters: { id: input.order_id },
    })
    type Collection = { payments?: ({ id: string; canceled_at: Date | null } | null)[] | null } | null
    const payments = (
      (orders[0] as { payment_collections?: Collection[] | null } | undefined)?.payment_collections ?? []
    ).flatMap((pc) => pc?.payments ?? [])
    const payment = payments.find((p) => p && !p.canceled_at)
    return new StepResponse(payment?.id ?? null)
  }
)

/** What to capture for the bookings just confirmed (their lines' prices), or null for nothing. */
export function bookingCapture(
  paymentId: string | null,
  bookings: { id: string; amount: number }[],
  confirmed: string[]
) {
  const amount = MathBN.sum(0, ...bookings.filter((b) => confirmed.includes(b.id)).map((b) => b.amount))
  if (!paymentId || !MathBN.gt(amount, 0)) return null
  return { payment_id: paymentId, amount: MathBN.convert(amount, 2).toNumber() }
}

/** Notes the captured payment on each booking, so a cancellation knows what to refund. */
export const recordBookingPaymentStep = createStep(
  "record-booking-payment",
  async (input: { booking_ids: string[]; payment_id: string }, { container }) => {
    await container
      .resolve(MAKERSPACE_MODULE)
      .updateBookings(input.booking_ids.map((id) => ({ id, payment_id: input.payment_id })))
    return new StepResponse(input.booking_ids, input.booking_ids)
  },
  async (ids, { container }) => {
    if (ids?.length)
      await container.resolve(MAKERSPACE_MODULE).updateBookings(ids.map((id) => ({ id, payment_id: null })))
  }
)

/** The refund label that ties a Medusa refund to the booking it paid back. */
export const refundNote = (bookingId: string) => `Booking ${bookingId} cancelled`

/** After Medusa's refund workflow ran: notes its refund on the booking. */
export const recordBookingRefundStep = createStep(
  "record-booking-refund",
  async (input: { booking_id: string; payment_id: string }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    // The refund's note names its booking (refundNote); Medusa's refund filters do not declare `note`.
    const [refund] = await payments.listRefunds(
      { payment_id: input.payment_id, note: refundNote(input.booking_id) } as FilterableRefundProps,
      { take: 1 }
    )
    const booking = await container
      .resolve(MAKERSPACE_MODULE)
      .updateBookings({ id: input.booking_id, refund_id: refund?.id ?? null })
    return new StepResponse(booking)
  }
)

/**
 * Checkout failed after the cart passed validation (the card was declined, say): the holds of its
 * bookings are released at once instead of blocking the slot until they lapse.
 */
export async function releaseCartHolds(container: MedusaContainer, bookingIds: string[]) {
  if (!bookingIds.length) return
  const makerspace = container.resolve(MAKERSPACE_MODULE)
  const held = await makerspace.listBookings({ id: bookingIds, status: "held" })
  if (held.length)
    await makerspace.updateBookings(held.map((b) => ({ id: b.id, status: "expired" as const, hold_expires_at: null })))
}
