import { StepResponse, WorkflowResponse, createStep, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { wholesaleService } from "../lib/buyer"

type VariantTerms = { variant_id: string; product_id: string; seller_id?: string | null; min_order_quantity: number; case_pack: number; lead_time_days?: number | null }
type SellerTermsInput = { seller_id: string; min_order_value?: Record<string, number | undefined> | null; payment_terms?: string | null; lead_time_days?: number | null }

/** Creates or replaces a variant's wholesale terms; compensation restores what was there. */
export const upsertVariantTermsStep = createStep(
  "upsert-variant-terms",
  async (input: VariantTerms, { container }) => {
    const wholesale = wholesaleService(container)
    const [existing] = await wholesale.listWholesaleTerms({ variant_id: input.variant_id })
    if (existing) {
      const updated = await wholesale.updateWholesaleTerms({ id: existing.id, ...input })
      return new StepResponse(updated, { existing })
    }
    const created = await wholesale.createWholesaleTerms(input)
    return new StepResponse(created, { created_id: created.id })
  },
  async (undo: any, { container }) => {
    if (!undo) return
    const wholesale = wholesaleService(container)
    if (undo.created_id) await wholesale.deleteWholesaleTerms(undo.created_id)
    else if (undo.existing) {
      const { id, variant_id, product_id, seller_id, min_order_quantity, case_pack, lead_time_days } = undo.existing
      await wholesale.updateWholesaleTerms({ id, variant_id, product_id, seller_id, min_order_quantity, case_pack, lead_time_days })
    }
  }
)

export const upsertSellerTermsStep = createStep(
  "upsert-seller-terms",
  async (input: SellerTermsInput, { container }) => {
    const wholesale = wholesaleService(container)
    const [existing] = await wholesale.listSellerTerms({ seller_id: input.seller_id })
    if (existing) {
      const updated = await wholesale.updateSellerTerms({ id: existing.id, ...input } as any)
      return new StepResponse(updated, { existing })
    }
    const created = await wholesale.createSellerTerms(input as any)
    return new StepResponse(created, { created_id: created.id })
  },
  async (undo: any, { container }) => {
    if (!undo) return
    const wholesale = wholesaleService(container)
    if (undo.created_id) await wholesale.deleteSellerTerms(undo.created_id)
    else if (undo.existing) {
      const { id, min_order_value, payment_terms, lead_time_days } = undo.existing
      await wholesale.updateSellerTerms({ id, min_order_value, payment_terms, lead_time_days })
    }
  }
)

export const setVariantTermsWorkflow = createWorkflow("set-variant-wholesale-terms", (input: VariantTerms) => {
  const terms = upsertVariantTermsStep(input)
  emitEventStep({ eventName: "wholesale_terms.updated", data: transform({ terms }, ({ terms }) => ({ id: terms.id, variant_id: terms.variant_id })) })
  return new WorkflowResponse(terms)
})

export const setSellerTermsWorkflow = createWorkflow("set-seller-wholesale-terms", (input: SellerTermsInput) => {
  const terms = upsertSellerTermsStep(input)
  emitEventStep({ eventName: "seller_terms.updated", data: transform({ terms }, ({ terms }) => ({ id: terms.id, seller_id: terms.seller_id })) })
  return new WorkflowResponse(terms)
})
