import { model } from "@medusajs/framework/utils"

/**
 * How a variant sells wholesale: at least `min_order_quantity`, in multiples of `case_pack`, shipped
 * `lead_time_days` after the order. Prices are not here: they are Medusa price-list prices (with
 * `min_quantity` tiers) for the wholesale customer group.
 */
const WholesaleTerms = model
  .define("wholesale_terms", {
    id: model.id({ prefix: "wterms" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    seller_id: model.text().nullable(),
    min_order_quantity: model.number().default(1),
    case_pack: model.number().default(1),
    lead_time_days: model.number().nullable(),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["seller_id"] }])

export default WholesaleTerms
