import { model } from "@medusajs/framework/utils"
import QuoteMessage from "./quote-message"

/**
 * A request for quote from a company buyer for one seller's lines. The lines and prices live in a
 * Medusa draft order (`draft_order_id`); counter-offers are draft-order edits; accepting converts the
 * draft into the order. The status names who acts next.
 */
const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    company_id: model.text(),
    customer_id: model.text(),
    seller_id: model.text().nullable(),
    cart_id: model.text(),
    draft_order_id: model.text(),
    status: model
      .enum(["pending_merchant", "pending_customer", "accepted", "rejected", "expired", "withdrawn"])
      .default("pending_merchant"),
    currency_code: model.text(),
    /** The total of the latest proposal (the request, then each counter-offer). */
    total: model.bigNumber().nullable(),
    lead_time_days: model.number().nullable(),
    /** Counter-offers sent so far. */
    round: model.number().default(0),
    expires_at: model.dateTime(),
    decided_at: model.dateTime().nullable(),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
  })
  .indexes([{ on: ["company_id", "status"] }, { on: ["seller_id", "status"] }, { on: ["status", "expires_at"] }])

export default Quote
