import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  MemberInput,
  recordAuditEntryStep,
  revokeSellerMemberStep,
  upsertSellerMemberStep,
  validateDigipreneurSlotStep,
} from "./steps/seller-steps"
import type { Actor } from "./types"
import { lockRecordStep, unlockRecordStep } from "@dharavi/record-lock"
import { MarketplaceEvents } from "../contract/events"

/**
 * One seller's memberships change one at a time: the rules that span several rows (one active
 * digi-preneur, at least one owner) are checked and written under the seller's members lock, so two
 * owners revoking each other, or two digi-preneurs added at once, cannot both pass.
 */
const lockMembers = (input: { seller_id: string }) =>
  lockRecordStep(transform({ input }, ({ input }) => ({ key: `seller-members:${input.seller_id}` })))

/** The owner gives a person (who has a seller account) a role: staff or digi-preneur. */
export const addSellerMemberWorkflow = createWorkflow(
  "add-seller-member",
  (input: { member: MemberInput; actor: Actor }) => {
    const held = lockMembers(input.member)
    validateDigipreneurSlotStep(input.member)
    const member = upsertSellerMemberStep(input.member)
    recordAuditEntryStep(
      transform({ input, member }, ({ input, member }) => ({
        seller_id: input.member.seller_id,
        user_id: input.actor.user_id,
        role: input.actor.role,
        action: "member.added",
        resource_type: "seller_member",
        resource_id: member.id,
        details: {
          user_id: input.member.user_id,
          role: input.member.role,
          revenue_share: input.member.revenue_share ?? 0,
        },
      }))
    )
    unlockRecordStep(held)
    emitEventStep({
      eventName: MarketplaceEvents.SELLER_MEMBER_ADDED,
      data: transform({ member }, ({ member }) => ({ id: member.id })),
    })
    return new WorkflowResponse(member)
  }
)

/** The owner revokes a member's access. The membership row stays for the audit trail. */
export const revokeSellerMemberWorkflow = createWorkflow(
  "revoke-seller-member",
  (input: { seller_id: string; member_id: string; actor: Actor }) => {
    const held = lockMembers(input)
    const member = revokeSellerMemberStep({ seller_id: input.seller_id, member_id: input.member_id })
    recordAuditEntryStep(
      transform({ input, member }, ({ input, member }) => ({
        seller_id: input.seller_id,
        user_id: input.actor.user_id,
        role: input.actor.role,
        action: "member.revoked",
        resource_type: "seller_member",
        resource_id: input.member_id,
        details: { user_id: member.user_id, role: member.role },
      }))
    )
    unlockRecordStep(held)
    emitEventStep({ eventName: MarketplaceEvents.SELLER_MEMBER_REVOKED, data: { id: input.member_id } })
    return new WorkflowResponse(member)
  }
)
