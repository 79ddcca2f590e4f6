import type { SellerAuditEntry, SellerMember, SellerRole, VendorAddMemberBody } from "@dharavi/marketplace/contract"
import { isValidEmail } from "./address"
import { toAsciiDigits } from "./sellers"

/**
 * Pure helpers for the members page: the invite form, who is still a member,
 * and the audit log's actions in plain words (message keys under Members.audit).
 */

export type MemberRole = SellerRole
export type InviteRole = VendorAddMemberBody["role"]
/** A member as `GET /vendors/sellers/:id/members` answers it. */
export type ShopMember = SellerMember
/** An audit log entry (`GET /vendors/sellers/:id/audit-log`). */
export type AuditEntry = SellerAuditEntry

/** A digi-preneur's share of sales in percent: "5", "5%", "2.5", "५" → 5, 5, 2.5, 5. Null unless 0 to 100. */
export function parseShare(text: unknown): number | null {
  if (typeof text !== "string") return null
  const cleaned = toAsciiDigits(text).replace(/[\s%]/g, "").replace(",", ".")
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null
  const value = Number(cleaned)
  return value >= 0 && value <= 100 ? value : null
}

export type InviteForm = { email: string; role: string; share: string }
export type InviteField = "email" | "role" | "share"
export type InviteBody = VendorAddMemberBody

/** The body for POST /vendors/sellers/:id/members. A share is needed for a digi-preneur and never sent for staff. */
export function parseInvite(form: InviteForm): { ok: true; body: InviteBody } | { ok: false; errors: InviteField[] } {
  const errors: InviteField[] = []
  const email = form.email.trim().toLowerCase()
  if (!isValidEmail(email) || email.length > 254) errors.push("email")
  const role = form.role === "staff" || form.role === "digipreneur" ? form.role : null
  if (!role) errors.push("role")
  let share: number | null = null
  if (role === "digipreneur") {
    share = parseShare(form.share)
    if (share === null) errors.push("share")
  }
  if (errors.length || !role) return { ok: false, errors }
  return { ok: true, body: { email, role, ...(role === "digipreneur" ? { revenue_share: share! } : {}) } }
}

export function isActiveMember(member: Pick<ShopMember, "revoked_at">): boolean {
  return !member.revoked_at
}

/** Active members first (owners, then digi-preneurs, then staff, oldest first), then former ones. */
export function sortMembers<T extends Pick<ShopMember, "role" | "created_at" | "revoked_at">>(
  members: readonly T[]
): { active: T[]; former: T[] } {
  const rank: Record<string, number> = { owner: 0, digipreneur: 1, staff: 2 }
  const byRole = (a: T, b: T) =>
    (rank[a.role] ?? 3) - (rank[b.role] ?? 3) || String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))
  return {
    active: members.filter(isActiveMember).sort(byRole),
    former: members
      .filter((m) => !isActiveMember(m))
      .sort((a, b) => String(b.revoked_at).localeCompare(String(a.revoked_at))),
  }
}

/** Message keys (Members.audit.*) for the marketplace's audit actions. */
export const AUDIT_MESSAGES = {
  "seller.created": "shopOpened",
  "seller.updated": "profileChanged",
  "member.added": "memberAdded",
  "member.revoked": "memberRevoked",
  "product.created": "productCreated",
  "product.updated": "productUpdated",
  "product.deleted": "productDeleted",
  "inventory.updated": "stockChanged",
} as const
export type AuditMessageKey = (typeof AUDIT_MESSAGES)[keyof typeof AUDIT_MESSAGES] | "other"

/** "product.created" → "productCreated" ("{name} added a product"); actions we do not know yet → "other". */
export function auditMessageKey(action: string | null | undefined): AuditMessageKey {
  const key = (action ?? "").trim().toLowerCase()
  return Object.prototype.hasOwnProperty.call(AUDIT_MESSAGES, key)
    ? AUDIT_MESSAGES[key as keyof typeof AUDIT_MESSAGES]
    : "other"
}

/** What an entry is about: a product (its id) or a member (the person's user id), for naming it next to the action. */
export function auditSubject(
  entry: Pick<AuditEntry, "action" | "resource_type" | "resource_id" | "details">
): { kind: "product"; id: string } | { kind: "member"; userId: string | null; memberId: string | null } | null {
  const type = entry.resource_type ?? ""
  if (
    (type === "product" || entry.action.startsWith("product.") || entry.action.startsWith("inventory.")) &&
    entry.resource_id
  ) {
    return { kind: "product", id: entry.resource_id }
  }
  if (type === "seller_member" || entry.action.startsWith("member.")) {
    const userId = typeof entry.details?.user_id === "string" ? entry.details.user_id : null
    return { kind: "member", userId, memberId: entry.resource_id ?? null }
  }
  return null
}
