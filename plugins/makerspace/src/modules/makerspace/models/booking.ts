import { model } from "@medusajs/framework/utils"
import BookableUnit from "./bookable-unit"

/**
 * A customer's time on a unit. `blocked_from`/`blocked_until` include the unit's buffers; an
 * exclusion constraint (migration Migration20261123100000) makes PostgreSQL reject any two live
 * bookings (held, confirmed, checked in) whose blocked ranges overlap on the same unit.
 */
const Booking = model
  .define("booking", {
    id: model.id({ prefix: "bkg" }).primaryKey(),
    customer_id: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    blocked_from: model.dateTime(),
    blocked_until: model.dateTime(),
    status: model.enum(["held", "confirmed", "checked_in", "cancelled", "expired", "no_show"]).default("held"),
    /** A hold lapses at this time unless the order is placed. */
    hold_expires_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    check_in_code: model.text(),
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    refund_amount: model.bigNumber().nullable(),
    /** The order payment the booking was captured on, and the Medusa refund issued on cancellation. */
    payment_id: model.text().nullable(),
    refund_id: model.text().nullable(),
    checked_in_at: model.dateTime().nullable(),
    unit: model.belongsTo(() => BookableUnit, { mappedBy: "bookings" }),
  })
  .indexes([
    { on: ["check_in_code"], unique: true, where: "deleted_at IS NULL" },
    { on: ["customer_id", "starts_at"] },
    { on: ["unit_id", "status"] },
  ])

export default Booking
