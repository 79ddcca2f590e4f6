import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow, deleteDraftOrdersWorkflow } from "@medusajs/medusa/core-flows"
import { notAllowed } from "@dharavi/errors"
import { requireApprovedBuyer, wholesaleService } from "../../lib/buyer"
import { sellersOfProducts } from "../../lib/cart-check"
import type { QuoteStatus } from "../../modules/wholesale/service"

export type QuoteActor = { type: "customer" | "seller" | "admin"; id: string; seller_id?: string }

const day = 24 * 3600_000
const expiry = (container: any) => new Date(Date.now() + wholesaleService(container).settings().quote_valid_days * day)

/**
 * Checks a cart can become quote requests: the buyer's company is approved, the cart is theirs and
 * open, and every line is a product (tool-house bookings and other custom lines cannot be quoted).
 * Lines are grouped by seller: each seller answers their own quote.
 */
export const prepareQuoteRequestStep = createStep(
  "prepare-quote-request",
  async (input: { cart_id: string; customer_id: string }, { container }) => {
    const buyer = await requireApprovedBuyer(container, input.customer_id)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: [
        "id", "customer_id", "email", "region_id", "currency_code", "sales_channel_id", "completed_at",
        "shipping_address.*", "billing_address.*",
        "items.id", "items.variant_id", "items.product_id", "items.quantity", "items.unit_price", "items.title", "items.variant_sku",
      ],
      filters: { id: input.cart_id },
    })
    const cart: any = data[0]
    if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} was not found`)
    }
    const items = cart.items ?? []
    if (!items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The cart is empty: add the products you want a quote for")
    if (items.some((i: any) => !i.variant_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Only products can be quoted; remove bookings and other services from the cart first")
    }
    const sellers = await sellersOfProducts(container, [...new Set<string>(items.map((i: any) => i.product_id))])
    const groups = new Map<string, any[]>()
    for (const item of items) {
      const key = sellers.get(item.product_id)?.id ?? ""
      groups.set(key, [...(groups.get(key) ?? []), item])
    }
    const address = (a: any) => (a ? Object.fromEntries(Object.entries(a).filter(([k]) => !["id", "created_at", "updated_at", "deleted_at"].includes(k))) : undefined)
    return new StepResponse({
      company_id: buyer.company.id as string,
      cart: {
        id: cart.id as string,
        email: (cart.email ?? buyer.company.email) as string,
        region_id: cart.region_id as string,
        currency_code: cart.currency_code as string,
        sales_channel_id: cart.sales_channel_id as string,
        shipping_address: address(cart.shipping_address),
        billing_address: address(cart.billing_address),
      },
      groups: [...groups.entries()].map(([seller_id, lines]) => ({
        seller_id: seller_id || null,
        items: lines.map((l: any) => ({ variant_id: l.variant_id, quantity: Number(l.quantity), unit_price: Number(l.unit_price), title: l.title })),
      })),
    })
  }
)

type Prepared = {
  company_id: string
  cart: { id: string; email: string; region_id: string; currency_code: string; sales_channel_id: string; shipping_address?: any; billing_address?: any }
  groups: { seller_id: string | null; items: { variant_id: string; quantity: number; unit_price: number; title: string }[] }[]
}

/**
 * One Medusa draft order per seller, at the cart's prices (wholesale tiers included), and the quote
 * that tracks it, opened with the buyer's message. Draft orders hold the lines so counter-offers can
 * use Medusa's order-edit machinery and acceptance can convert the draft into the real order.
 */
export const openQuotesStep = createStep(
  "open-quotes",
  async (input: { prepared: Prepared; customer_id: string; message: string }, { container }) => {
    const wholesale = wholesaleService(container)
    const { prepared } = input
    const created: { quote_id: string; draft_order_id: string }[] = []
    try {
      for (const group of prepared.groups) {
        const { result: draft } = await createOrderWorkflow(container).run({
          input: {
            status: "draft",
            is_draft_order: true,
            region_id: prepared.cart.region_id,
            customer_id: input.customer_id,
            email: prepared.cart.email,
            currency_code: prepared.cart.currency_code,
            sales_channel_id: prepared.cart.sales_channel_id,
            shipping_address: prepared.cart.shipping_address,
            billing_address: prepared.cart.billing_address,
            items: group.items,
            metadata: { quote_cart_id: prepared.cart.id },
          } as any,
        })
        const total = group.items.reduce((sum, i) => sum + i.unit_price * i.quantity, 0)
        const quote = await wholesale.createQuotes({
          company_id: prepared.company_id,
          customer_id: input.customer_id,
          seller_id: group.seller_id,
          cart_id: prepared.cart.id,
          draft_order_id: draft.id,
          currency_code: prepared.cart.currency_code,
          total: Math.round(total * 100) / 100,
          expires_at: expiry(container),
        })
        created.push({ quote_id: quote.id, draft_order_id: draft.id })
        await wholesale.createQuoteMessages({
          quote_id: quote.id,
          author_type: "customer",
          author_id: input.customer_id,
          kind: "request",
          body: input.message,
          proposal: { items: group.items, total: quote.total },
        })
      }
    } catch (error) {
      await undoQuotes(container, created)
      throw error
    }
    return new StepResponse(created.map((c) => c.quote_id), created)
  },
  async (created, { container }) => {
    if (created?.length) await undoQuotes(container, created)
  }
)

async function undoQuotes(container: any, created: { quote_id: string; draft_order_id: string }[]) {
  const wholesale = wholesaleService(container)
  const messages = await wholesale.listQuoteMessages({ quote_id: created.map((c) => c.quote_id) })
  if (messages.length) await wholesale.deleteQuoteMessages(messages.map((m) => m.id))
  await wholesale.deleteQuotes(created.map((c) => c.quote_id))
  await deleteDraftOrdersWorkflow(container).run({ input: { order_ids: created.map((c) => c.draft_order_id) } })
}

/**
 * Who may act on a quote: its company's buyers; the seller whose lines it holds; any platform admin.
 * Anyone else is told it does not exist.
 */
export async function loadQuoteFor(container: any, quoteId: string, actor: QuoteActor) {
  const wholesale = wholesaleService(container)
  const [quote] = await wholesale.listQuotes({ id: quoteId })
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Quote ${quoteId} was not found`)
  if (!quote) throw notFound
  if (actor.type === "seller" && quote.seller_id !== actor.seller_id) throw notFound
  if (actor.type === "customer") {
    const [employee] = await wholesale.listCompanyEmployees({ customer_id: actor.id, company_id: quote.company_id })
    if (!employee) throw notFound
  }
  return quote
}

/** Checks who acts and that the quote is waiting for them (and has not lapsed). */
export const validateQuoteActionStep = createStep(
  "validate-quote-action",
  async (input: { quote_id: string; actor: QuoteActor; from: QuoteStatus[] }, { container }) => {
    const quote = await loadQuoteFor(container, input.quote_id, input.actor)
    if (!input.from.includes(quote.status as QuoteStatus)) {
      const state =
        quote.status === "pending_merchant" ? "waiting for the seller's offer" : quote.status === "pending_customer" ? "waiting for the buyer's answer" : `closed (${quote.status})`
      throw notAllowed("quote_not_open", `This quote is ${state}`, { quote_id: quote.id, status: quote.status })
    }
    if (new Date(quote.expires_at) < new Date()) throw notAllowed("quote_expired", "This quote has expired", { quote_id: quote.id, status: quote.status })
    return new StepResponse(quote)
  }
)

/** The status change itself: a conditional UPDATE, so of two racing decisions exactly one wins. */
export const transitionQuoteStep = createStep(
  "transition-quote",
  async (
    input: { quote_id: string; from: QuoteStatus[]; to: QuoteStatus; restart_expiry?: boolean; decided?: boolean; counter_offer?: boolean },
    { container }
  ) => {
    const wholesale = wholesaleService(container)
    const before = await wholesale.retrieveQuote(input.quote_id)
    const moved = await wholesale.transitionQuote(input.quote_id, input.from, input.to, {
      expires_at: input.restart_expiry ? expiry(container) : undefined,
      decided_at: input.decided ? new Date() : undefined,
      round_increment: input.counter_offer,
    })
    return new StepResponse(moved, { id: before.id, status: before.status, to: input.to, expires_at: before.expires_at, round: before.round })
  },
  async (undo, { container }) => {
    if (!undo) return
    const wholesale = wholesaleService(container)
    await wholesale.updateQuotes({ id: undo.id, status: undo.status as QuoteStatus, expires_at: undo.expires_at, round: undo.round, decided_at: null })
  }
)

/** Which of the draft order's lines a counter-offer may change, and that its numbers make sense. */
export const validateCounterOfferStep = createStep(
  "validate-counter-offer",
  async (input: { draft_order_id: string; items: { item_id: string; quantity: number; unit_price: number }[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.id"], filters: { id: input.draft_order_id } })
    const ids = new Set(((data[0] as any)?.items ?? []).map((i: any) => i.id))
    const unknown = input.items.find((i) => !ids.has(i.item_id))
    if (unknown) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${unknown.item_id} is not on this quote`)
    if (input.items.every((i) => i.quantity === 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A counter-offer must keep at least one line")
    return new StepResponse(input.items.map((i) => ({ id: i.item_id, quantity: i.quantity, unit_price: i.unit_price })))
  }
)

/** The thread entry for a step of the quote; a proposal snapshot is read from the draft order. */
export const addQuoteMessageStep = createStep(
  "add-quote-message",
  async (
    input: {
      quote_id: string
      author_type: "customer" | "seller" | "admin" | "system"
      author_id?: string | null
      kind: "message" | "counter_offer" | "accepted" | "rejected" | "expired" | "withdrawn"
      body?: string | null
      lead_time_days?: number | null
      snapshot?: boolean
    },
    { container }
  ) => {
    const wholesale = wholesaleService(container)
    let proposal: Record<string, unknown> | null = null
    if (input.snapshot) {
      const quote = await wholesale.retrieveQuote(input.quote_id)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "total", "subtotal", "items.id", "items.title", "items.variant_id", "items.variant_sku", "items.quantity", "items.unit_price"],
        filters: { id: quote.draft_order_id },
      })
      const order: any = data[0]
      const items = (order?.items ?? []).map((i: any) => ({
        item_id: i.id,
        title: i.title,
        variant_id: i.variant_id,
        sku: i.variant_sku,
        quantity: Number(i.quantity),
        unit_price: Number(i.unit_price),
      }))
      const total = Math.round(items.reduce((s: number, i: any) => s + i.quantity * i.unit_price, 0) * 100) / 100
      proposal = { items, total, lead_time_days: input.lead_time_days ?? null }
      await wholesale.updateQuotes({ id: quote.id, total, lead_time_days: input.lead_time_days ?? quote.lead_time_days })
    }
    const message = await wholesale.createQuoteMessages({
      quote_id: input.quote_id,
      author_type: input.author_type,
      author_id: input.author_id ?? null,
      kind: input.kind,
      body: input.body ?? null,
      proposal,
    })
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (id) await wholesaleService(container).deleteQuoteMessages(id)
  }
)
