import { model } from "@medusajs/framework/utils"
import CompanyEmployee from "./company-employee"

/**
 * A wholesale buyer: a shop, exporter or retailer. Approval puts its employees into the wholesale
 * customer group (`customer_group_id`), which is what Medusa's price lists key wholesale prices on.
 */
const Company = model
  .define("company", {
    id: model.id({ prefix: "comp" }).primaryKey(),
    name: model.text().searchable(),
    /** GSTIN: 15 characters, validated by the routes. */
    gst_number: model.text(),
    email: model.text(),
    phone: model.text().nullable(),
    /** [{ label, address_1, address_2?, city, province?, postal_code, country_code }] */
    addresses: model.json().default({ list: [] }),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    payment_terms: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    review_note: model.text().nullable(),
    employees: model.hasMany(() => CompanyEmployee, { mappedBy: "company" }),
  })
  .indexes([{ on: ["gst_number"], unique: true, where: "deleted_at IS NULL" }])

export default Company
