import type { MedusaContainer, PaymentCustomerDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { notAllowed } from "@dharavi/errors"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CommonsErrors, type CommonsErrorDetails, type PaymentChoice } from "../../contract"
import { maxPledgeCost } from "../../lib/settlement"
import { COMMONS_MODULE } from "../../modules/commons"
import { type PledgeRow, pledgeNotFound, pledgeNotLive, poolFull, poolTerms } from "../../modules/commons/service"

export type { PaymentChoice }

/** Takes the pledge's units from the pool's room (row-locked); compensation gives them back. */
export const reservePledgeStep = createStep(
  "reserve-pledge",
  async (input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number }, { container }) => {
    const pledge = await container.resolve(COMMONS_MODULE).reservePledge(input)
    return new StepResponse(pledge, pledge.id)
  },
  async (id, { container }) => {
    if (!id) return
    const commons = container.resolve(COMMONS_MODULE)
    await commons.releasePledge(id, false)
    await commons.updatePledges({ id, last_error: "The payment was not authorised" })
  }
)

/**
 * Authorises the most the pledge could cost through Medusa's payment module: a payment collection,
 * a session with the chosen provider, and its authorisation. Nothing is captured until the pool
 * succeeds. If authorisation is refused, the error reaches the customer and the pledge is undone.
 */
export const authorizePledgeStep = createStep(
  "authorize-pledge",
  async (
    input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number; payment: PaymentChoice },
    { container }
  ) => {
    const pool = await container.resolve(COMMONS_MODULE).retrieveGroupBuyPool(input.pool_id)
    const amount = maxPledgeCost(input.quantity, input.flex_quantity, poolTerms(pool))
    const payments = container.resolve(Modules.PAYMENT)
    const collection = await payments.createPaymentCollections({ currency_code: pool.currency_code, amount })
    try {
      const session = await payments.createPaymentSession(collection.id, {
        provider_id: input.payment.provider_id,
        currency_code: pool.currency_code,
        amount,
        data: input.payment.data ?? {},
        // The providers read only who pays; a pledge is made by a signed-in customer.
        context: { customer: { id: input.customer_id } as PaymentCustomerDTO },
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (!payment) throw new Error("the provider returned no payment")
      return new StepResponse(
        { payment_collection_id: collection.id, payment_id: payment.id, amount },
        { payment_id: payment.id, collection_id: collection.id }
      )
    } catch (error) {
      await payments.deletePaymentCollections(collection.id).catch(() => undefined)
      const reason = error instanceof Error ? error.message : "declined"
      throw notAllowed<CommonsErrorDetails["pledge_payment_declined"]>(
        CommonsErrors.PLEDGE_PAYMENT_DECLINED,
        `Your payment was not authorised: ${reason}`,
        { reason }
      )
    }
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(Modules.PAYMENT).cancelPayment(undo.payment_id)
  }
)

/** Notes a new pledge's authorisation (a conditional write: the pledge must still be live). */
export const recordPledgePaymentStep = createStep(
  "record-pledge-payment",
  async (
    input: { pledge_id: string; payment_collection_id: string; payment_id: string; amount: number },
    { container }
  ) => {
    const commons = container.resolve(COMMONS_MODULE)
    await commons.recordPledgePayment(input)
    return new StepResponse(await commons.retrievePledge(input.pledge_id))
  }
)

/**
 * A customer's own live pledge (404 for anyone else's; 409 `pledge_not_live` once it is withdrawn,
 * captured or released). With a new quantity, the pool's room is looked at first, so a change the
 * pool cannot take is refused before any authorisation is asked for (the write checks it again).
 */
export const ownPledgeStep = createStep(
  "own-pledge",
  async (input: { pledge_id: string; customer_id: string; quantity?: number }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const [pledge] = await commons.listPledges(
      { id: input.pledge_id, customer_id: input.customer_id },
      { relations: ["pool"] }
    )
    if (!pledge) throw pledgeNotFound(input.pledge_id)
    if (pledge.status !== "active") throw pledgeNotLive(pledge.status)
    if (input.quantity !== undefined) {
      const room = Number(pledge.pool.max_quantity) - Number(pledge.pool.pledged_quantity) + Number(pledge.quantity)
      if (input.quantity > room) throw poolFull(room - Number(pledge.quantity), input.quantity)
    }
    const { pool: _pool, ...rest } = pledge
    return new StepResponse(rest)
  }
)

/**
 * The new quantities and the new authorisation in one write, under the pool's lock and cap, and only
 * if the pledge still carries the authorisation this change replaces. Compensation (cancelling the
 * old authorisation failed) puts the old quantities and authorisation back.
 */
export const changePledgeStep = createStep(
  "change-pledge",
  async (
    input: {
      pledge_id: string
      quantity: number
      flex_quantity: number
      expected_payment_id: string | null
      payment_collection_id: string
      payment_id: string
      amount: number
    },
    { container }
  ) => {
    const { amount, ...rest } = input
    const commons = container.resolve(COMMONS_MODULE)
    const { before } = await commons.changePledge({ ...rest, authorized_amount: amount })
    return new StepResponse(await commons.retrievePledge(input.pledge_id), {
      before: before as PledgeRow,
      new_payment_id: input.payment_id,
    })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(COMMONS_MODULE).restorePledge(undo.before, undo.new_payment_id)
  }
)

/** Cancels an authorisation that is no longer needed (replaced, withdrawn, or the pool failed). */
export const cancelAuthorizationStep = createStep(
  "cancel-pledge-authorization",
  async (input: { payment_id?: string | null }, { container }) => {
    if (input.payment_id) await cancelIfOpen(container, input.payment_id)
    return new StepResponse(true)
  }
)

export async function cancelIfOpen(container: MedusaContainer, paymentId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const [payment] = await payments.listPayments({ id: paymentId }, { relations: ["captures"] })
  if (!payment || payment.canceled_at || (payment.captures ?? []).length) return
  await payments.cancelPayment(paymentId)
}

/** Withdraws a live pledge while the pool is open; compensation puts it back if its authorisation could not be let go. */
export const withdrawPledgeStep = createStep(
  "withdraw-pledge",
  async (input: { pledge_id: string }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const pledge = await commons.releasePledge(input.pledge_id, true)
    if (!pledge) {
      const current = await commons.retrievePledge(input.pledge_id)
      throw pledgeNotLive(current.status, "withdrawn")
    }
    return new StepResponse(await commons.retrievePledge(input.pledge_id), input.pledge_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(COMMONS_MODULE).reinstatePledge(id)
  }
)
