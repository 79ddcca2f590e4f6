import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { commonsService } from "../../lib/commons"
import { money } from "../../lib/settlement"

/**
 * Captures what the pledge owes at the final price: only the part its payment has not captured yet,
 * read from the payment's own captures, so a retry never captures twice.
 *
 * No compensation, on purpose: the money is taken under the authorisation the pledger gave for
 * exactly this, at the decided price. If a later step fails, the capture stays and the retry reads it
 * (and captures nothing more); refunding it only to capture it again would charge the card twice
 * over and could fail halfway.
 */
export const capturePledgePaymentStep = createStep("capture-pledge-payment", async (input: { pledge_id: string }, { container }) => {
  const pledge = await commonsService(container).retrievePledge(input.pledge_id)
  const payments = container.resolve(Modules.PAYMENT)
  const due = Math.min(Number(pledge.amount_due), Number(pledge.authorized_amount))
  const [payment] = await payments.listPayments({ id: pledge.payment_id! }, { relations: ["captures"] })
  const captured = (payment.captures ?? []).reduce((s: number, c: any) => s + Number(c.amount), 0)
  if (captured < due - 0.001) await payments.capturePayment({ payment_id: payment.id, amount: money(due - captured) })
  return new StepResponse({ payment_id: payment.id })
})

/** What the pledge's order is made of (reads only): the material at the final price and the shared costs. */
export const preparePledgeOrderStep = createStep("prepare-pledge-order", async (input: { pool_id: string; pledge_id: string }, { container }) => {
  const commons = commonsService(container)
  const pool = await commons.retrieveGroupBuyPool(input.pool_id)
  const pledge = await commons.retrievePledge(input.pledge_id)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: pledge.customer_id })
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: pool.currency_code })
  const { data: variants } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: pool.variant_id } })
  const variant: any = variants[0]
  const items: any[] = [
    {
      variant_id: pool.variant_id,
      title: variant?.product?.title ?? pool.title,
      subtitle: `${pool.title}: ${pledge.allocated_quantity} ${pool.unit}`,
      quantity: Number(pledge.allocated_quantity),
      unit_price: Number(pledge.unit_price),
      // The tier price is what the pledger pays (and what was captured): taxes are inside it. A price
      // set in full also spares the order Medusa's price lookup, which refuses unpublished products:
      // a raw material often is one (kept off the shop, or its seller still pending or suspended).
      is_tax_inclusive: true,
      requires_shipping: pool.fulfilment === "delivery",
      metadata: { pool_id: pool.id, pledge_id: pledge.id },
    },
  ]
  if (Number(pledge.cost_share) > 0) {
    items.push({ title: "Shared freight and handling", quantity: 1, unit_price: Number(pledge.cost_share), is_tax_inclusive: true, requires_shipping: false, is_discountable: false, metadata: { pool_id: pool.id } })
  }
  return new StepResponse({
    payment_collection_id: pledge.payment_collection_id as string,
    currency_code: pool.currency_code as string,
    order: {
      region_id: region?.id,
      customer_id: pledge.customer_id,
      email: customer?.email,
      currency_code: pool.currency_code,
      items,
      metadata: { pool_id: pool.id, pledge_id: pledge.id, pickup_point: pool.pickup_point },
    },
  })
})

/** Records the pledge's captures on its order as transactions; compensation deletes them. */
export const recordPledgeCapturesStep = createStep(
  "record-pledge-captures",
  async (input: { order_id: string; payment_id: string; currency_code: string }, { container }) => {
    const [payment] = await container.resolve(Modules.PAYMENT).listPayments({ id: input.payment_id }, { relations: ["captures"] })
    const created = await container.resolve(Modules.ORDER).addOrderTransactions(
      (payment.captures ?? []).map((c: any) => ({ order_id: input.order_id, amount: Number(c.amount), currency_code: input.currency_code, reference: "capture", reference_id: c.id }))
    )
    return new StepResponse(created, created.map((t: any) => t.id as string))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
  }
)

/** The pledge is paid and ordered; compensation puts back what it was. */
export const markPledgeCapturedStep = createStep(
  "mark-pledge-captured",
  async (input: { pledge_id: string; order_id: string }, { container }) => {
    const commons = commonsService(container)
    const before = await commons.retrievePledge(input.pledge_id)
    const pledge = await commons.updatePledges({ id: before.id, status: "captured", order_id: input.order_id, capture_attempts: before.capture_attempts + 1, last_error: null })
    return new StepResponse(pledge, { id: before.id, status: before.status, order_id: before.order_id, capture_attempts: before.capture_attempts, last_error: before.last_error })
  },
  async (before, { container }) => {
    if (before) await commonsService(container).updatePledges(before as any)
  }
)
