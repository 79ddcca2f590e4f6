import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { SearchType } from "../modules/search/types"
import {
  buildSearchDocumentsStep,
  pageSourceIdsStep,
  pruneSearchDocumentsStep,
  writeSearchDocumentsStep,
} from "./steps/search-steps"

/** Brings the index in step with these source records: public ones (re)indexed, the others removed. */
export const syncSearchDocumentsWorkflow = createWorkflow(
  "sync-search-documents",
  (input: { type: SearchType; ids: string[] }) => {
    const built = buildSearchDocumentsStep(input)
    return new WorkflowResponse(writeSearchDocumentsStep(built))
  }
)

/** Indexes one page of a type's source records (a full reindex runs it page by page). */
export const reindexSearchPageWorkflow = createWorkflow(
  "reindex-search-page",
  (input: { type: SearchType; offset: number; limit: number }) => {
    const page = pageSourceIdsStep(input)
    const built = buildSearchDocumentsStep(
      transform({ input, page }, ({ input, page }) => ({ type: input.type, ids: page.ids }))
    )
    const written = writeSearchDocumentsStep(built)
    return new WorkflowResponse(
      transform({ page, written }, ({ page, written }) => ({
        total: page.total,
        seen: page.ids.length,
        indexed: written.indexed,
      }))
    )
  }
)

/** Ends a full reindex of one type: drops documents for records that are gone or private now. */
export const pruneSearchDocumentsWorkflow = createWorkflow(
  "prune-search-documents",
  (input: { type: SearchType; keep: string[] }) => {
    return new WorkflowResponse(pruneSearchDocumentsStep(input))
  }
)
