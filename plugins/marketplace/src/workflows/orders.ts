import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { computeSellerSharesStep, createSellerOrdersStep } from "./steps/order-steps"
import { MarketplaceEvents } from "../contract/events"

/** Records each seller's part of a placed order (idempotent: run twice, recorded once). */
export const recordSellerOrdersWorkflow = createWorkflow("record-seller-orders", (input: { order_id: string }) => {
  const computed = computeSellerSharesStep(input)
  const created = createSellerOrdersStep(
    transform({ input, computed }, ({ input, computed }) => ({ order_id: input.order_id, ...computed }))
  )
  emitEventStep({
    eventName: MarketplaceEvents.SELLER_ORDER_CREATED,
    data: transform({ created }, ({ created }) =>
      created.map((c) => ({ id: c.id, seller_id: c.seller_id, order_id: c.order_id }))
    ),
  })
  return new WorkflowResponse(created)
})
