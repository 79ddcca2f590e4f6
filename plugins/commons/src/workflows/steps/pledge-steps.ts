import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { commonsService } from "../../lib/commons"
import { maxPledgeCost } from "../../lib/settlement"
import { poolTerms } from "../../modules/commons/service"

export type PaymentChoice = { provider_id: string; data?: Record<string, unknown> }

/** Takes the pledge's units from the pool's room (row-locked); compensation gives them back. */
export const reservePledgeStep = createStep(
  "reserve-pledge",
  async (input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number }, { container }) => {
    const pledge = await commonsService(container).reservePledge(input)
    return new StepResponse(pledge, pledge.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const commons = commonsService(container)
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
  async (input: { pool_id: string; customer_id: string; quantity: number; flex_quantity: number; payment: PaymentChoice }, { container }) => {
    const pool = await commonsService(container).retrieveGroupBuyPool(input.pool_id)
    const amount = maxPledgeCost(input.quantity, input.flex_quantity, poolTerms(pool))
    const payments = container.resolve(Modules.PAYMENT)
    const collection = await payments.createPaymentCollections({ currency_code: pool.currency_code, amount })
    try {
      const session = await payments.createPaymentSession(collection.id, {
        provider_id: input.payment.provider_id,
        currency_code: pool.currency_code,
        amount,
        data: input.payment.data ?? {},
        context: { customer: { id: input.customer_id } } as any,
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (!payment) throw new Error("the provider returned no payment")
      return new StepResponse({ payment_collection_id: collection.id, payment_id: payment.id, amount }, { payment_id: payment.id, collection_id: collection.id })
    } catch (error: any) {
      await payments.deletePaymentCollections(collection.id).catch(() => undefined)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your payment was not authorised: ${error?.message ?? "declined"}`)
    }
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(Modules.PAYMENT).cancelPayment(undo.payment_id)
  }
)

export const recordPledgePaymentStep = createStep(
  "record-pledge-payment",
  async (input: { pledge_id: string; payment_collection_id: string; payment_id: string; amount: number }, { container }) => {
    const commons = commonsService(container)
    const before = await commons.retrievePledge(input.pledge_id)
    const pledge = await commons.updatePledges({
      id: input.pledge_id,
      payment_collection_id: input.payment_collection_id,
      payment_id: input.payment_id,
      authorized_amount: input.amount,
    })
    return new StepResponse(pledge, { id: before.id, payment_collection_id: before.payment_collection_id, payment_id: before.payment_id, authorized_amount: before.authorized_amount })
  },
  async (before, { container }) => {
    if (before) await commonsService(container).updatePledges(before as any)
  }
)

/** A customer's own live pledge (404 for anyone else's). */
export const ownPledgeStep = createStep("own-pledge", async (input: { pledge_id: string; customer_id: string }, { container }) => {
  const [pledge] = await commonsService(container).listPledges({ id: input.pledge_id, customer_id: input.customer_id })
  if (!pledge) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pledge ${input.pledge_id} was not found`)
  if (pledge.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${pledge.status} pledge cannot be changed`)
  return new StepResponse(pledge)
})

/** New quantities under the pool's lock and cap; compensation restores the old ones. */
export const changePledgeStep = createStep(
  "change-pledge",
  async (input: { pledge_id: string; quantity: number; flex_quantity: number }, { container }) => {
    const { before, after } = await commonsService(container).changePledge(input)
    return new StepResponse(after, { pledge_id: before.id as string, quantity: Number(before.quantity), flex_quantity: Number(before.flex_quantity) })
  },
  async (before, { container }) => {
    if (before) await commonsService(container).changePledge(before).catch(() => undefined)
  }
)

/** Cancels an authorisation that is no longer needed (replaced, withdrawn, or the pool failed). */
export const cancelAuthorizationStep = createStep("cancel-pledge-authorization", async (input: { payment_id?: string | null }, { container }) => {
  if (input.payment_id) await cancelIfOpen(container, input.payment_id)
  return new StepResponse(true)
})

export async function cancelIfOpen(container: any, paymentId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const [payment] = await payments.listPayments({ id: paymentId }, { relations: ["captures"] })
  if (!payment || payment.canceled_at || (payment.captures ?? []).length) return
  await payments.cancelPayment(paymentId)
}

/** Withdraws a live pledge while the pool is open. */
export const withdrawPledgeStep = createStep("withdraw-pledge", async (input: { pledge_id: string }, { container }) => {
  const pledge = await commonsService(container).releasePledge(input.pledge_id, true)
  if (!pledge) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This pledge is no longer live")
  return new StepResponse(pledge)
})
