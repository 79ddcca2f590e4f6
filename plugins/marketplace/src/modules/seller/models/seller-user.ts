import { model } from "@medusajs/framework/utils"
import SellerMember from "./seller-member"

/**
 * A person who logs in to manage sellers (auth actor type `seller`). One person can be a member
 * of several sellers: a digi-preneur manages the catalogues of the artisans who invited them.
 */
const SellerUser = model
  .define("seller_user", {
    id: model.id({ prefix: "selu" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    phone: model.text().nullable(),
    memberships: model.hasMany(() => SellerMember, { mappedBy: "user" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])

export default SellerUser
