#!/usr/bin/env node
// `npm run bench`: boots the platform on a fresh seeded database (scripts/stack.mjs) and runs every
// bench/*.bench.mjs against it, printing each route's throughput and p50/p95 latency with its ratio to
// a stock Medusa route measured in the same run. Options: --seconds N per route (default 5), a
// file name filter (e.g. `npm run bench -- marketplace`).
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR, ROOT, bold, ensureDir, ensureInstalled, run, stepper } from "./lib.mjs"

const args = process.argv.slice(2)
const seconds = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 5
const filter = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a))
const { step, info } = stepper(4)

step("Checking dependencies and building plugins")
await ensureInstalled(info)
await run(path.join(ROOT, "node_modules", ".bin", "turbo"), [
  "run",
  "build",
  "--filter=./plugins/*",
  "--output-logs=errors-only",
])

step("Opening PostgreSQL")
const { openDatabase } = await import("./db.mjs")
const db = await openDatabase({ database: "dharavi_bench", persistent: false, log: info })
const logDir = ensureDir(path.join(DATA_DIR, "bench-logs"))
let stack
try {
  step("Starting the backend on a fresh seeded database")
  const { startStack } = await import("./stack.mjs")
  stack = await startStack({ db, database: "dharavi_bench", logDir, info, storefront: false })

  step(`Running benchmarks (${seconds}s per route)`)
  const files = fs
    .readdirSync(path.join(ROOT, "bench"))
    .filter((f) => f.endsWith(".bench.mjs") && (!filter || f.includes(filter)))
    .sort()
  for (const file of files) {
    console.log(`\n${bold(file)}`)
    const { default: bench } = await import(path.join(ROOT, "bench", file))
    await bench({ backendUrl: stack.backendUrl, publishableKey: stack.publishableKey, seconds, db })
  }
} finally {
  await stack?.stop()
  await db.close()
}
