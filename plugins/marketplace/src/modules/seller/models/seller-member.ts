import { model } from "@medusajs/framework/utils"
import Seller from "./seller"
import SellerUser from "./seller-user"

/**
 * A person's role in one seller. Revoking sets `revoked_at`: the row stays so the audit log and
 * past digi-preneur earnings keep pointing at it.
 */
const SellerMember = model
  .define("seller_member", {
    id: model.id({ prefix: "selm" }).primaryKey(),
    role: model.enum(["owner", "staff", "digipreneur"]),
    /** Digi-preneurs earn this share (percent) of the seller's sales while active. */
    revenue_share: model.float().default(0),
    revoked_at: model.dateTime().nullable(),
    seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
    user: model.belongsTo(() => SellerUser, { mappedBy: "memberships" }),
  })
  .indexes([{ on: ["seller_id", "user_id"], unique: true, where: "deleted_at IS NULL" }])

export default SellerMember
