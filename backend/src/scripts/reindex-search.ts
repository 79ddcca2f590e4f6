import type { ExecArgs } from "@medusajs/framework/types"
import { reindexSearch, type ReindexProgress } from "@dharavi/search/workflows"

const TYPES = ["product", "maker", "course", "job", "tool_house"] as const

/** A one-line progress bar, redrawn in place on a terminal and printed every 10% elsewhere. */
function progressBar() {
  const tty = process.stdout.isTTY
  let lastTenth = -1
  return (p: ReindexProgress) => {
    const ratio = p.total ? p.done / p.total : 1
    const width = 30
    const filled = Math.round(ratio * width)
    const line = `${p.type.padEnd(10)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${p.done}/${p.total} read, ${p.indexed} indexed`
    if (tty) {
      process.stdout.write(`\r${line}`)
      if (p.done >= p.total) process.stdout.write("\n")
    } else if (Math.floor(ratio * 10) !== lastTenth || p.done >= p.total) {
      lastTenth = Math.floor(ratio * 10)
      console.log(line)
    }
    if (p.done >= p.total) lastTenth = -1
  }
}

/**
 * Rebuilds the search index from the database: `npm run search:reindex` at the root, or in
 * backend/ `npx medusa exec ./src/scripts/reindex-search.ts [type ...]`.
 */
export default async function reindexSearchCommand({ container, args }: ExecArgs) {
  const types = (args ?? []).filter((a): a is (typeof TYPES)[number] => (TYPES as readonly string[]).includes(a))
  const unknown = (args ?? []).filter((a) => !(TYPES as readonly string[]).includes(a))
  if (unknown.length) throw new Error(`Unknown type(s): ${unknown.join(", ")}. Choose from: ${TYPES.join(", ")}`)
  const started = Date.now()
  const summary = await reindexSearch(container, { types: types.length ? types : undefined, onProgress: progressBar() })
  for (const [type, s] of Object.entries(summary))
    console.log(`${type}: ${s?.indexed} indexed of ${s?.total}, ${s?.removed} stale removed`)
  console.log(`search index rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
