import {
  StepResponse,
  WorkflowResponse,
  createStep,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { InferTypeOf } from "@medusajs/framework/types"
import { WholesaleEvents } from "../contract/events"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type SellerTerms from "../modules/wholesale/models/seller-terms"
import type WholesaleTerms from "../modules/wholesale/models/wholesale-terms"

type VariantTerms = {
  variant_id: string
  product_id: string
  seller_id?: string | null
  min_order_quantity: number
  case_pack: number
  lead_time_days?: number | null
}
type SellerTermsInput = {
  seller_id: string
  min_order_value?: Record<string, number | undefined> | null
  payment_terms?: string | null
  lead_time_days?: number | null
}
/** What an upsert step undoes: the row it created, or the row as it was before. */
type Undo<T> = { created_id?: string; existing?: T }

/** Creates or replaces a variant's wholesale terms; compensation restores what was there. */
export const upsertVariantTermsStep = createStep(
  "upsert-variant-terms",
  async (input: VariantTerms, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const [existing] = await wholesale.listWholesaleTerms({ variant_id: input.variant_id })
    if (existing) {
      const updated = await wholesale.updateWholesaleTerms({ id: existing.id, ...input })
      return new StepResponse(updated, { existing })
    }
    const created = await wholesale.createWholesaleTerms(input)
    return new StepResponse(created, { created_id: created.id })
  },
  async (undo: Undo<InferTypeOf<typeof WholesaleTerms>> | undefined, { container }) => {
    if (!undo) return
    const wholesale = container.resolve(WHOLESALE_MODULE)
    if (undo.created_id) await wholesale.deleteWholesaleTerms(undo.created_id)
    else if (undo.existing) {
      const { id, variant_id, product_id, seller_id, min_order_quantity, case_pack, lead_time_days } = undo.existing
      await wholesale.updateWholesaleTerms({
        id,
        variant_id,
        product_id,
        seller_id,
        min_order_quantity,
        case_pack,
        lead_time_days,
      })
    }
  }
)

export const upsertSellerTermsStep = createStep(
  "upsert-seller-terms",
  async (input: SellerTermsInput, { container }) => {
    const wholesale = container.resolve(WHOLESALE_MODULE)
    const [existing] = await wholesale.listSellerTerms({ seller_id: input.seller_id })
    if (existing) {
      const updated = await wholesale.updateSellerTerms({ id: existing.id, ...input })
      return new StepResponse(updated, { existing })
    }
    const created = await wholesale.createSellerTerms(input)
    return new StepResponse(created, { created_id: created.id })
  },
  async (undo: Undo<InferTypeOf<typeof SellerTerms>> | undefined, { container }) => {
    if (!undo) return
    const wholesale = container.resolve(WHOLESALE_MODULE)
    if (undo.created_id) await wholesale.deleteSellerTerms(undo.created_id)
    else if (undo.existing) {
      const { id, min_order_value, payment_terms, lead_time_days } = undo.existing
      await wholesale.updateSellerTerms({ id, min_order_value, payment_terms, lead_time_days })
    }
  }
)

export const setVariantTermsWorkflow = createWorkflow("set-variant-wholesale-terms", (input: VariantTerms) => {
  const terms = upsertVariantTermsStep(input)
  emitEventStep({
    eventName: WholesaleEvents.WHOLESALE_TERMS_UPDATED,
    data: transform({ terms }, ({ terms }) => ({ id: terms.id, variant_id: terms.variant_id })),
  })
  return new WorkflowResponse(terms)
})

export const setSellerTermsWorkflow = createWorkflow("set-seller-wholesale-terms", (input: SellerTermsInput) => {
  const terms = upsertSellerTermsStep(input)
  emitEventStep({
    eventName: WholesaleEvents.SELLER_TERMS_UPDATED,
    data: transform({ terms }, ({ terms }) => ({ id: terms.id, seller_id: terms.seller_id })),
  })
  return new WorkflowResponse(terms)
})
