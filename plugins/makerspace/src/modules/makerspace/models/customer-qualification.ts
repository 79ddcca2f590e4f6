import { model } from "@medusajs/framework/utils"
import Qualification from "./qualification"

/** A customer holds a qualification (granted by an admin, or by completing a course). */
const CustomerQualification = model
  .define("customer_qualification", {
    id: model.id({ prefix: "cqual" }).primaryKey(),
    customer_id: model.text(),
    source: model.text().default("admin"),
    qualification: model.belongsTo(() => Qualification, { mappedBy: "holders" }),
  })
  .indexes([{ on: ["customer_id", "qualification_id"], unique: true, where: "deleted_at IS NULL" }])

export default CustomerQualification
