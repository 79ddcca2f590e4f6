// Browser tests against the whole stack: a fresh database, migrated and seeded, the backend
// (`medusa start`, admin off), a production build of the storefront, and Debian's Chromium.
// Browser test files are `<workspace>/e2e/*.e2e.test.mjs`, run with node's test runner; they
// read STOREFRONT_URL and BACKEND_URL.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT, baseEnv, freePort, run, startService, stopService, waitForHttp } from "./lib.mjs"

export function findBrowserTests() {
  const dirs = [path.join(ROOT, "storefront", "e2e"), path.join(ROOT, "backend", "e2e")]
  const pluginsDir = path.join(ROOT, "plugins")
  if (fs.existsSync(pluginsDir)) for (const p of fs.readdirSync(pluginsDir)) dirs.push(path.join(pluginsDir, p, "e2e"))
  return dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".e2e.test.mjs")).map((f) => path.join(d, f)))
    .sort()
}

/** Runs every browser test; returns { passed, failed, skipped }. */
export async function runBrowserTests({ db, logDir, info }) {
  const files = findBrowserTests()
  if (!files.length) return { passed: 0, failed: 0, skipped: 0 }
  if (!fs.existsSync("/usr/bin/chromium")) {
    throw new Error("browser tests need Debian's chromium at /usr/bin/chromium: apt-get install -y chromium")
  }

  const database = "dharavi_e2e"
  await db.recreateDatabase(database)
  const backendPort = await freePort(9100)
  const storefrontPort = await freePort(8100)
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-e2e-")), "storefront.env")
  const env = baseEnv({
    ...db.env(database),
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_ADMIN_DISABLED: "true",
    JWT_SECRET: "e2e-only",
    COOKIE_SECRET: "e2e-only",
    STOREFRONT_ENV_FILE: envFile,
  })
  const backendDir = path.join(ROOT, "backend")
  const medusa = path.join(ROOT, "node_modules", ".bin", "medusa")
  const services = []
  try {
    info("browser tests: migrating and seeding a fresh database")
    await run(medusa, ["db:migrate"], { cwd: backendDir, env, logFile: path.join(logDir, "e2e-migrate.log") })
    await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env, logFile: path.join(logDir, "e2e-seed.log") })
    const publishableKey = /MEDUSA_PUBLISHABLE_KEY=(\S+)/.exec(fs.readFileSync(envFile, "utf8"))?.[1]
    if (!publishableKey) throw new Error("the seed wrote no publishable key")

    info(`browser tests: starting the backend on ${backendUrl}`)
    const backend = startService("backend", medusa, ["start"], { cwd: backendDir, env, logFile: path.join(logDir, "e2e-backend.log") })
    services.push(backend)

    const storefrontEnv = { ...env, MEDUSA_PUBLISHABLE_KEY: publishableKey, NODE_ENV: "production", NEXT_DIST_DIR: ".next-e2e" }
    info("browser tests: building the storefront (next build)")
    await run(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
      cwd: path.join(ROOT, "storefront"),
      env: storefrontEnv,
      logFile: path.join(logDir, "e2e-storefront-build.log"),
    })
    await waitForHttp(`${backendUrl}/health`, { child: backend, name: "the backend", timeoutMs: 180_000 })

    info(`browser tests: starting the storefront on ${storefrontUrl}`)
    const storefront = startService("storefront", path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(storefrontPort)], {
      cwd: path.join(ROOT, "storefront"),
      env: storefrontEnv,
      logFile: path.join(logDir, "e2e-storefront.log"),
    })
    services.push(storefront)
    await waitForHttp(`${storefrontUrl}/en`, { child: storefront, name: "the storefront", timeoutMs: 120_000 })

    info(`browser tests: ${files.length} file(s) in Chromium`)
    const tap = path.join(logDir, "e2e-results.tap")
    let failedRun = false
    await run(
      process.execPath,
      ["--test", "--test-concurrency=1", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${tap}`, ...files],
      { env: { ...env, BACKEND_URL: backendUrl, MEDUSA_PUBLISHABLE_KEY: publishableKey } }
    ).catch(() => (failedRun = true))
    const text = fs.existsSync(tap) ? fs.readFileSync(tap, "utf8") : ""
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, "m").exec(text)?.[1] ?? 0)
    const result = { passed: count("pass"), failed: count("fail") + count("cancelled"), skipped: count("skipped") + count("todo") }
    if (failedRun && result.failed === 0) result.failed = 1
    return result
  } finally {
    for (const service of services.reverse()) await stopService(service)
    fs.rmSync(path.dirname(envFile), { recursive: true, force: true })
  }
}
