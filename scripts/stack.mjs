// Boots the platform on a fresh database for the browser tests and the benchmarks: migrate, seed,
// `medusa start` (admin off) and, when asked, a production build of the storefront. Free ports only,
// so it never collides with a running `npm start`.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT, baseEnv, freePort, run, startService, stopService, waitForHttp } from "./lib.mjs"

const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name)

export async function startStack({ db, database, logDir, info, storefront = true }) {
  await db.recreateDatabase(database)
  const backendPort = await freePort(9100)
  const storefrontPort = await freePort(8100)
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dharavi-stack-"))
  const envFile = path.join(tmp, "storefront.env")
  const env = baseEnv({
    ...db.env(database),
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    MEDUSA_ADMIN_DISABLED: "true",
    JWT_SECRET: "local-stack-only",
    COOKIE_SECRET: "local-stack-only",
    STOREFRONT_ENV_FILE: envFile,
    LOG_LEVEL: "warn",
  })
  const backendDir = path.join(ROOT, "backend")
  const services = []
  const stop = async () => {
    for (const service of services.reverse()) await stopService(service)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  try {
    info(`${database}: migrating and seeding a fresh database`)
    await run(BIN("medusa"), ["db:migrate"], {
      cwd: backendDir,
      env,
      logFile: path.join(logDir, `${database}-migrate.log`),
    })
    await run(BIN("medusa"), ["exec", "./src/scripts/seed.ts"], {
      cwd: backendDir,
      env,
      logFile: path.join(logDir, `${database}-seed.log`),
    })
    const publishableKey = /MEDUSA_PUBLISHABLE_KEY=(\S+)/.exec(fs.readFileSync(envFile, "utf8"))?.[1]
    if (!publishableKey) throw new Error("the seed wrote no publishable key")

    info(`${database}: starting the backend on ${backendUrl}`)
    const backend = startService("backend", BIN("medusa"), ["start"], {
      cwd: backendDir,
      env,
      logFile: path.join(logDir, `${database}-backend.log`),
    })
    services.push(backend)

    if (storefront) {
      const storefrontEnv = {
        ...env,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        NODE_ENV: "production",
        NEXT_DIST_DIR: ".next-e2e",
      }
      info(`${database}: building the storefront (next build)`)
      // next build's type check trusts its incremental cache, which can miss message keys added since.
      fs.rmSync(path.join(ROOT, "storefront", ".next-e2e", "cache", ".tsbuildinfo"), { force: true })
      await run(BIN("next"), ["build"], {
        cwd: path.join(ROOT, "storefront"),
        env: storefrontEnv,
        logFile: path.join(logDir, `${database}-storefront-build.log`),
      })
      await waitForHttp(`${backendUrl}/health`, { child: backend, name: "the backend", timeoutMs: 180_000 })
      info(`${database}: starting the storefront on ${storefrontUrl}`)
      const web = startService("storefront", BIN("next"), ["start", "-p", String(storefrontPort)], {
        cwd: path.join(ROOT, "storefront"),
        env: storefrontEnv,
        logFile: path.join(logDir, `${database}-storefront.log`),
      })
      services.push(web)
      await waitForHttp(`${storefrontUrl}/en`, { child: web, name: "the storefront", timeoutMs: 120_000 })
    } else {
      await waitForHttp(`${backendUrl}/health`, { child: backend, name: "the backend", timeoutMs: 180_000 })
    }
    return { env, backendUrl, storefrontUrl, publishableKey, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
