import { Modules } from "@medusajs/framework/utils"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import {
  capturePledgePaymentStep,
  markPledgeCapturedStep,
  preparePledgeOrderStep,
  recordPledgeCapturesStep,
} from "./steps/settle-pledge-steps"

/**
 * Settles one pledge of a succeeded pool: captures what it owes, creates its Medusa order at the final
 * price, links the pledge's payment collection to the order, records the captures on it, and marks the
 * pledge captured. If any step after the capture fails, the steps before it are undone in reverse (the
 * captures' transactions deleted, the link dismissed, the order deleted by Medusa's own compensation of
 * `createOrderWorkflow`), so the pledge is left as it was, with its capture: the retry orders it once
 * and captures nothing more. `settlePoolWorkflow` runs it for each pledge, under the pledge's lock.
 */
export const settlePledgeWorkflow = createWorkflow("settle-pledge", (input: { pool_id: string; pledge_id: string }) => {
  const { payment_id } = capturePledgePaymentStep(input)
  const prepared = preparePledgeOrderStep(input)
  const order = createOrderWorkflow.runAsStep({ input: transform({ prepared }, ({ prepared }) => prepared.order) })
  createRemoteLinkStep(
    transform({ order, prepared }, ({ order, prepared }) => [
      {
        [Modules.ORDER]: { order_id: order.id },
        [Modules.PAYMENT]: { payment_collection_id: prepared.payment_collection_id },
      },
    ])
  )
  recordPledgeCapturesStep(
    transform({ order, prepared, payment_id }, ({ order, prepared, payment_id }) => ({
      order_id: order.id,
      payment_id,
      currency_code: prepared.currency_code,
    }))
  )
  const pledge = markPledgeCapturedStep(
    transform({ order, input }, ({ order, input }) => ({ pledge_id: input.pledge_id, order_id: order.id }))
  )
  return new WorkflowResponse(pledge)
})
