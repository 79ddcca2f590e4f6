import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import {
  beginDraftOrderEditWorkflow,
  confirmDraftOrderEditWorkflow,
  convertDraftOrderWorkflow,
  createOrUpdateOrderPaymentCollectionWorkflow,
  emitEventStep,
  updateDraftOrderItemWorkflow,
} from "@medusajs/medusa/core-flows"
import { WholesaleEvents } from "../contract/events"
import {
  QuoteActor,
  addQuoteMessageStep,
  alignLinePricesStep,
  openQuotesStep,
  prepareQuoteRequestStep,
  transitionQuoteStep,
  validateCounterOfferStep,
  validateQuoteActionStep,
} from "./steps/quote-steps"
import { expireQuoteStep } from "./steps/expire-steps"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"

/**
 * The quote's record lock, taken after the checks and before the status changes: a counter-offer's
 * draft-order edit, an acceptance's conversion into the order and its payment collection never
 * interleave with another change of the same quote. The status change under it stays conditional
 * (409 quote_moved for a request that read the quote before the winner changed it).
 */
const lockQuote = (input: { quote_id: string }) =>
  lockRecordStep(transform({ input }, ({ input }) => ({ key: `quote:${input.quote_id}` })))

const merchant = (actor: QuoteActor) => (actor.type === "admin" ? ("admin" as const) : ("seller" as const))

/**
 * A company buyer turns their cart into quote requests (one per seller in it), with a message.
 * Each request is a Medusa draft order at the cart's prices, waiting for the seller: `pending_merchant`.
 */
export const requestQuoteWorkflow = createWorkflow(
  "request-quote",
  (input: { cart_id: string; customer_id: string; message: string }) => {
    const prepared = prepareQuoteRequestStep(input)
    const quoteIds = openQuotesStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        prepared,
        customer_id: input.customer_id,
        message: input.message,
      }))
    )
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_REQUESTED,
      data: transform({ quoteIds }, ({ quoteIds }) => quoteIds.map((id) => ({ id }))),
    })
    return new WorkflowResponse(quoteIds)
  }
)

/**
 * The seller (or an admin) answers with a counter-offer: changed unit prices and quantities (an edit
 * of the draft order through Medusa's draft-order edit workflows), a lead time and a note. The quote
 * then waits for the buyer, with its expiry restarted.
 */
export const sendCounterOfferWorkflow = createWorkflow(
  "send-counter-offer",
  (input: {
    quote_id: string
    actor: QuoteActor
    items: { item_id: string; quantity: number; unit_price: number }[]
    lead_time_days?: number | null
    note?: string | null
  }) => {
    const quote = validateQuoteActionStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        actor: input.actor,
        from: ["pending_merchant" as const],
      }))
    )
    const items = validateCounterOfferStep(
      transform({ input, quote }, ({ input, quote }) => ({ draft_order_id: quote.draft_order_id, items: input.items }))
    )
    const held = lockQuote(input)
    transitionQuoteStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        from: ["pending_merchant" as const],
        to: "pending_customer" as const,
        restart_expiry: true,
        counter_offer: true,
      }))
    )
    beginDraftOrderEditWorkflow.runAsStep({
      input: transform({ quote, input }, ({ quote, input }) => ({
        order_id: quote.draft_order_id,
        created_by: input.actor.id,
      })),
    })
    updateDraftOrderItemWorkflow.runAsStep({
      input: transform({ quote, items }, ({ quote, items }) => ({ order_id: quote.draft_order_id, items })),
    })
    confirmDraftOrderEditWorkflow.runAsStep({
      input: transform({ quote, input }, ({ quote, input }) => ({
        order_id: quote.draft_order_id,
        confirmed_by: input.actor.id,
      })),
    })
    alignLinePricesStep(transform({ quote, items }, ({ quote, items }) => ({ order_id: quote.draft_order_id, items })))
    const message = addQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: merchant(input.actor),
        author_id: input.actor.id,
        kind: "counter_offer" as const,
        body: input.note ?? null,
        lead_time_days: input.lead_time_days ?? null,
        snapshot: true,
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_COUNTER_OFFERED,
      data: transform({ input }, ({ input }) => ({ id: input.quote_id })),
    })
    return new WorkflowResponse(message)
  }
)

/**
 * The buyer accepts the offer on the table: the draft order becomes the order at the agreed prices
 * (Medusa's `convertDraftOrderWorkflow` reserves stock and emits `order.placed`), with a payment
 * collection for the amount due, paid under the seller's payment terms (online, or marked paid by
 * the platform when a bank transfer arrives).
 */
export const acceptQuoteWorkflow = createWorkflow(
  "accept-quote",
  (input: { quote_id: string; customer_id: string }) => {
    const actor = transform({ input }, ({ input }) => ({ type: "customer" as const, id: input.customer_id }))
    const quote = validateQuoteActionStep(
      transform({ input, actor }, ({ input, actor }) => ({
        quote_id: input.quote_id,
        actor,
        from: ["pending_customer" as const],
      }))
    )
    const held = lockQuote(input)
    transitionQuoteStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        from: ["pending_customer" as const],
        to: "accepted" as const,
        decided: true,
      }))
    )
    const order = convertDraftOrderWorkflow.runAsStep({
      input: transform({ quote }, ({ quote }) => ({ id: quote.draft_order_id })),
    })
    // Counter-offers already keep the draft's payment collection at the offered total; this makes sure
    // the order's collection matches what it owes after conversion (taxes recomputed).
    createOrUpdateOrderPaymentCollectionWorkflow.runAsStep({
      input: transform({ quote, order }, ({ quote }) => ({ order_id: quote.draft_order_id as string })),
    })
    addQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: "customer" as const,
        author_id: input.customer_id,
        kind: "accepted" as const,
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_ACCEPTED,
      data: transform({ input, quote }, ({ input, quote }) => ({ id: input.quote_id, order_id: quote.draft_order_id })),
    })
    return new WorkflowResponse(
      transform({ quote, order }, ({ quote }) => ({ quote_id: quote.id, order_id: quote.draft_order_id as string }))
    )
  }
)

/** The buyer declines the offer; the quote is closed (the thread stays). */
export const rejectQuoteWorkflow = createWorkflow(
  "reject-quote",
  (input: { quote_id: string; customer_id: string; reason?: string | null }) => {
    const actor = transform({ input }, ({ input }) => ({ type: "customer" as const, id: input.customer_id }))
    validateQuoteActionStep(
      transform({ input, actor }, ({ input, actor }) => ({
        quote_id: input.quote_id,
        actor,
        from: ["pending_customer" as const],
      }))
    )
    const held = lockQuote(input)
    transitionQuoteStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        from: ["pending_customer" as const],
        to: "rejected" as const,
        decided: true,
      }))
    )
    addQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: "customer" as const,
        author_id: input.customer_id,
        kind: "rejected" as const,
        body: input.reason ?? null,
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_REJECTED,
      data: transform({ input }, ({ input }) => ({ id: input.quote_id })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ quote_id: input.quote_id })))
  }
)

/** The buyer withdraws a request that is still open. */
export const withdrawQuoteWorkflow = createWorkflow(
  "withdraw-quote",
  (input: { quote_id: string; customer_id: string }) => {
    const actor = transform({ input }, ({ input }) => ({ type: "customer" as const, id: input.customer_id }))
    const open = ["pending_merchant" as const, "pending_customer" as const]
    validateQuoteActionStep(
      transform({ input, actor }, ({ input, actor }) => ({ quote_id: input.quote_id, actor, from: open }))
    )
    const held = lockQuote(input)
    transitionQuoteStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        from: open,
        to: "withdrawn" as const,
        decided: true,
      }))
    )
    addQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: "customer" as const,
        author_id: input.customer_id,
        kind: "withdrawn" as const,
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_WITHDRAWN,
      data: transform({ input }, ({ input }) => ({ id: input.quote_id })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ quote_id: input.quote_id })))
  }
)

/**
 * A message on the thread. A buyer who asks for changes while an offer waits for them
 * (`request_changes`) hands the quote back to the seller for a revised offer.
 */
export const postQuoteMessageWorkflow = createWorkflow(
  "post-quote-message",
  (input: { quote_id: string; actor: QuoteActor; body: string; request_changes?: boolean }) => {
    const from = transform({ input }, ({ input }) =>
      input.request_changes ? ["pending_customer" as const] : ["pending_merchant" as const, "pending_customer" as const]
    )
    validateQuoteActionStep(
      transform({ input, from }, ({ input, from }) => ({ quote_id: input.quote_id, actor: input.actor, from }))
    )
    const held = lockQuote(input)
    when({ input }, ({ input }) => Boolean(input.request_changes) && input.actor.type === "customer").then(() => {
      transitionQuoteStep(
        transform({ input }, ({ input }) => ({
          quote_id: input.quote_id,
          from: ["pending_customer" as const],
          to: "pending_merchant" as const,
          restart_expiry: true,
        }))
      )
    })
    const message = addQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: input.actor.type,
        author_id: input.actor.id,
        kind: "message" as const,
        body: input.body,
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: WholesaleEvents.QUOTE_MESSAGE_POSTED,
      data: transform({ input, message }, ({ input, message }) => ({ id: input.quote_id, message_id: message.id })),
    })
    return new WorkflowResponse(message)
  }
)

/** Quotes nobody answered in time expire (run by the `wholesale-expire-quotes` job). */
export const expireQuotesWorkflow = createWorkflow("expire-quotes", (input: { limit?: number }) => {
  const expired = expireQuoteStep(input)
  emitEventStep({
    eventName: WholesaleEvents.QUOTE_EXPIRED,
    data: transform({ expired }, ({ expired }) => expired.map((id) => ({ id }))),
  })
  return new WorkflowResponse(expired)
})
