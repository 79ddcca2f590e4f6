export * from "./search"
export { reindexSearch, type ReindexProgress, type ReindexSummary } from "../lib/reindex"
