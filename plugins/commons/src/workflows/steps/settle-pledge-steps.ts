import type { CreateOrderDTO, CreateOrderLineItemDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { money } from "../../lib/settlement"
import { COMMONS_MODULE } from "../../modules/commons"

/**
 * Captures what the pledge owes at the final price: only the part its payment has not captured yet,
 * read from the payment's own captures, so a retry never captures twice.
 *
 * No compensation, on purpose: the money is taken under the authorisation the pledger gave for
 * exactly this, at the decided price. If a later step fails, the capture stays and the retry reads it
 * (and captures nothing more); refunding it only to capture it again would charge the card twice
 * over and could fail halfway.
 */
export const capturePledgePaymentStep = createStep(
  "capture-pledge-payment",
  async (input: { pledge_id: string }, { container }) => {
    const pledge = await container.resolve(COMMONS_MODULE).retrievePledge(input.pledge_id)
    const payments = container.resolve(Modules.PAYMENT)
    const due = MathBN.min(pledge.amount_due ?? 0, pledge.authorized_amount ?? 0)
    const [payment] = await payments.listPayments({ id: pledge.payment_id! }, { relations: ["captures"] })
    const captured = MathBN.sum(...(payment.captures ?? []).map((c) => c.amount))
    // Anything left to the paisa is captured; a retry after a full capture takes nothing more.
    const rest = MathBN.convert(MathBN.sub(due, captured), 2)
    if (MathBN.gt(rest, 0)) await payments.capturePayment({ payment_id: payment.id, amount: money(rest) })
    return new StepResponse({ payment_id: payment.id })
  }
)

/** What the pledge's order is made of (reads only): the material at the final price and the shared costs. */
export const preparePledgeOrderStep = createStep(
  "prepare-pledge-order",
  async (input: { pool_id: string; pledge_id: string }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const pool = await commons.retrieveGroupBuyPool(input.pool_id)
    const pledge = await commons.retrievePledge(input.pledge_id)
    const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: pledge.customer_id })
    const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: pool.currency_code })
    const { data: variants } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: pool.variant_id } })
    const variant = variants[0] as { product?: { title?: string } } | undefined
    const items: CreateOrderLineItemDTO[] = [
      {
        variant_id: pool.variant_id,
        title: variant?.product?.title ?? pool.title,
        subtitle: `${pool.title}: ${pledge.allocated_quantity} ${pool.unit}`,
        quantity: Number(pledge.allocated_quantity),
        unit_price: money(pledge.unit_price ?? 0),
        // The tier price is what the pledger pays (and what was captured): taxes are inside it. A price
        // set in full also spares the order Medusa's price lookup, which refuses unpublished products:
        // a raw material often is one (kept off the shop, or its seller still pending or suspended).
        is_tax_inclusive: true,
        requires_shipping: pool.fulfilment === "delivery",
        metadata: { pool_id: pool.id, pledge_id: pledge.id },
      },
    ]
    if (MathBN.gt(pledge.cost_share ?? 0, 0)) {
      items.push({
        title: "Shared freight and handling",
        quantity: 1,
        unit_price: money(pledge.cost_share ?? 0),
        is_tax_inclusive: true,
        requires_shipping: false,
        is_discountable: false,
        metadata: { pool_id: pool.id },
      })
    }
    const order: CreateOrderDTO = {
      region_id: region?.id,
      customer_id: pledge.customer_id,
      email: customer?.email,
      currency_code: pool.currency_code,
      items,
      metadata: { pool_id: pool.id, pledge_id: pledge.id, pickup_point: pool.pickup_point },
    }
    return new StepResponse({
      payment_collection_id: pledge.payment_collection_id as string,
      currency_code: pool.currency_code,
      order,
    })
  }
)

/** Records the pledge's captures on its order as transactions; compensation deletes them. */
export const recordPledgeCapturesStep = createStep(
  "record-pledge-captures",
  async (input: { order_id: string; payment_id: string; currency_code: string }, { container }) => {
    const [payment] = await container
      .resolve(Modules.PAYMENT)
      .listPayments({ id: input.payment_id }, { relations: ["captures"] })
    const created = await container.resolve(Modules.ORDER).addOrderTransactions(
      (payment.captures ?? []).map((c) => ({
        order_id: input.order_id,
        amount: money(c.amount),
        currency_code: input.currency_code,
        reference: "capture",
        reference_id: c.id,
      }))
    )
    return new StepResponse(
      created,
      created.map((t) => t.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.ORDER).deleteOrderTransactions(ids)
  }
)

/** The pledge is paid and ordered; compensation puts back what it was. */
export const markPledgeCapturedStep = createStep(
  "mark-pledge-captured",
  async (input: { pledge_id: string; order_id: string }, { container }) => {
    const commons = container.resolve(COMMONS_MODULE)
    const before = await commons.retrievePledge(input.pledge_id)
    const pledge = await commons.updatePledges({
      id: before.id,
      status: "captured",
      order_id: input.order_id,
      capture_attempts: before.capture_attempts + 1,
      last_error: null,
    })
    return new StepResponse(pledge, {
      id: before.id,
      status: before.status,
      order_id: before.order_id,
      capture_attempts: before.capture_attempts,
      last_error: before.last_error,
    })
  },
  async (before, { container }) => {
    if (before) await container.resolve(COMMONS_MODULE).updatePledges(before)
  }
)
