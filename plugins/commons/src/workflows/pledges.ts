import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { CommonsEvents } from "../contract"
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

type PledgeInput = {
  pool_id: string
  customer_id: string
  quantity: number
  flex_quantity: number
  payment: PaymentChoice
}

const pledgeKey = (id: string) => `pledge:${id}`

/**
 * A business pledges to a pool: its units are reserved under the pool's lock (never past the
 * maximum), then, under the new pledge's lock, its payment is authorised for the most it could cost.
 * A refused payment undoes the reservation.
 */
export const createPledgeWorkflow = createWorkflow("create-pledge", (input: PledgeInput) => {
  const pledge = reservePledgeStep(input)
  const lock = lockRecordStep(transform({ pledge }, ({ pledge }) => ({ key: pledgeKey(pledge.id) })))
  const authorized = authorizePledgeStep(input)
  const recorded = recordPledgePaymentStep(
    transform({ pledge, authorized }, ({ pledge, authorized }) => ({ pledge_id: pledge.id, ...authorized }))
  )
  emitEventStep({
    eventName: CommonsEvents.PLEDGE_CREATED,
    data: transform({ pledge }, ({ pledge }) => ({ id: pledge.id })),
  })
  unlockRecordStep(lock)
  return new WorkflowResponse(recorded)
})

/**
 * Changes a pledge while the pool is open, under the pledge's lock (`pledge:<id>`, shared with
 * withdrawal and settlement): the new amount is authorised first, then the new quantities and the
 * new authorisation are written together (only if the pledge still carries the old one), then the
 * old authorisation is cancelled. A refused card leaves the pledge and its authorisation as they
 * were; so at every moment a pledge has one live authorisation.
 */
export const changePledgeWorkflow = createWorkflow(
  "change-pledge",
  (input: {
    pledge_id: string
    customer_id: string
    quantity: number
    flex_quantity: number
    payment: PaymentChoice
  }) => {
    const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: pledgeKey(input.pledge_id) })))
    const before = ownPledgeStep(input)
    const authorized = authorizePledgeStep(
      transform({ input, before }, ({ input, before }) => ({
        pool_id: before.pool_id,
        customer_id: input.customer_id,
        quantity: input.quantity,
        flex_quantity: input.flex_quantity,
        payment: input.payment,
      }))
    )
    const changed = changePledgeStep(
      transform({ input, before, authorized }, ({ input, before, authorized }) => ({
        pledge_id: input.pledge_id,
        quantity: input.quantity,
        flex_quantity: input.flex_quantity,
        expected_payment_id: before.payment_id ?? null,
        ...authorized,
      }))
    )
    cancelAuthorizationStep(transform({ before }, ({ before }) => ({ payment_id: before.payment_id })))
    emitEventStep({
      eventName: CommonsEvents.PLEDGE_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.pledge_id })),
    })
    unlockRecordStep(lock)
    return new WorkflowResponse(changed)
  }
)

/** Withdraws a pledge while the pool is open, under the pledge's lock; its authorisation is cancelled. */
export const withdrawPledgeWorkflow = createWorkflow(
  "withdraw-pledge",
  (input: { pledge_id: string; customer_id: string }) => {
    const lock = lockRecordStep(transform({ input }, ({ input }) => ({ key: pledgeKey(input.pledge_id) })))
    const before = ownPledgeStep(input)
    const pledge = withdrawPledgeStep(input)
    cancelAuthorizationStep(transform({ before }, ({ before }) => ({ payment_id: before.payment_id })))
    emitEventStep({
      eventName: CommonsEvents.PLEDGE_WITHDRAWN,
      data: transform({ input }, ({ input }) => ({ id: input.pledge_id })),
    })
    unlockRecordStep(lock)
    return new WorkflowResponse(pledge)
  }
)
