import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  PaymentChoice,
  authorizePledgeStep,
  cancelAuthorizationStep,
  changePledgeStep,
  ownPledgeStep,
  recordPledgePaymentStep,
  reservePledgeStep,
  withdrawPledgeStep,
} from "./steps/pledge-steps"

type PledgeInput = { pool_id: string; customer_id: string; quantity: number; flex_quantity: number; payment: PaymentChoice }

/**
 * A business pledges to a pool: its units are reserved under the pool's lock (never past the
 * maximum), then its payment is authorised for the most it could cost. A refused payment undoes
 * the reservation.
 */
export const createPledgeWorkflow = createWorkflow("create-pledge", (input: PledgeInput) => {
  const pledge = reservePledgeStep(input)
  const authorized = authorizePledgeStep(input)
  const recorded = recordPledgePaymentStep(
    transform({ pledge, authorized }, ({ pledge, authorized }) => ({ pledge_id: pledge.id as string, ...authorized }))
  )
  emitEventStep({ eventName: "pledge.created", data: transform({ pledge }, ({ pledge }) => ({ id: pledge.id })) })
  return new WorkflowResponse(recorded)
})

/** Changes a pledge while the pool is open: new quantities, a new authorisation, the old one let go. */
export const changePledgeWorkflow = createWorkflow(
  "change-pledge",
  (input: { pledge_id: string; customer_id: string; quantity: number; flex_quantity: number; payment: PaymentChoice }) => {
    const before = ownPledgeStep(input)
    changePledgeStep(input)
    const authorized = authorizePledgeStep(
      transform({ input, before }, ({ input, before }) => ({
        pool_id: (before as any).pool_id as string,
        customer_id: input.customer_id,
        quantity: input.quantity,
        flex_quantity: input.flex_quantity,
        payment: input.payment,
      }))
    )
    const recorded = recordPledgePaymentStep(transform({ input, authorized }, ({ input, authorized }) => ({ pledge_id: input.pledge_id, ...authorized })))
    cancelAuthorizationStep(transform({ before }, ({ before }) => ({ payment_id: before.payment_id })))
    emitEventStep({ eventName: "pledge.changed", data: transform({ input }, ({ input }) => ({ id: input.pledge_id })) })
    return new WorkflowResponse(recorded)
  }
)

/** Withdraws a pledge while the pool is open; its authorisation is cancelled. */
export const withdrawPledgeWorkflow = createWorkflow("withdraw-pledge", (input: { pledge_id: string; customer_id: string }) => {
  const before = ownPledgeStep(input)
  const pledge = withdrawPledgeStep(input)
  cancelAuthorizationStep(transform({ before }, ({ before }) => ({ payment_id: before.payment_id })))
  emitEventStep({ eventName: "pledge.withdrawn", data: transform({ input }, ({ input }) => ({ id: input.pledge_id })) })
  return new WorkflowResponse(pledge)
})
