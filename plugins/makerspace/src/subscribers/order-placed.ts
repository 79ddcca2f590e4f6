import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { confirmBookingsWorkflow } from "../workflows/bookings"

/** Placing the order confirms the bookings it paid for. */
export default async function confirmPaidBookings({ event, container }: SubscriberArgs<{ id: string }>) {
  await confirmBookingsWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "makerspace-confirm-bookings" },
}
