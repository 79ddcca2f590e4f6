import { model } from "@medusajs/framework/utils"

/**
 * Who posts jobs: a marketplace seller (`kind: "seller"`, any member of it acts for it) or a
 * business customer (`kind: "business"`). `verified` is the badge only the platform sets.
 * `phone` and `email` are private, revealed to a karigar only with consent on both sides.
 */
const EmployerProfile = model
  .define("employer_profile", {
    id: model.id({ prefix: "jemp" }).primaryKey(),
    kind: model.enum(["seller", "business"]),
    seller_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    name: model.text().searchable(),
    area: model.text(),
    about: model.text().nullable(),
    verified: model.boolean().default(false),
    verified_at: model.dateTime().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
  })
  .indexes([
    { on: ["seller_id"], unique: true, where: "deleted_at IS NULL AND seller_id IS NOT NULL" },
    { on: ["customer_id"], unique: true, where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
  ])

export default EmployerProfile
