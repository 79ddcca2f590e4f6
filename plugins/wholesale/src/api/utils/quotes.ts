import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { wholesaleService } from "../../lib/buyer"
import { findSellers } from "../../lib/seller-link"
import { loadQuoteFor } from "../../workflows/steps/quote-steps"
import type { QuoteActor } from "../../workflows/steps/quote-steps"

/** A quote as every party sees it: status, the thread, the current lines, company and seller names. */
export async function quoteDetail(container: any, quoteId: string, actor: QuoteActor) {
  const quote = await loadQuoteFor(container, quoteId, actor)
  const wholesale = wholesaleService(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [messages, company, { data: orders }] = await Promise.all([
    wholesale.listQuoteMessages({ quote_id: quote.id }, { order: { created_at: "ASC" } }),
    wholesale.retrieveCompany(quote.company_id),
    query.graph({
      entity: "order",
      fields: ["id", "status", "is_draft_order", "display_id", "total", "items.id", "items.title", "items.subtitle", "items.thumbnail", "items.variant_id", "items.variant_sku", "items.quantity", "items.unit_price"],
      filters: { id: quote.draft_order_id },
    }),
  ])
  const order: any = orders[0]
  return {
    ...quote,
    company: { id: company.id, name: company.name },
    seller: await sellerName(container, quote.seller_id),
    messages,
    items: (order?.items ?? []).map((i: any) => ({
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

async function sellerName(container: any, sellerId: string | null) {
  if (!sellerId) return null
  const [seller] = (await findSellers(container, { id: sellerId }, ["id", "name", "handle"])) ?? []
  return seller ? { id: seller.id, name: seller.name, handle: seller.handle } : null
}

/** A page of quotes for a list view, newest activity first. */
export async function listQuotes(container: any, filters: Record<string, unknown>, pagination: { skip?: number; take?: number } = {}) {
  const wholesale = wholesaleService(container)
  const [quotes, count] = await wholesale.listAndCountQuotes(filters, { skip: pagination.skip ?? 0, take: pagination.take ?? 20, order: { updated_at: "DESC" } })
  const companies = quotes.length ? await wholesale.listCompanies({ id: [...new Set(quotes.map((q) => q.company_id))] }) : []
  const names = new Map(companies.map((c) => [c.id, c.name]))
  return { quotes: quotes.map((q) => ({ ...q, company: { id: q.company_id, name: names.get(q.company_id) ?? null } })), count, offset: pagination.skip ?? 0, limit: pagination.take ?? 20 }
}
