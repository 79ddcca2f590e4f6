import { model } from "@medusajs/framework/utils"
import Quote from "./quote"

/**
 * One entry in a quote's thread. A counter-offer carries its `proposal` (lines, prices, lead time),
 * so the thread keeps every offer even after the draft order moves on.
 */
const QuoteMessage = model.define("quote_message", {
  id: model.id({ prefix: "qmsg" }).primaryKey(),
  author_type: model.enum(["customer", "seller", "admin", "system"]),
  author_id: model.text().nullable(),
  kind: model
    .enum(["request", "message", "counter_offer", "accepted", "rejected", "expired", "withdrawn"])
    .default("message"),
  body: model.text().nullable(),
  proposal: model.json().nullable(),
  quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
})

export default QuoteMessage
