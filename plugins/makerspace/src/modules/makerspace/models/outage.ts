import { model } from "@medusajs/framework/utils"
import ToolHouse from "./tool-house"

/** A closure: a holiday for the whole tool-house (unit_id null) or one machine under repair. */
const Outage = model.define("outage", {
  id: model.id({ prefix: "out" }).primaryKey(),
  unit_id: model.text().nullable(),
  starts_at: model.dateTime(),
  ends_at: model.dateTime(),
  reason: model.text().nullable(),
  tool_house: model.belongsTo(() => ToolHouse, { mappedBy: "outages" }),
})

export default Outage
