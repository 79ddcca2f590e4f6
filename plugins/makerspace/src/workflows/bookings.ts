import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BookingRequest, cancelBookingStep, holdBookingStep, planBookingStep } from "./steps/booking-steps"

/** Holds a slot for a customer for `hold_minutes` while they check out. */
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
    emitEventStep({ eventName: "booking.held", data: transform({ booking }, ({ booking }) => ({ id: booking.id })) })
    return new WorkflowResponse(booking)
  }
)

/** Cancels a booking: free until `free_until_hours` before the start, then `late_fee_percent` is kept. */
export const cancelBookingWorkflow = createWorkflow(
  "cancel-booking",
  (input: { booking_id: string; customer_id?: string; free_until_hours: number; late_fee_percent: number }) => {
    const result = cancelBookingStep(input)
    emitEventStep({
      eventName: "booking.cancelled",
      data: transform({ result }, ({ result }) => ({ id: result.booking.id, refund: result.refund })),
    })
    return new WorkflowResponse(result)
  }
)
