import { model } from "@medusajs/framework/utils"
import Pledge from "./pledge"

/**
 * A pool where small businesses buy a raw material together. `pledged_quantity` is the sum of live
 * pledges, changed only under a row lock on the pool in the same transaction as the pledge, so it
 * never passes `max_quantity`. Tiers: [{ min_quantity, unit_price }] in the pool's currency; everyone
 * pays the best tier the final total reaches.
 */
const GroupBuyPool = model
  .define("group_buy_pool", {
    id: model.id({ prefix: "pool" }).primaryKey(),
    handle: model.text(),
    title: model.text().searchable(),
    description: model.json().nullable(),
    product_id: model.text(),
    variant_id: model.text(),
    /** What one unit is: "kg", "hide", "metre". */
    unit: model.text(),
    /** The supplier ships whole cases of this many units. */
    case_size: model.number().default(1),
    currency_code: model.text().default("inr"),
    tiers: model.json(),
    min_quantity: model.number(),
    max_quantity: model.number(),
    opens_at: model.dateTime(),
    closes_at: model.dateTime(),
    fulfilment: model.enum(["pickup", "delivery"]).default("pickup"),
    pickup_point: model.text().nullable(),
    /** Shared costs for the whole pool, split by `cost_split` ("quantity" or "equal" per pledger). */
    freight_cost: model.bigNumber().default(0),
    handling_cost: model.bigNumber().default(0),
    cost_split: model.enum(["quantity", "equal"]).default("quantity"),
    status: model.enum(["draft", "open", "succeeded", "failed", "settled", "cancelled"]).default("draft"),
    manager_type: model.enum(["admin", "seller"]).default("admin"),
    manager_id: model.text().nullable(),
    pledged_quantity: model.number().default(0),
    final_quantity: model.number().nullable(),
    final_unit_price: model.bigNumber().nullable(),
    decided_at: model.dateTime().nullable(),
    settled_at: model.dateTime().nullable(),
    pledges: model.hasMany(() => Pledge, { mappedBy: "pool" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }, { on: ["status", "closes_at"] }])

export default GroupBuyPool
