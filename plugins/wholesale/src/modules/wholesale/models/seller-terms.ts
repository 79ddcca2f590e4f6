import { model } from "@medusajs/framework/utils"

/** A seller's wholesale terms: the least a wholesale order from them may be worth, per currency. */
const SellerTerms = model
  .define("seller_terms", {
    id: model.id({ prefix: "sterms" }).primaryKey(),
    seller_id: model.text(),
    /** { inr: 5000, usd: 60, eur: 55 }: main units, as Medusa prices are. */
    min_order_value: model.json().nullable(),
    payment_terms: model.text().nullable(),
    lead_time_days: model.number().nullable(),
  })
  .indexes([{ on: ["seller_id"], unique: true, where: "deleted_at IS NULL" }])

export default SellerTerms
