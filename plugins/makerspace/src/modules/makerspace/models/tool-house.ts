import { model } from "@medusajs/framework/utils"
import BookableUnit from "./bookable-unit"
import Outage from "./outage"

/**
 * A shared live-work space whose owner rents benches, machines and storage bays by the hour.
 * Every "today", opening hour and slot is computed in its own IANA timezone.
 */
const ToolHouse = model
  .define("tool_house", {
    id: model.id({ prefix: "th" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    area: model.text().nullable(),
    address_landmark: model.text().nullable(),
    /** { en, hi?, mr? } */
    description: model.json().nullable(),
    photos: model.array().default([]),
    timezone: model.text().default("Asia/Kolkata"),
    /** Local opening hours per weekday: { mon: [["09:00","21:00"]], ..., sat: [["22:00","02:00"]] } (an end before its start runs past midnight). */
    opening_hours: model.json(),
    status: model.enum(["active", "inactive"]).default("active"),
    /** The marketplace seller who owns the tool-house, when it is one. */
    seller_id: model.text().nullable(),
    units: model.hasMany(() => BookableUnit, { mappedBy: "tool_house" }),
    outages: model.hasMany(() => Outage, { mappedBy: "tool_house" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])

export default ToolHouse
