#!/usr/bin/env node
// Runs one of the backend's Medusa scripts against the platform's database (DATABASE_URL, or the
// embedded PostgreSQL that `npm start` uses), after installing, building plugins and migrating:
//   npm run seed                       -> backend/src/scripts/seed.ts
//   npm run search:reindex [type ...]  -> backend/src/scripts/reindex-search.ts
// Stop `npm start` first when it uses the embedded database (one server owns its data folder).
import path from "node:path"
import { ROOT, baseEnv, dim, ensureDir, ensureInstalled, run, stepper } from "./lib.mjs"

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error("usage: node scripts/exec.mjs <script in backend/src/scripts> [args ...]")
  process.exit(2)
}
const { step, info } = stepper(4)
const logDir = ensureDir(path.join(ROOT, ".data", "logs"))

step("Checking dependencies")
info((await ensureInstalled(info)) ? "dependencies installed" : "dependencies up to date")

step("Building plugins (cached after the first run)")
await run(
  path.join(ROOT, "node_modules", ".bin", "turbo"),
  ["run", "build", "--filter=./plugins/*", "--output-logs=errors-only"],
  {
    logFile: path.join(logDir, "build.log"),
  }
)

step("Opening PostgreSQL")
const { openDatabase } = await import("./db.mjs")
const db = await openDatabase({ database: "dharavi", persistent: true, log: info })
let code = 0
try {
  const env = baseEnv({ ...db.env() })
  const backendDir = path.join(ROOT, "backend")
  const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
  await run(medusa, ["db:migrate"], { cwd: backendDir, env, logFile: path.join(logDir, "migrate.log") })
  info(`migrated ${dim("(log: .data/logs/migrate.log)")}`)

  step(`Running ${script}${args.length ? ` ${args.join(" ")}` : ""}`)
  // The seed reports its steps as log lines; other scripts print their own progress over Medusa's quiet log.
  const logLevel = process.env.LOG_LEVEL || (script.startsWith("seed") ? "info" : "warn")
  await run(medusa, ["exec", `./src/scripts/${script}`, ...args], {
    cwd: backendDir,
    env: { ...env, LOG_LEVEL: logLevel },
  })
} catch (error) {
  console.error(error.message)
  code = 1
} finally {
  await db.close()
}
process.exit(code)
