import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { loadLineSheetStep, type LineSheetInput } from "./steps/line-sheet-steps"

/**
 * What a seller's or a collection's line sheet shows (prices, terms, makers), ready for
 * `renderLineSheet` (src/lib/line-sheet.ts). 404 for an unknown seller or collection.
 */
export const lineSheetWorkflow = createWorkflow("wholesale-line-sheet", (input: LineSheetInput) => {
  return new WorkflowResponse(loadLineSheetStep(input))
})
