import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  QuoteDetail,
  QuoteLine,
  QuoteListResponse,
  QuoteStatus,
  WholesaleQuote,
  WholesaleQuoteMessage,
} from "../../contract/http"
import { findSellers } from "../../lib/seller-link"
import { WHOLESALE_MODULE } from "../../modules/wholesale"
import { loadQuoteFor } from "../../workflows/steps/quote-steps"
import type { QuoteActor } from "../../workflows/steps/quote-steps"

type QuoteOrder = {
  id: string
  status: string
  is_draft_order: boolean
  display_id: number | null
  items:
    | {
        id: string
        title: string
        subtitle: string | null
        thumbnail: string | null
        variant_id: string | null
        variant_sku: string | null
        quantity: number
        unit_price: number
      }[]
    | null
}

const ORDER_FIELDS = [
  "id",
  "status",
  "is_draft_order",
  "display_id",
  "total",
  "items.id",
  "items.title",
  "items.subtitle",
  "items.thumbnail",
  "items.variant_id",
  "items.variant_sku",
  "items.quantity",
  "items.unit_price",
]

/** The module's records as the contract names them (bigNumber totals as numbers, json proposals typed). */
const asQuote = <Q extends { total?: unknown }>(q: Q) =>
  ({ ...q, total: q.total == null ? null : Number(q.total) }) as unknown as WholesaleQuote & Omit<Q, "total">
const asMessages = (messages: unknown[]) => messages as WholesaleQuoteMessage[]

/** A quote as every party sees it: status, the thread, the current lines, company and seller names. */
export async function quoteDetail(
  container: MedusaContainer,
  quoteId: string,
  actor: QuoteActor
): Promise<QuoteDetail> {
  const quote = await loadQuoteFor(container, quoteId, actor)
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [messages, company, { data: linked }] = await Promise.all([
    wholesale.listQuoteMessages({ quote_id: quote.id }, { order: { created_at: "ASC" } }),
    wholesale.retrieveCompany(quote.company_id),
    // The quote's draft order (its order once accepted) through the read-only quote -> order link.
    query.graph({
      entity: "quote",
      fields: ["id", ...ORDER_FIELDS.map((f) => `order.${f}`)],
      filters: { id: quote.id },
    }),
  ])
  const order = (linked[0] as { order?: QuoteOrder | null } | undefined)?.order ?? undefined
  return {
    ...asQuote(quote),
    company: { id: company.id, name: company.name },
    seller: await sellerName(container, quote.seller_id),
    messages: asMessages(messages),
    items: (order?.items ?? []).map((i): QuoteLine => ({
      id: i.id,
      title: i.title,
      subtitle: i.subtitle,
      thumbnail: i.thumbnail,
      variant_id: i.variant_id,
      sku: i.variant_sku,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
    })),
    order: order && !order.is_draft_order ? { id: order.id, display_id: order.display_id, status: order.status } : null,
  }
}

async function sellerName(container: MedusaContainer, sellerId: string | null): Promise<QuoteDetail["seller"]> {
  if (!sellerId) return null
  const [seller] =
    (await findSellers<{ id: string; name: string; handle: string }>(container, { id: sellerId }, [
      "id",
      "name",
      "handle",
    ])) ?? []
  return seller ? { id: seller.id, name: seller.name, handle: seller.handle } : null
}

export type QuoteFilters = { id?: string | string[]; status?: QuoteStatus; company_id?: string; seller_id?: string }

/** A page of quotes for a list view, newest activity first. */
export async function listQuotes(
  container: MedusaContainer,
  filters: QuoteFilters,
  pagination: { skip?: number; take?: number } = {}
): Promise<QuoteListResponse> {
  const wholesale = container.resolve(WHOLESALE_MODULE)
  const [quotes, count] = await wholesale.listAndCountQuotes(filters, {
    skip: pagination.skip ?? 0,
    take: pagination.take ?? 20,
    order: { updated_at: "DESC" },
  })
  const companies = quotes.length
    ? await wholesale.listCompanies({ id: [...new Set(quotes.map((q) => q.company_id))] })
    : []
  const names = new Map(companies.map((c) => [c.id, c.name]))
  return {
    quotes: quotes.map((q) => ({
      ...asQuote(q),
      company: { id: q.company_id, name: names.get(q.company_id) ?? null },
    })),
    count,
    offset: pagination.skip ?? 0,
    limit: pagination.take ?? 20,
  }
}
