import { model } from "@medusajs/framework/utils"

/** One change a member made on behalf of a seller; the owner reads these. Never updated. */
const SellerAuditEntry = model
  .define("seller_audit_entry", {
    id: model.id({ prefix: "selaud" }).primaryKey(),
    seller_id: model.text(),
    user_id: model.text(),
    role: model.text(),
    action: model.text(),
    resource_type: model.text(),
    resource_id: model.text().nullable(),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["seller_id", "created_at"] }])

export default SellerAuditEntry
