import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { commonsService } from "../../lib/commons"
import { money } from "../../lib/settlement"
import { cancelIfOpen } from "./pledge-steps"

/** Decides a closed pool (once; later runs read the decision). */
export const decidePoolStep = createStep("decide-pool", async (input: { pool_id: string }, { container }) => {
  const { pool, outcome } = await commonsService(container).decidePool(input.pool_id)
  return new StepResponse({ status: pool.status as string, decided_now: Boolean(outcome) })
})

/**
 * For each pledge of a succeeded pool not yet done: capture what it owes (only the part not captured
 * yet, read from the payment itself, so a retry after a crash never captures twice), then create its
 * order at the final price with its share of freight and handling, linked to its payment collection.
 * A failed capture marks that pledge `capture_failed` with the reason and moves on; the job retries it.
 */
export const capturePledgesStep = createStep("capture-pledges", async (input: { pool_id: string }, { container }) => {
  const commons = commonsService(container)
  const payments = container.resolve(Modules.PAYMENT)
  const pool = await commons.retrieveGroupBuyPool(input.pool_id)
  const pledges = await commons.listPledges({ pool_id: pool.id, status: ["active", "capture_failed"] }, { order: { created_at: "ASC" } })
  const done: string[] = []
  const failed: string[] = []
  // Two runs may overlap (the job's tick and an admin's "settle now"): each pledge is worked under a
  // lock of its own and re-read inside it, so the second run finds it done and leaves it.
  const locking = container.resolve(Modules.LOCKING)
  for (const { id } of pledges) {
    await locking.execute(
      `commons-pledge:${id}`,
      async () => {
        const pledge = await commons.retrievePledge(id)
        if (pledge.status !== "active" && pledge.status !== "capture_failed") return
        const due = Math.min(Number(pledge.amount_due), Number(pledge.authorized_amount))
        try {
          const [payment] = await payments.listPayments({ id: pledge.payment_id! }, { relations: ["captures"] })
          const captured = (payment.captures ?? []).reduce((s: number, c: any) => s + Number(c.amount), 0)
          if (captured < due - 0.001) await payments.capturePayment({ payment_id: payment.id, amount: money(due - captured) })
        } catch (error: any) {
          failed.push(pledge.id)
          await commons.updatePledges({ id: pledge.id, status: "capture_failed", capture_attempts: pledge.capture_attempts + 1, last_error: String(error?.message ?? error) })
          return
        }
        const orderId = pledge.order_id ?? (await createPledgeOrder(container, pool, pledge))
        await commons.updatePledges({ id: pledge.id, status: "captured", order_id: orderId, capture_attempts: pledge.capture_attempts + 1, last_error: null })
        done.push(pledge.id)
      },
      { timeout: 120 }
    )
  }
  return new StepResponse({ captured: done, failed })
})

async function createPledgeOrder(container: any, pool: any, pledge: any): Promise<string> {
  const commons = commonsService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: pledge.customer_id })
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: pool.currency_code })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title"], filters: { id: pool.variant_id } })
  const variant: any = variants[0]
  const items: any[] = [
    {
      variant_id: pool.variant_id,
      title: variant?.product?.title ?? pool.title,
      subtitle: `${pool.title}: ${pledge.allocated_quantity} ${pool.unit}`,
      quantity: Number(pledge.allocated_quantity),
      unit_price: Number(pledge.unit_price),
      requires_shipping: pool.fulfilment === "delivery",
      metadata: { pool_id: pool.id, pledge_id: pledge.id },
    },
  ]
  if (Number(pledge.cost_share) > 0) {
    items.push({ title: "Shared freight and handling", quantity: 1, unit_price: Number(pledge.cost_share), requires_shipping: false, is_discountable: false, metadata: { pool_id: pool.id } })
  }
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: region?.id,
      customer_id: pledge.customer_id,
      email: customer?.email,
      currency_code: pool.currency_code,
      items,
      metadata: { pool_id: pool.id, pledge_id: pledge.id, pickup_point: pool.pickup_point },
    } as any,
  })
  // The pledge's payment pays for the order: link them, and record the capture on the order.
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.ORDER]: { order_id: order.id },
    [Modules.PAYMENT]: { payment_collection_id: pledge.payment_collection_id },
  })
  const [payment] = await container.resolve(Modules.PAYMENT).listPayments({ id: pledge.payment_id }, { relations: ["captures"] })
  await container.resolve(Modules.ORDER).addOrderTransactions(
    (payment.captures ?? []).map((c: any) => ({ order_id: order.id, amount: Number(c.amount), currency_code: pool.currency_code, reference: "capture", reference_id: c.id }))
  )
  await commons.updatePledges({ id: pledge.id, order_id: order.id })
  return order.id
}

/** A failed pool lets every authorisation go; the pledges are released. Safe to run again. */
export const releasePoolPledgesStep = createStep("release-pool-pledges", async (input: { pool_id: string }, { container }) => {
  const commons = commonsService(container)
  const pledges = await commons.listPledges({ pool_id: input.pool_id, status: "active" })
  for (const pledge of pledges) {
    if (pledge.payment_id) await cancelIfOpen(container, pledge.payment_id)
    await commons.updatePledges({ id: pledge.id, status: "released" })
  }
  return new StepResponse(pledges.map((p) => p.id))
})

/** A succeeded pool whose every pledge is captured and ordered is settled. */
export const finishSettlementStep = createStep("finish-settlement", async (input: { pool_id: string }, { container }) => {
  const commons = commonsService(container)
  const pool = await commons.retrieveGroupBuyPool(input.pool_id)
  if (pool.status !== "succeeded") return new StepResponse({ settled_now: false, status: pool.status as string })
  const open = await commons.listPledges({ pool_id: pool.id, status: ["active", "capture_failed"] })
  if (open.length) return new StepResponse({ settled_now: false, status: pool.status as string })
  await commons.updateGroupBuyPools({ id: pool.id, status: "settled", settled_at: new Date() })
  return new StepResponse({ settled_now: true, status: "settled" })
})
