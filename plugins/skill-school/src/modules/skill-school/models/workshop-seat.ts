import { model } from "@medusajs/framework/utils"
import WorkshopSession from "./workshop-session"

/**
 * A customer's seat at a session: `held` while they check out (until `hold_expires_at`), `confirmed`
 * by the order, or let go. Seats are taken under the session's row lock, so live seats (confirmed,
 * and held ones not yet lapsed) never outnumber `seat_limit`; one live seat per customer per session.
 */
const WorkshopSeat = model
  .define("workshop_seat", {
    id: model.id({ prefix: "seat" }).primaryKey(),
    customer_id: model.text(),
    status: model.enum(["held", "confirmed", "cancelled", "expired"]).default("held"),
    hold_expires_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    session: model.belongsTo(() => WorkshopSession, { mappedBy: "seats" }),
  })
  .indexes([
    {
      on: ["session_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL AND status IN ('held', 'confirmed')",
    },
    { on: ["session_id", "status"] },
    { on: ["customer_id"] },
  ])

export default WorkshopSeat
