import { MedusaService } from "@medusajs/framework/utils"
import Seller from "./models/seller"
import SellerAuditEntry from "./models/seller-audit-entry"
import SellerMember from "./models/seller-member"
import SellerOrder from "./models/seller-order"
import SellerUser from "./models/seller-user"

export type SellerRole = "owner" | "staff" | "digipreneur"

class SellerModuleService extends MedusaService({
  Seller,
  SellerUser,
  SellerMember,
  SellerAuditEntry,
  SellerOrder,
}) {
  /** The caller's active (not revoked) membership in a seller, or null. */
  async activeMembership(userId: string, sellerId: string) {
    const [member] = await this.listSellerMembers(
      { user_id: userId, seller_id: sellerId, revoked_at: null },
      { relations: ["seller"] }
    )
    return member ?? null
  }
}

export default SellerModuleService
