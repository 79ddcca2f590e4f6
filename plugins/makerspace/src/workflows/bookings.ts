import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  capturePaymentWorkflow,
  deleteLineItemsWorkflow,
  emitEventStep,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { attachBookingToCartStep, priceBookingForCartStep } from "./steps/cart-steps"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { MakerspaceEvents } from "../contract"
import {
  BookingRequest,
  cancelBookingStep,
  confirmOrderBookingsStep,
  holdBookingStep,
  orderBookingsStep,
  planBookingStep,
} from "./steps/booking-steps"
import {
  bookingCapture,
  orderPaymentStep,
  recordBookingPaymentStep,
  recordBookingRefundStep,
  refundNote,
} from "./steps/payment-steps"

/**
 * Holds a slot for a customer for `hold_minutes` while they check out. With a cart, the booking is
 * priced (Medusa pricing, member prices included) and added to it as a line item; if that fails, the
 * hold is released by compensation.
 */
export const holdBookingWorkflow = createWorkflow(
  "hold-booking",
  (input: { request: BookingRequest; hold_minutes: number }) => {
    const plan = planBookingStep(input.request)
    const booking = holdBookingStep(
      transform({ input, plan }, ({ input, plan }) => ({
        customer_id: input.request.customer_id,
        start: plan.start,
        end: plan.end,
        candidates: plan.candidates,
        cart_id: input.request.cart_id,
        hold_minutes: input.hold_minutes,
      }))
    )
    const inCart = when({ input }, ({ input }) => Boolean(input.request.cart_id)).then(() => {
      const priced = priceBookingForCartStep(
        transform({ input, booking }, ({ input, booking }) => ({
          booking_id: booking.id,
          cart_id: input.request.cart_id as string,
          customer_id: input.request.customer_id,
        }))
      )
      addToCartWorkflow.runAsStep({
        input: transform({ priced }, ({ priced }) => ({ cart_id: priced.cart_id, items: [priced.item] })),
      })
      return attachBookingToCartStep(
        transform({ priced, booking }, ({ priced, booking }) => ({
          booking_id: booking.id,
          cart_id: priced.cart_id,
          currency_code: priced.currency_code,
          amount: priced.item.unit_price,
        }))
      )
    })
    emitEventStep({
      eventName: MakerspaceEvents.BOOKING_HELD,
      data: transform({ booking }, ({ booking }) => ({ id: booking.id })),
    })
    return new WorkflowResponse(transform({ booking, inCart }, ({ booking, inCart }) => inCart ?? booking))
  }
)

/**
 * Cancels a booking: free until `free_until_hours` before the start, then `late_fee_percent` is kept.
 * A paid booking's refund goes back through Medusa's refund workflow on the payment it was captured
 * on; if the refund fails, the cancellation is rolled back. A held booking leaves the cart it was in.
 *
 * Under the booking's lock (`booking:<id>`) from first step to last, so the refund is only ever made
 * by the one request that cancelled; the cancellation itself is a conditional update, so a second
 * request (or one that waited for the lock) gets 409 `booking_not_cancellable` and changes nothing.
 */
export const cancelBookingWorkflow = createWorkflow(
  "cancel-booking",
  (input: { booking_id: string; customer_id?: string; free_until_hours: number; late_fee_percent: number }) => {
    const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: `booking:${input.booking_id}` })))
    const result = cancelBookingStep(input)
    when(
      { result },
      ({ result }) =>
        result.previous_status === "held" && Boolean(result.booking.cart_id && result.booking.line_item_id)
    ).then(() => {
      deleteLineItemsWorkflow.runAsStep({
        input: transform({ result }, ({ result }) => ({
          cart_id: result.booking.cart_id as string,
          ids: [result.booking.line_item_id as string],
        })),
      })
    })
    const refunded = when({ result }, ({ result }) => result.refund > 0 && Boolean(result.booking.payment_id)).then(
      () => {
        refundPaymentWorkflow.runAsStep({
          input: transform({ result }, ({ result }) => ({
            payment_id: result.booking.payment_id as string,
            amount: result.refund,
            note: refundNote(result.booking.id),
          })),
        })
        return recordBookingRefundStep(
          transform({ result }, ({ result }) => ({
            booking_id: result.booking.id,
            payment_id: result.booking.payment_id as string,
          }))
        )
      }
    )
    emitEventStep({
      eventName: MakerspaceEvents.BOOKING_CANCELLED,
      data: transform({ result }, ({ result }) => ({ id: result.booking.id, refund: result.refund })),
    })
    unlockRecordStep(lock)
    return new WorkflowResponse(
      transform({ result, refunded }, ({ result, refunded }) => ({ ...result, booking: refunded ?? result.booking }))
    )
  }
)

/**
 * The order is placed: the bookings it paid for are confirmed (holds that are still theirs only: a
 * conditional update) and their price is captured on the order's payment, which is then noted on
 * each booking. If the capture fails, the confirmation is undone: a booking is confirmed only when
 * its money is in. A cancellation arriving between the confirmation and the note gets 409
 * `booking_payment_pending` (see `cancelBooking`), so it can never cancel without refunding.
 */
export const confirmBookingsWorkflow = createWorkflow("confirm-bookings", (input: { order_id: string }) => {
  const bookings = orderBookingsStep(input)
  const confirmed = confirmOrderBookingsStep(transform({ bookings }, ({ bookings }) => ({ bookings })))
  const paymentId = orderPaymentStep(input)
  const capture = transform({ paymentId, bookings, confirmed }, ({ paymentId, bookings, confirmed }) =>
    bookingCapture(paymentId, bookings, confirmed)
  )
  when({ capture }, ({ capture }) => Boolean(capture)).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ capture }, ({ capture }) => ({ payment_id: capture!.payment_id, amount: capture!.amount })),
    })
    recordBookingPaymentStep(
      transform({ capture, confirmed }, ({ capture, confirmed }) => ({
        booking_ids: confirmed,
        payment_id: capture!.payment_id,
      }))
    )
  })
  emitEventStep({
    eventName: MakerspaceEvents.BOOKING_CONFIRMED,
    data: transform({ confirmed }, ({ confirmed }) => confirmed.map((id) => ({ id }))),
  })
  return new WorkflowResponse(confirmed)
})
