import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@mikro-orm/postgresql"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { conflict } from "@dharavi/errors"
import Seller from "./models/seller"
import SellerAuditEntry from "./models/seller-audit-entry"
import SellerMember from "./models/seller-member"
import SellerOrder from "./models/seller-order"
import SellerUser from "./models/seller-user"

import { MarketplaceErrors } from "../../contract/errors"
import type { SellerRole as ContractSellerRole, SellerStatus } from "../../contract/http"

export type SellerRole = ContractSellerRole

/** The table of one of the module's models, from MikroORM's metadata (never a hard-coded name). */
function tableOf(em: EntityManager, entity: string): string {
  return em.getMetadata().find(entity)!.tableName
}

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
  async moveSellerStatus(
    id: string,
    from: SellerStatus,
    to: SellerStatus,
    @MedusaContext() context: Context<EntityManager> = {}
  ): Promise<void> {
    const em = context.transactionManager!
    const table = tableOf(em, "Seller")
    // Raw SQL on purpose: the move is one conditional UPDATE, so two reviews cannot both move it.
    const rows: { id: string }[] = await em.execute(
      `update "${table}" set status = ?, updated_at = now() where id = ? and status = ? and deleted_at is null returning id`,
      [to, id, from]
    )
    if (!rows.length) {
      const [now]: { status: SellerStatus }[] = await em.execute(`select status from "${table}" where id = ?`, [id])
      throw conflict(
        MarketplaceErrors.SELLER_MOVED,
        `This seller changed a moment ago: it is ${now?.status ?? "gone"} now.`,
        { seller_id: id, status: now?.status ?? null }
      )
    }
  }
}

export default SellerModuleService
