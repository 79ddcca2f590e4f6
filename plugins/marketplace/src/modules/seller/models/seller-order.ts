import { model } from "@medusajs/framework/utils"

/**
 * One seller's part of a placed order: which lines are theirs, what they sold, and the split
 * (platform commission, digi-preneur share, payout due), frozen at the rates in force when the
 * order was placed. Unique per (seller, order), so recording an order twice changes nothing.
 */
const SellerOrder = model
  .define("seller_order", {
    id: model.id({ prefix: "selord" }).primaryKey(),
    seller_id: model.text(),
    order_id: model.text(),
    currency_code: model.text(),
    item_ids: model.array(),
    subtotal: model.bigNumber(),
    commission_rate: model.float(),
    commission_amount: model.bigNumber(),
    digipreneur_user_id: model.text().nullable(),
    digipreneur_share: model.float().default(0),
    digipreneur_amount: model.bigNumber(),
    payout_due: model.bigNumber(),
    payout_status: model.enum(["pending", "paid"]).default("pending"),
  })
  .indexes([{ on: ["seller_id", "order_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["order_id"] }])

export default SellerOrder
