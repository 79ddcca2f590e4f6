import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  SellerInput,
  createSellerStep,
  createSellerUserStep,
  moveSellerStatusStep,
  recordAuditEntryStep,
  updateSellerStep,
  upsertSellerMemberStep,
  validateSellerHandleStep,
} from "./steps/seller-steps"
import { listSellerProductIdsStep } from "./steps/product-steps"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import type { Actor } from "./types"
import { MarketplaceEvents } from "../contract/events"

/** A person signs up to sell: their seller account, tied to the auth identity they registered. */
export const registerSellerUserWorkflow = createWorkflow(
  "register-seller-user",
  (input: { auth_identity_id: string; email: string; name: string; phone?: string | null }) => {
    const user = createSellerUserStep({ email: input.email, name: input.name, phone: input.phone })
    setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "seller", value: user.id })
    return new WorkflowResponse(user)
  }
)

/** A signed-up person opens a seller (their shop); they become its owner. It waits for approval. */
export const createSellerWorkflow = createWorkflow(
  "create-seller",
  (input: { user_id: string; seller: SellerInput }) => {
    validateSellerHandleStep({ handle: input.seller.handle })
    const data = transform({ input }, ({ input }) => ({ ...input.seller, status: "pending" as const }))
    const seller = createSellerStep(data)
    const member = upsertSellerMemberStep(
      transform({ seller, input }, ({ seller, input }) => ({
        seller_id: seller.id,
        user_id: input.user_id,
        role: "owner" as const,
      }))
    )
    recordAuditEntryStep(
      transform({ seller, input }, ({ seller, input }) => ({
        seller_id: seller.id,
        user_id: input.user_id,
        role: "owner",
        action: "seller.created",
        resource_type: "seller",
        resource_id: seller.id,
      }))
    )
    emitEventStep({
      eventName: MarketplaceEvents.SELLER_CREATED,
      data: transform({ seller }, ({ seller }) => ({ id: seller.id })),
    })
    return new WorkflowResponse({ seller, member })
  }
)

/** A member edits the maker profile. */
export const updateSellerWorkflow = createWorkflow(
  "update-seller",
  (input: { seller_id: string; update: Partial<SellerInput>; actor: Actor }) => {
    when({ input }, ({ input }) => Boolean(input.update.handle)).then(() => {
      validateSellerHandleStep({ handle: input.update.handle as string, seller_id: input.seller_id })
    })
    const seller = updateSellerStep({ id: input.seller_id, update: input.update })
    recordAuditEntryStep(
      transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        user_id: input.actor.user_id,
        role: input.actor.role,
        action: "seller.updated",
        resource_type: "seller",
        resource_id: input.seller_id,
        details: { fields: Object.keys(input.update) },
      }))
    )
    emitEventStep({ eventName: MarketplaceEvents.SELLER_UPDATED, data: { id: input.seller_id } })
    return new WorkflowResponse(seller)
  }
)

/**
 * The platform approves, suspends or re-activates a seller. Suspension takes the seller's
 * published products off the store (remembering which), re-activation puts exactly those back;
 * the first approval also publishes what the seller listed while pending. The seller's record lock is
 * held from the read of its products to the last product change, so two reviews at once are planned
 * one after the other; suspending a suspended seller keeps the list of what to put back.
 */
export const setSellerStatusWorkflow = createWorkflow(
  "set-seller-status",
  (input: {
    seller_id: string
    status: "active" | "suspended"
    commission_rate?: number
    verification_status?: SellerInput["verification_status"]
  }) => {
    const held = lockRecordStep(transform({ input }, ({ input }) => ({ key: `seller:${input.seller_id}` })))
    const products = listSellerProductIdsStep({ seller_id: input.seller_id })
    const plan = transform({ input, products }, ({ input, products }) => {
      const hidden: string[] = (products.metadata?.suspended_product_ids as string[]) ?? []
      if (input.status === "suspended") {
        // Already suspended: what was hidden the first time stays remembered.
        const toHide = products.published
        const remembered = products.seller_status === "suspended" ? [...new Set([...hidden, ...toHide])] : toHide
        return {
          toDraft: toHide,
          toPublish: [] as string[],
          metadata: { ...products.metadata, suspended_product_ids: remembered },
        }
      }
      // First approval also puts on sale what the seller listed while waiting for it.
      const waiting = products.seller_status === "pending" ? products.awaiting_approval : []
      return {
        toDraft: [] as string[],
        toPublish: [...new Set([...hidden, ...waiting])],
        metadata: { ...products.metadata, suspended_product_ids: [] },
      }
    })
    const update = transform({ input, plan }, ({ input, plan }) => ({
      id: input.seller_id,
      update: {
        status: input.status,
        metadata: plan.metadata,
        ...(input.commission_rate !== undefined ? { commission_rate: input.commission_rate } : {}),
        ...(input.verification_status ? { verification_status: input.verification_status } : {}),
      },
    }))
    moveSellerStatusStep(
      transform({ input, products }, ({ input, products }) => ({
        id: input.seller_id,
        from: products.seller_status,
        to: input.status,
      }))
    )
    const seller = updateSellerStep(update)
    when({ plan }, ({ plan }) => plan.toDraft.length > 0).then(() => {
      updateProductsWorkflow
        .runAsStep({
          input: { selector: { id: plan.toDraft }, update: { status: "draft" } },
        })
        .config({ name: "unpublish-suspended-seller-products" })
    })
    when({ plan }, ({ plan }) => plan.toPublish.length > 0).then(() => {
      updateProductsWorkflow
        .runAsStep({
          input: { selector: { id: plan.toPublish }, update: { status: "published" } },
        })
        .config({ name: "republish-seller-products" })
    })
    unlockRecordStep(held)
    emitEventStep({
      eventName: transform({ input }, ({ input }) =>
        input.status === "active" ? MarketplaceEvents.SELLER_APPROVED : MarketplaceEvents.SELLER_SUSPENDED
      ),
      data: { id: input.seller_id },
    })
    return new WorkflowResponse(seller)
  }
)
