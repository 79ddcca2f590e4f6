import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordSellerOrdersWorkflow } from "../workflows/orders"

/** Splits every placed order between the sellers whose products it contains. */
export default async function splitOrderBetweenSellers({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordSellerOrdersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "marketplace-split-order" },
}
