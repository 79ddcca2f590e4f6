import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { enrolFromOrderWorkflow } from "../workflows"

/** Placing an order enrols its buyer in the courses it bought and confirms its workshop seats. */
export default async function enrolFromOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await enrolFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "skill-school-enrol-from-order" },
}
