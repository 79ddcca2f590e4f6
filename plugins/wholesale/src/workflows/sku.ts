import { WorkflowResponse, createWorkflow, transform, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { computeMissingSkusStep, type FillSkusInput } from "./steps/sku-steps"

/** One lock for all SKU coding: a SKU is chosen and written before the next is chosen. */
export const SKU_LOCK_KEY = "wholesale:sku-coding"

/**
 * Gives every variant without a SKU (of the given products, or the given variants) a coded, unique
 * SKU (src/lib/sku.ts), written through Medusa's updateProductVariantsWorkflow. Variants that have a
 * SKU keep it.
 */
export const fillMissingSkusWorkflow = createWorkflow("wholesale-fill-missing-skus", (input: FillSkusInput) => {
  acquireLockStep({ key: SKU_LOCK_KEY, timeout: 30, ttl: 60 })
  const updates = computeMissingSkusStep(input)
  when({ updates }, ({ updates }) => updates.length > 0).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ updates }, ({ updates }) => ({ product_variants: updates })),
    })
  })
  releaseLockStep({ key: SKU_LOCK_KEY })
  return new WorkflowResponse(updates)
})
