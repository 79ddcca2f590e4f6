import { model } from "@medusajs/framework/utils"
import Company from "./company"

/** A customer who buys for a company; a customer buys for at most one company. */
const CompanyEmployee = model
  .define("company_employee", {
    id: model.id({ prefix: "compemp" }).primaryKey(),
    customer_id: model.text(),
    role: model.enum(["admin", "buyer"]).default("buyer"),
    company: model.belongsTo(() => Company, { mappedBy: "employees" }),
  })
  .indexes([{ on: ["customer_id"], unique: true, where: "deleted_at IS NULL" }])

export default CompanyEmployee
