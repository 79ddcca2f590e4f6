import { model } from "@medusajs/framework/utils"
import GroupBuyPool from "./group-buy-pool"

/**
 * A business's pledge to a pool: `quantity` firm, plus `flex_quantity` it will take if that fills the
 * last case. Its payment is authorised at pledge time (Medusa payment collection + session) for the
 * most it could cost, and captured at settlement at the final price; a failed pool cancels it.
 */
const Pledge = model
  .define("pledge", {
    id: model.id({ prefix: "pldg" }).primaryKey(),
    customer_id: model.text(),
    quantity: model.number(),
    flex_quantity: model.number().default(0),
    status: model.enum(["active", "withdrawn", "captured", "capture_failed", "released"]).default("active"),
    payment_collection_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    authorized_amount: model.bigNumber().nullable(),
    allocated_quantity: model.number().nullable(),
    unit_price: model.bigNumber().nullable(),
    cost_share: model.bigNumber().nullable(),
    amount_due: model.bigNumber().nullable(),
    order_id: model.text().nullable(),
    capture_attempts: model.number().default(0),
    last_error: model.text().nullable(),
    pool: model.belongsTo(() => GroupBuyPool, { mappedBy: "pledges" }),
  })
  .indexes([
    // One live pledge per business per pool: a change replaces it.
    { on: ["pool_id", "customer_id"], unique: true, where: "deleted_at IS NULL AND status <> 'withdrawn'" },
    { on: ["pool_id", "status"] },
  ])

export default Pledge
