import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { codedError, notAllowed, notFound } from "@dharavi/errors"
import { MarketplaceErrors } from "../../contract/errors"
import type { SellerStatus } from "../../contract/http"
import { SELLER_MODULE } from "../../modules/seller"

export type SellerInput = {
  handle: string
  name: string
  kind?: "artisan" | "workshop"
  crafts?: string[]
  area?: string | null
  story?: Record<string, string> | null
  photo_url?: string | null
  contact?: Record<string, string> | null
  gst_number?: string | null
  artisan_card?: string | null
  payout_details?: Record<string, string> | null
  commission_rate?: number
  status?: "pending" | "active" | "suspended"
  verification_status?: "unverified" | "pending" | "verified" | "rejected"
  metadata?: Record<string, unknown> | null
}

/** A handle names a maker's public page; two sellers can never share one. */
export const validateSellerHandleStep = createStep(
  "validate-seller-handle",
  async (input: { handle: string; seller_id?: string }, { container }) => {
    const [existing] = await container.resolve(SELLER_MODULE).listSellers({ handle: input.handle }, { select: ["id"] })
    if (existing && existing.id !== input.seller_id) {
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        MarketplaceErrors.HANDLE_TAKEN,
        `The handle "${input.handle}" is taken; choose another`,
        { handle: input.handle }
      )
    }
    return new StepResponse(undefined)
  }
)

export const createSellerUserStep = createStep(
  "create-seller-user",
  async (input: { email: string; name: string; phone?: string | null }, { container }) => {
    const service = container.resolve(SELLER_MODULE)
    const [existing] = await service.listSellerUsers({ email: input.email })
    if (existing) {
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        MarketplaceErrors.SELLER_ACCOUNT_EXISTS,
        `A seller account for ${input.email} already exists`,
        { email: input.email }
      )
    }
    const user = await service.createSellerUsers(input)
    return new StepResponse(user, user.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SELLER_MODULE).deleteSellerUsers(id)
  }
)

export const createSellerStep = createStep(
  "create-seller",
  async (input: SellerInput, { container }) => {
    const seller = await container.resolve(SELLER_MODULE).createSellers(input)
    return new StepResponse(seller, seller.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SELLER_MODULE).deleteSellers(id)
  }
)

/** Updates a seller and keeps the previous values so a later failure restores them. */
export const updateSellerStep = createStep(
  "update-seller",
  async (input: { id: string; update: Partial<SellerInput> }, { container }) => {
    const service = container.resolve(SELLER_MODULE)
    const before = await service.retrieveSeller(input.id)
    const previous = Object.fromEntries(
      Object.keys(input.update).map((k) => [k, (before as Record<string, unknown>)[k]])
    )
    const seller = await service.updateSellers({ id: input.id, ...input.update })
    return new StepResponse(seller, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(SELLER_MODULE).updateSellers({ id: undo.id, ...undo.previous })
  }
)

/** The seller's status, moved only from the one the workflow planned from; compensation moves it back. */
export const moveSellerStatusStep = createStep(
  "move-seller-status",
  async (input: { id: string; from: SellerStatus; to: SellerStatus }, { container }) => {
    await container.resolve(SELLER_MODULE).moveSellerStatus(input.id, input.from, input.to)
    return new StepResponse(undefined, input)
  },
  async (moved, { container }) => {
    if (moved) await container.resolve(SELLER_MODULE).updateSellers({ id: moved.id, status: moved.from })
  }
)

export type MemberInput = {
  seller_id: string
  user_id: string
  role: "owner" | "staff" | "digipreneur"
  revenue_share?: number
}

/** Adds a member, or restores a revoked membership with its new role. */
export const upsertSellerMemberStep = createStep(
  "upsert-seller-member",
  async (input: MemberInput, { container }) => {
    const service = container.resolve(SELLER_MODULE)
    const [existing] = await service.listSellerMembers({ seller_id: input.seller_id, user_id: input.user_id })
    if (existing && !existing.revoked_at) {
      throw codedError(
        MedusaError.Types.DUPLICATE_ERROR,
        MarketplaceErrors.MEMBER_EXISTS,
        "This person is already a member of the seller",
        { user_id: input.user_id }
      )
    }
    if (existing) {
      const member = await service.updateSellerMembers({
        id: existing.id,
        role: input.role,
        revenue_share: input.revenue_share ?? 0,
        revoked_at: null,
      })
      return new StepResponse(member, { created: null as string | null, restored: existing as typeof existing | null })
    }
    const member = await service.createSellerMembers({
      seller_id: input.seller_id,
      user_id: input.user_id,
      role: input.role,
      revenue_share: input.revenue_share ?? 0,
    })
    return new StepResponse(member, { created: member.id as string | null, restored: null as typeof existing | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve(SELLER_MODULE)
    if (undo.created) await service.deleteSellerMembers(undo.created)
    if (undo.restored) {
      const r = undo.restored
      await service.updateSellerMembers({
        id: r.id,
        role: r.role,
        revenue_share: r.revenue_share,
        revoked_at: r.revoked_at,
      })
    }
  }
)

export const revokeSellerMemberStep = createStep(
  "revoke-seller-member",
  async (input: { seller_id: string; member_id: string }, { container }) => {
    const service = container.resolve(SELLER_MODULE)
    const [member] = await service.listSellerMembers({
      id: input.member_id,
      seller_id: input.seller_id,
      revoked_at: null,
    })
    if (!member)
      throw notFound(MarketplaceErrors.MEMBER_NOT_FOUND, "No active member with that id in this seller", {
        member_id: input.member_id,
      })
    if (member.role === "owner") {
      const owners = await service.listSellerMembers({ seller_id: input.seller_id, role: "owner", revoked_at: null })
      if (owners.length <= 1) {
        throw notAllowed(MarketplaceErrors.LAST_OWNER, "A seller must keep at least one owner", {
          member_id: member.id,
        })
      }
    }
    const revoked = await service.updateSellerMembers({ id: member.id, revoked_at: new Date() })
    return new StepResponse(revoked, member.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SELLER_MODULE).updateSellerMembers({ id, revoked_at: null })
  }
)

/** A seller has at most one active digi-preneur: their share of sales must be unambiguous. */
export const validateDigipreneurSlotStep = createStep(
  "validate-digipreneur-slot",
  async (input: { seller_id: string; role: string; user_id: string }, { container }) => {
    if (input.role !== "digipreneur") return new StepResponse(undefined)
    const active = await container.resolve(SELLER_MODULE).listSellerMembers({
      seller_id: input.seller_id,
      role: "digipreneur",
      revoked_at: null,
    })
    if (active.some((m) => m.user_id !== input.user_id)) {
      throw notAllowed(
        MarketplaceErrors.DIGIPRENEUR_TAKEN,
        "This seller already has a digi-preneur; revoke them before adding another",
        { seller_id: input.seller_id }
      )
    }
    return new StepResponse(undefined)
  }
)

export type AuditInput = {
  seller_id: string
  user_id: string
  role: string
  action: string
  resource_type: string
  resource_id?: string | null
  details?: Record<string, unknown> | null
}

/** The audit log is append-only; a workflow that fails after this step removes its entry. */
export const recordAuditEntryStep = createStep(
  "record-seller-audit-entry",
  async (input: AuditInput | null, { container }) => {
    if (!input) return new StepResponse(null)
    const entry = await container.resolve(SELLER_MODULE).createSellerAuditEntries(input)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(SELLER_MODULE).deleteSellerAuditEntries(id)
  }
)
