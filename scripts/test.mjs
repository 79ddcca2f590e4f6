#!/usr/bin/env node
// `npm test`: every workspace's tests against a real PostgreSQL, then the browser tests.
// Uses DATABASE_URL / DB_* when given, else a throw-away embedded PostgreSQL.
// Options: --no-browser (skip the browser tests), --only <workspace> (turbo filter, e.g. @dharavi/backend).
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { DATA_DIR, ROOT, baseEnv, bold, ensureDir, ensureInstalled, green, red, run, stepper, yellow } from "./lib.mjs"

const args = process.argv.slice(2)
const withBrowser = !args.includes("--no-browser")
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null

const { step, info } = stepper(withBrowser ? 5 : 4)
const runDir = path.join(DATA_DIR, "test-run")
const resultsDir = path.join(runDir, "results")

/** Does a Redis server answer PING at this URL? (Decides whether the Redis configuration test runs.) */
function redisAnswers(url) {
  return new Promise((resolve) => {
    const { hostname, port } = new URL(url)
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(1000, () => done(false))
    socket.on("error", () => done(false))
    socket.on("connect", () => socket.write("PING\r\n"))
    socket.on("data", (d) => done(d.toString().startsWith("+PONG")))
  })
}

function jestTotals() {
  const totals = { passed: 0, failed: 0, skipped: 0, failedFiles: [] }
  if (!fs.existsSync(resultsDir)) return totals
  for (const file of fs.readdirSync(resultsDir)) {
    const r = JSON.parse(fs.readFileSync(path.join(resultsDir, file), "utf8"))
    totals.passed += r.passed
    totals.failed += r.failed
    totals.skipped += r.skipped
    totals.failedFiles.push(...r.failedFiles.map((f) => `${r.workspace}/${f}`))
  }
  return totals
}

async function main() {
  fs.rmSync(runDir, { recursive: true, force: true })
  ensureDir(resultsDir)

  step("Checking dependencies")
  info((await ensureInstalled(info)) ? "dependencies installed" : "dependencies up to date")

  step("Opening PostgreSQL")
  const { openDatabase } = await import("./db.mjs")
  const db = await openDatabase({ database: "dharavi_test", persistent: false, log: info })

  let failedStage = null
  let browser = { passed: 0, failed: 0, skipped: 0 }
  try {
    const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL || "redis://127.0.0.1:6379"
    const redisUp = await redisAnswers(redisUrl)
    info(
      redisUp
        ? `Redis answers at ${redisUrl}: the Redis configuration test runs`
        : yellow(`no Redis at ${redisUrl}: the Redis configuration test is skipped`)
    )
    const env = baseEnv({
      ...db.env(),
      DHARAVI_TEST_RESULTS_DIR: resultsDir,
      DHARAVI_TEST_REDIS_URL: redisUp ? redisUrl : "",
      CI: process.env.CI || "",
      // Medusa logs every migration line; keep test output to warnings and errors.
      LOG_LEVEL: process.env.LOG_LEVEL || "warn",
    })

    step("Building plugins and running every workspace's tests (turbo)")
    const turbo = path.join(ROOT, "node_modules", ".bin", "turbo")
    const filter = only ? [`--filter=${only}`] : []
    // Every plugin's integration tests boot the whole application (backend seed included), which
    // loads every plugin: build them all first, not only the package under test and its dependencies.
    await run(turbo, ["run", "build", "--env-mode=loose", "--filter=./plugins/*", "--output-logs=errors-only"], {
      env,
    }).catch(() => (failedStage = "plugin build"))
    await run(
      turbo,
      ["run", "test", "--env-mode=loose", "--concurrency=1", "--continue", "--output-logs=full", ...filter],
      { env }
    ).catch(() => (failedStage = "workspace tests"))

    if (withBrowser) {
      step("Browser tests (Chromium)")
      browser = await (
        await import("./e2e.mjs")
      ).runBrowserTests({ db, logDir: ensureDir(path.join(runDir, "logs")), info })
      if (browser.failed) failedStage ??= "browser tests"
    }
  } finally {
    step("Stopping PostgreSQL")
    await db.close()
  }

  const jest = jestTotals()
  const passed = jest.passed + browser.passed
  const failed = jest.failed + browser.failed
  const skipped = jest.skipped + browser.skipped
  console.log(`\n${bold("Summary")}`)
  console.log(`  workspace tests: ${jest.passed} passed, ${jest.failed} failed, ${jest.skipped} skipped`)
  if (withBrowser)
    console.log(`  browser tests:   ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped`)
  for (const f of jest.failedFiles) console.log(red(`  failed: ${f}`))
  if (failedStage && failed === 0)
    console.log(red(`  ${failedStage} failed before reporting results (see output above)`))
  const ok = !failedStage && failed === 0 && passed > 0
  console.log(ok ? green(bold("All tests passed.")) : red(bold("Tests failed.")))
  // The plain closing line CI reads.
  console.log(`tests: ${passed} passed, ${failed + (ok ? 0 : failed === 0 ? 1 : 0)} failed, ${skipped} skipped`)
  process.exit(ok ? 0 : 1)
}

main().catch((error) => {
  console.error(red(`npm test failed: ${error.stack || error.message}`))
  console.log("tests: 0 passed, 1 failed")
  process.exit(1)
})
