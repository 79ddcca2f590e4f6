import { model } from "@medusajs/framework/utils"
import Booking from "./booking"
import ToolHouse from "./tool-house"

/**
 * One bookable thing with capacity 1: a bench, a machine or a storage bay. A room for N people is
 * N units. The rules here decide which times a customer may book.
 */
const BookableUnit = model.define("bookable_unit", {
  id: model.id({ prefix: "unit" }).primaryKey(),
  name: model.text(),
  kind: model.enum(["bench", "machine", "storage_bay"]),
  description: model.json().nullable(),
  min_minutes: model.number().default(60),
  max_minutes: model.number().default(480),
  /** Bookings start on this grid of the local clock (e.g. every 30 minutes). */
  slot_minutes: model.number().default(30),
  min_notice_minutes: model.number().default(60),
  max_advance_days: model.number().default(30),
  /** Held before and after each booking (cleaning, cooling a kiln): blocks others, not billed. */
  buffer_before_minutes: model.number().default(0),
  buffer_after_minutes: model.number().default(0),
  /** At most this many booked minutes per customer per local day; null means no cap. */
  daily_cap_minutes: model.number().nullable(),
  /** Only customers holding this qualification may book (e.g. trained on the laser cutter). */
  required_qualification_id: model.text().nullable(),
  /** The Medusa product variant whose price is this unit's price per hour. */
  variant_id: model.text().nullable(),
  active: model.boolean().default(true),
  tool_house: model.belongsTo(() => ToolHouse, { mappedBy: "units" }),
  bookings: model.hasMany(() => Booking, { mappedBy: "unit" }),
})

export default BookableUnit
