import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { conflict } from "@dharavi/errors"
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

  /**
   * The platform's status change of a seller as a conditional UPDATE on the status it planned from
   * (409 seller_moved if something else changed it in between).
   */
  @InjectTransactionManager()
  async moveSellerStatus(id: string, from: string, to: string, @MedusaContext() context: Context = {}): Promise<void> {
    const em = context.transactionManager as any
    const rows = await em.execute(`update seller set status = ?, updated_at = now() where id = ? and status = ? and deleted_at is null returning id`, [to, id, from])
    if (!rows.length) {
      const [now] = await em.execute(`select status from seller where id = ?`, [id])
      throw conflict("seller_moved", `This seller changed a moment ago: it is ${now?.status ?? "gone"} now.`, { seller_id: id, status: now?.status ?? null })
    }
  }
}

export default SellerModuleService
