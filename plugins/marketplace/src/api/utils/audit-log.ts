import type { MedusaRequest } from "@medusajs/framework/http"
import { SELLER_MODULE } from "../../modules/seller"

/** One page of a seller's audit log with the acting person's name and email. */
export async function listAuditLog(req: MedusaRequest, sellerId: string) {
  const sellers = req.scope.resolve(SELLER_MODULE)
  const { skip = 0, take = 20 } = req.queryConfig?.pagination ?? {}
  const [entries, count] = await sellers.listAndCountSellerAuditEntries(
    { seller_id: sellerId },
    { skip, take, order: { created_at: "DESC" } }
  )
  const userIds = [...new Set(entries.map((e) => e.user_id))]
  const users = userIds.length ? await sellers.listSellerUsers({ id: userIds }) : []
  const byId = Object.fromEntries(users.map((u) => [u.id, { id: u.id, name: u.name, email: u.email }]))
  return {
    audit_log: entries.map((e) => ({ ...e, user: byId[e.user_id] ?? null })),
    count,
    offset: skip,
    limit: take,
  }
}
