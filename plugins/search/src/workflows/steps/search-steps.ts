import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SOURCES, sourceInstalled } from "../../documents"
import { SEARCH_MODULE } from "../../modules/search"
import type { SearchDocumentInput, SearchType } from "../../modules/search/types"

/** Reads the source records and builds the documents of the public ones; the rest are to be removed. */
export const buildSearchDocumentsStep = createStep(
  "build-search-documents",
  async (input: { type: SearchType; ids: string[] }, { container }) => {
    const ids = [...new Set(input.ids.filter(Boolean))]
    const documents = sourceInstalled(container, input.type) ? await SOURCES[input.type].build(container, ids) : []
    const built = new Set(documents.map((d) => d.ref_id))
    return new StepResponse({ type: input.type, documents, remove: ids.filter((id) => !built.has(id)) })
  }
)

/**
 * Writes documents into the index and removes the ones no longer public. Undone by putting back
 * what the index held before for those ids (so a rolled-back change is not left searchable).
 */
export const writeSearchDocumentsStep = createStep(
  "write-search-documents",
  async (input: { type: SearchType; documents: SearchDocumentInput[]; remove: string[] }, { container }) => {
    const service = container.resolve(SEARCH_MODULE)
    const ids = [...input.documents.map((d) => d.ref_id), ...input.remove]
    const before = await service.findDocuments(input.type, ids)
    await service.indexDocuments(input.documents)
    await service.removeDocuments(input.type, input.remove)
    return new StepResponse(
      { indexed: input.documents.map((d) => d.ref_id), removed: input.remove },
      { type: input.type, ids, before }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve(SEARCH_MODULE)
    const kept = new Set(undo.before.map((d) => d.ref_id))
    await service.removeDocuments(
      undo.type,
      undo.ids.filter((id) => !kept.has(id))
    )
    await service.indexDocuments(undo.before)
  }
)

/** One page of a source's ids, for a full reindex. */
export const pageSourceIdsStep = createStep(
  "page-search-source-ids",
  async (input: { type: SearchType; offset: number; limit: number }, { container }) => {
    if (!sourceInstalled(container, input.type)) return new StepResponse({ ids: [] as string[], total: 0 })
    return new StepResponse(await SOURCES[input.type].page(container, input.offset, input.limit))
  }
)

/**
 * After a full reindex of one type: removes the documents whose source is gone or no longer public.
 * Undone by indexing them again as they were.
 */
export const pruneSearchDocumentsStep = createStep(
  "prune-search-documents",
  async (input: { type: SearchType; keep: string[] }, { container }) => {
    const service = container.resolve(SEARCH_MODULE)
    const keep = new Set(input.keep)
    const stale = (await service.listSearchDocuments({ type: input.type }, { select: ["ref_id"], take: null }))
      .map((d) => d.ref_id)
      .filter((id) => !keep.has(id))
    const before = await service.findDocuments(input.type, stale)
    const removed = await service.pruneDocuments(input.type, input.keep)
    return new StepResponse({ removed }, before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve(SEARCH_MODULE).indexDocuments(before)
  }
)
