import type { CreateOrderAddressDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules, OrderStatus } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import {
  type CreateOrderWorkflowInput,
  createOrderWorkflow,
  deleteDraftOrdersWorkflow,
} from "@medusajs/medusa/core-flows"
import { invalid, notAllowed, notFound } from "@dharavi/errors"
import { WholesaleErrors } from "../../contract/errors"
import type { QuoteProposal, QuoteProposalItem } from "../../contract/http"
import { requireApprovedBuyer } from "../../lib/buyer"
import { sellersOfProducts } from "../../lib/cart-check"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import type { QuoteStatus } from "../../modules/wholesale/service"

export type QuoteActor = { type: "customer" | "seller" | "admin"; id: string; seller_id?: string }

const day = 24 * 3600_000
const expiry = (container: MedusaContainer) =>
  new Date(Date.now() + container.resolve(WHOLESALE_MODULE).settings().quote_valid_days * day)

/** What the lines of a proposal come to: sum of quantity × unit price, rounded to the cent. */
export const proposalTotal = (items: { quantity: number; unit_price: number }[]) =>
  MathBN.convert(MathBN.add(0, ...items.map((i) => MathBN.mult(i.unit_price, i.quantity))), 2).toNumber()

type QuoteCart = {
  id: string
  customer_id: string | null
  email: string | null
  region_id: string
  currency_code: string
  sales_channel_id: string
  completed_at: Date | string | null
  shipping_address: Record<string, unknown> | null
  billing_address: Record<string, unknown> | null
  items:
    | {
        id: string
        variant_id: string | null
        product_id: string | null
        quantity: number
        unit_price: number
        title: string
        variant_sku: string | null
      }[]
    | null
}
type CartItem = NonNullable<QuoteCart["items"]>[number]

/** The draft order's lines as a proposal reads them. */
type DraftLines = {
  id: string
  items:
    | {
        id: string
        title: string
        variant_id: string | null
        variant_sku: string | null
        quantity: number
        unit_price: number
        detail?: { unit_price?: number | null } | null
      }[]
    | null
}

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
        "id",
        "customer_id",
        "email",
        "region_id",
        "currency_code",
        "sales_channel_id",
        "completed_at",
        "shipping_address.*",
        "billing_address.*",
        "items.id",
        "items.variant_id",
        "items.product_id",
        "items.quantity",
        "items.unit_price",
        "items.title",
        "items.variant_sku",
      ],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as QuoteCart | undefined
    if (!cart || cart.customer_id !== input.customer_id || cart.completed_at) {
      throw notFound(WholesaleErrors.CART_NOT_FOUND, `Cart ${input.cart_id} was not found`, { cart_id: input.cart_id })
    }
    const items = cart.items ?? []
    if (!items.length)
      throw invalid(WholesaleErrors.QUOTE_CART_EMPTY, "The cart is empty: add the products you want a quote for", {
        cart_id: cart.id,
      })
    const notProducts = items.filter((i) => !i.variant_id)
    if (notProducts.length) {
      throw invalid(
        WholesaleErrors.QUOTE_LINES_NOT_PRODUCTS,
        "Only products can be quoted; remove bookings and other services from the cart first",
        {
          cart_id: cart.id,
          item_ids: notProducts.map((i) => i.id),
        }
      )
    }
    const sellers = await sellersOfProducts(container, [
      ...new Set(items.map((i) => i.product_id).filter((p): p is string => Boolean(p))),
    ])
    const groups = new Map<string, CartItem[]>()
    for (const item of items) {
      const key = (item.product_id && sellers.get(item.product_id)?.id) || ""
      groups.set(key, [...(groups.get(key) ?? []), item])
    }
    const address = (a: Record<string, unknown> | null) =>
      a
        ? (Object.fromEntries(
            Object.entries(a).filter(([k]) => !["id", "created_at", "updated_at", "deleted_at"].includes(k))
          ) as CreateOrderAddressDTO)
        : undefined
    return new StepResponse({
      company_id: buyer.company.id,
      cart: {
        id: cart.id,
        email: cart.email ?? buyer.company.email,
        region_id: cart.region_id,
        currency_code: cart.currency_code,
        sales_channel_id: cart.sales_channel_id,
        shipping_address: address(cart.shipping_address),
        billing_address: address(cart.billing_address),
      },
      groups: [...groups.entries()].map(([seller_id, lines]) => ({
        seller_id: seller_id || null,
        items: lines.map((l) => ({
          variant_id: l.variant_id as string,
          quantity: Number(l.quantity),
          unit_price: Number(l.unit_price),
          title: l.title,
        })),
      })),
    })
  }
)

type Prepared = {
  company_id: string
  cart: {
    id: string
    email: string
    region_id: string
    currency_code: string
    sales_channel_id: string
    shipping_address?: CreateOrderAddressDTO
    billing_address?: CreateOrderAddressDTO
  }
  groups: {
    seller_id: string | null
    items: { variant_id: string; quantity: number; unit_price: number; title: string }[]
  }[]
}

/**
 * One Medusa draft order per seller, at the cart's prices (wholesale tiers included), and the quote
 * that tracks it, opened with the buyer's message. Draft orders hold the lines so counter-offers can
 * use Medusa's order-edit machinery and acceptance can convert the draft into the real order.
 */
export const openQuotesStep = createStep(
  "open-quotes",
  async (input: { prepared: Prepared; customer_id: string; message: string }, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const { prepared } = input
    const created: { quote_id: string; draft_order_id: string }[] = []
    try {
      for (const group of prepared.groups) {
        // A draft order (Medusa's workflow input type does not list is_draft_order, its DTO does).
        const draftInput: CreateOrderWorkflowInput & { is_draft_order: boolean } = {
          status: OrderStatus.DRAFT,
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
        }
        const { result: draft } = await createOrderWorkflow(container).run({ input: draftInput })
        const total = proposalTotal(group.items)
        const quote = await wholesale.createQuotes({
          company_id: prepared.company_id,
          customer_id: input.customer_id,
          seller_id: group.seller_id,
          cart_id: prepared.cart.id,
          draft_order_id: draft.id,
          currency_code: prepared.cart.currency_code,
          total,
          expires_at: expiry(container),
        })
        created.push({ quote_id: quote.id, draft_order_id: draft.id })
        await wholesale.createQuoteMessages({
          quote_id: quote.id,
          author_type: "customer",
          author_id: input.customer_id,
          kind: "request",
          body: input.message,
          proposal: { items: group.items, total } satisfies QuoteProposal,
        })
      }
    } catch (error) {
      await undoQuotes(container, created)
      throw error
    }
    return new StepResponse(
      created.map((c) => c.quote_id),
      created
    )
  },
  async (created, { container }) => {
    if (created?.length) await undoQuotes(container, created)
  }
)

async function undoQuotes(container: MedusaContainer, created: { quote_id: string; draft_order_id: string }[]) {
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const messages = await wholesale.listQuoteMessages({ quote_id: created.map((c) => c.quote_id) })
  if (messages.length) await wholesale.deleteQuoteMessages(messages.map((m) => m.id))
  await wholesale.deleteQuotes(created.map((c) => c.quote_id))
  await deleteDraftOrdersWorkflow(container).run({ input: { order_ids: created.map((c) => c.draft_order_id) } })
}

/**
 * Who may act on a quote: its company's buyers; the seller whose lines it holds; any platform admin.
 * Anyone else is told it does not exist.
 */
export async function loadQuoteFor(container: MedusaContainer, quoteId: string, actor: QuoteActor) {
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const [quote] = await wholesale.listQuotes({ id: quoteId })
  const missing = () =>
    notFound(WholesaleErrors.QUOTE_NOT_FOUND, `Quote ${quoteId} was not found`, { quote_id: quoteId })
  if (!quote) throw missing()
  if (actor.type === "seller" && quote.seller_id !== actor.seller_id) throw missing()
  if (actor.type === "customer") {
    const [employee] = await wholesale.listCompanyEmployees({ customer_id: actor.id, company_id: quote.company_id })
    if (!employee) throw missing()
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
        quote.status === "pending_merchant"
          ? "waiting for the seller's offer"
          : quote.status === "pending_customer"
            ? "waiting for the buyer's answer"
            : `closed (${quote.status})`
      throw notAllowed(WholesaleErrors.QUOTE_NOT_OPEN, `This quote is ${state}`, {
        quote_id: quote.id,
        status: quote.status,
      })
    }
    if (new Date(quote.expires_at) < new Date())
      throw notAllowed(WholesaleErrors.QUOTE_EXPIRED, "This quote has expired", {
        quote_id: quote.id,
        status: quote.status,
      })
    return new StepResponse(quote)
  }
)

/** The status change itself: a conditional UPDATE, so of two racing decisions exactly one wins. */
export const transitionQuoteStep = createStep(
  "transition-quote",
  async (
    input: {
      quote_id: string
      from: QuoteStatus[]
      to: QuoteStatus
      restart_expiry?: boolean
      decided?: boolean
      counter_offer?: boolean
    },
    { container }
  ) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const before = await wholesale.retrieveQuote(input.quote_id)
    const moved = await wholesale.transitionQuote(input.quote_id, input.from, input.to, {
      expires_at: input.restart_expiry ? expiry(container) : undefined,
      decided_at: input.decided ? new Date() : undefined,
      round_increment: input.counter_offer,
    })
    return new StepResponse(moved, {
      id: before.id,
      status: before.status,
      to: input.to,
      expires_at: before.expires_at,
      round: before.round,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve(WHOLESALE_MODULE).updateQuotes({
      id: undo.id,
      status: undo.status,
      expires_at: undo.expires_at,
      round: undo.round,
      decided_at: null,
    })
  }
)

/** Which of the draft order's lines a counter-offer may change, and that its numbers make sense. */
export const validateCounterOfferStep = createStep(
  "validate-counter-offer",
  async (
    input: { draft_order_id: string; items: { item_id: string; quantity: number; unit_price: number }[] },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { id: input.draft_order_id },
    })
    const draft = data[0] as { items: { id: string }[] | null } | undefined
    const ids = new Set((draft?.items ?? []).map((i) => i.id))
    const unknown = input.items.find((i) => !ids.has(i.item_id))
    if (unknown)
      throw invalid(WholesaleErrors.QUOTE_LINE_NOT_FOUND, `Line ${unknown.item_id} is not on this quote`, {
        item_id: unknown.item_id,
      })
    if (input.items.every((i) => i.quantity === 0))
      throw invalid(WholesaleErrors.COUNTER_OFFER_EMPTY, "A counter-offer must keep at least one line", {})
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
    const wholesale = container.resolve(WHOLESALE_MODULE)
    let proposal: QuoteProposal | null = null
    if (input.snapshot) {
      const quote = await wholesale.retrieveQuote(input.quote_id)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "total",
          "subtotal",
          "items.id",
          "items.title",
          "items.variant_id",
          "items.variant_sku",
          "items.quantity",
          "items.unit_price",
        ],
        filters: { id: quote.draft_order_id },
      })
      const order = data[0] as DraftLines | undefined
      const items: QuoteProposalItem[] = (order?.items ?? []).map((i) => ({
        item_id: i.id,
        title: i.title,
        variant_id: i.variant_id,
        sku: i.variant_sku,
        quantity: Number(i.quantity),
        unit_price: Number(i.unit_price),
      }))
      const total = proposalTotal(items)
      proposal = { items, total, lead_time_days: input.lead_time_days ?? null }
      await wholesale.updateQuotes({
        id: quote.id,
        total,
        lead_time_days: input.lead_time_days ?? quote.lead_time_days,
      })
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
    if (id) await container.resolve(WHOLESALE_MODULE).deleteQuoteMessages(id)
  }
)

/**
 * Writes the offered unit prices onto the draft order's line items themselves. Medusa's draft-order
 * edit keeps an edited price on the order's item version only (order_item), so the order module
 * answers it where it merges versions (order totals, `items.*`), while a read of just
 * `items.unit_price` — the marketplace's per-seller split among them — got the line's first price
 * (the cart's) back. Compensation puts the earlier prices back.
 */
export const alignLinePricesStep = createStep(
  "align-quote-line-prices",
  async (input: { order_id: string; items: { id: string; quantity: number; unit_price: number }[] }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const kept = input.items.filter((i) => i.quantity > 0)
    if (!kept.length) return new StepResponse([], [])
    const before = await orders.listOrderLineItems({ id: kept.map((i) => i.id) }, { select: ["id", "unit_price"] })
    await orders.updateOrderLineItems(kept.map((i) => ({ selector: { id: i.id }, data: { unit_price: i.unit_price } })))
    return new StepResponse(
      kept.map((i) => i.id),
      before.map((l) => ({ id: l.id, unit_price: Number(l.unit_price) }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container
      .resolve(Modules.ORDER)
      .updateOrderLineItems(before.map((l) => ({ selector: { id: l.id }, data: { unit_price: l.unit_price } })))
  }
)
