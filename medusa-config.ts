import { randomBytes } from "crypto"
import fs from "fs"
import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

/**
 * The one application config. `backend/medusa-config.ts` re-exports it, so the Medusa CLI
 * (run in backend/) and the test runners load exactly this file.
 *
 * Infrastructure is chosen from the environment:
 *   REDIS_URL unset -> in-memory event bus, in-memory workflow engine, PostgreSQL locking, no caching provider
 *   REDIS_URL set   -> Redis event bus, Redis workflow engine, Redis locking, Redis caching (shareable by
 *                      several server and worker instances, see MEDUSA_WORKER_MODE)
 */
loadEnv(process.env.NODE_ENV || "development", path.join(__dirname, "backend"))

const REDIS_URL = process.env.REDIS_URL
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`
const STOREFRONT_URL = process.env.STOREFRONT_URL || "http://localhost:8000"
const ADMIN_URL = `${BACKEND_URL},http://localhost:5173,http://localhost:9000`

/**
 * The git-ignored data folder at the repository root (embedded database, logs, uploads, secrets).
 * The root scripts pass it as DHARAVI_DATA_DIR; otherwise it is found by walking up from this file,
 * which a production build copies into backend/.medusa/server.
 */
function dataDir(): string {
  if (process.env.DHARAVI_DATA_DIR) return process.env.DHARAVI_DATA_DIR
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).name === "made-in-dharavi")
        return path.join(dir, ".data")
    } catch {
      // not the repository root: keep walking up
    }
    if (path.dirname(dir) === dir) return path.join(process.cwd(), ".data")
  }
}
const DATA_DIR = dataDir()

if (process.env.NODE_ENV === "production" && (!process.env.JWT_SECRET || !process.env.COOKIE_SECRET)) {
  throw new Error("JWT_SECRET and COOKIE_SECRET must be set in production")
}

/**
 * Outside production, the token and cookie secrets are random ones made on the first start and
 * kept in the data folder (mode 0600), never a value anyone can read in the repository.
 */
function localSecrets(): { jwt: string; cookie: string } {
  const file = path.join(DATA_DIR, "secrets.json")
  try {
    const kept = JSON.parse(fs.readFileSync(file, "utf8"))
    if (
      typeof kept.jwt === "string" &&
      kept.jwt.length >= 32 &&
      typeof kept.cookie === "string" &&
      kept.cookie.length >= 32
    )
      return kept
  } catch {
    // first start (or a damaged file): make new ones
  }
  const made = { jwt: randomBytes(32).toString("hex"), cookie: randomBytes(32).toString("hex") }
  fs.mkdirSync(DATA_DIR, { recursive: true })
  try {
    // "wx": when two processes start at once, the first file written wins and both read it.
    fs.writeFileSync(file, JSON.stringify(made), { mode: 0o600, flag: "wx" })
  } catch {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  }
  return made
}
const secrets = process.env.JWT_SECRET && process.env.COOKIE_SECRET ? null : localSecrets()
if (process.env.NODE_ENV === "production" && process.env.DHARAVI_TEST_GATEWAY === "true") {
  throw new Error("DHARAVI_TEST_GATEWAY is for tests only: it registers a fake card gateway")
}

/** The Redis-backed infrastructure modules, used only when REDIS_URL is set. */
function redisModules(redisUrl: string) {
  return [
    { key: "event_bus", resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { key: "workflows", resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      key: "locking",
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    {
      key: "caching",
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          { resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    redisUrl: REDIS_URL,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || STOREFRONT_URL,
      adminCors: process.env.ADMIN_CORS || ADMIN_URL,
      authCors: process.env.AUTH_CORS || `${STOREFRONT_URL},${ADMIN_URL}`,
      jwtSecret: process.env.JWT_SECRET || secrets!.jwt,
      cookieSecret: process.env.COOKIE_SECRET || secrets!.cookie,
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: BACKEND_URL,
  },
  featureFlags: REDIS_URL ? { caching: true } : {},
  modules: [
    // Uploads. Local (default): public files in UPLOAD_DIR, served at /static by backend/src/api/uploads.ts
    // with no-script headers, private ones (lesson files) in PRIVATE_UPLOAD_DIR, reached only through
    // their plugin's authorised route. Both default to the git-ignored data folder at the repository
    // root: outside backend/static (Medusa's own express.static would serve it without those headers)
    // and outside backend/ (`medusa develop` restarts on every file written there). UPLOADS_URL puts
    // the public URLs on another origin (a CDN or a cookie-less host in front of /static).
    // FILE_PROVIDER=s3: Medusa's S3 provider; S3_FILE_URL is the bucket's (or its CDN's) own origin.
    {
      key: "file",
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          process.env.FILE_PROVIDER === "s3"
            ? {
                resolve: "@medusajs/medusa/file-s3",
                id: "s3",
                options: {
                  file_url: process.env.S3_FILE_URL,
                  bucket: process.env.S3_BUCKET,
                  region: process.env.S3_REGION,
                  endpoint: process.env.S3_ENDPOINT || undefined,
                  prefix: process.env.S3_PREFIX || undefined,
                  access_key_id: process.env.S3_ACCESS_KEY_ID,
                  secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
                  authentication_method: process.env.S3_ACCESS_KEY_ID ? "access-key" : "s3-iam-role",
                  additional_client_config:
                    process.env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : undefined,
                },
              }
            : {
                resolve: "@medusajs/medusa/file-local",
                id: "local",
                options: {
                  backend_url: process.env.UPLOADS_URL || `${BACKEND_URL}/static`,
                  // Test runs keep their uploads apart from the development ones.
                  upload_dir:
                    process.env.UPLOAD_DIR ||
                    path.join(DATA_DIR, process.env.NODE_ENV === "test" ? "test-uploads" : "uploads"),
                  private_upload_dir:
                    process.env.PRIVATE_UPLOAD_DIR ||
                    path.join(DATA_DIR, process.env.NODE_ENV === "test" ? "test-private-files" : "private-files"),
                },
              },
        ],
      },
    },
    ...(REDIS_URL ? redisModules(REDIS_URL) : []),
    // Tests only: a card-gateway double (declines, failed captures) beside Medusa's system provider,
    // so failed-payment paths run through the real payment module. Never set in production.
    ...(process.env.DHARAVI_TEST_GATEWAY === "true"
      ? [
          {
            key: "payment",
            resolve: "@medusajs/medusa/payment",
            options: {
              providers: [{ resolve: path.join(__dirname, "backend/integration-tests/test-gateway"), id: "test-card" }],
            },
          },
        ]
      : []),
  ],
  // Our capabilities, one Medusa plugin each (plugins/<name>); Medusa loads their built .medusa/server.
  plugins: [
    { resolve: "@dharavi/marketplace", options: {} },
    { resolve: "@dharavi/wholesale", options: { customer_group_name: "Wholesale buyers", quote_valid_days: 14 } },
    { resolve: "@dharavi/commons", options: {} },
    {
      resolve: "@dharavi/makerspace",
      options: {
        hold_minutes: 15,
        free_cancellation_hours: 24,
        late_cancellation_fee_percent: 50,
        no_show_grace_minutes: 30,
      },
    },
    { resolve: "@dharavi/jobs", options: { reveal_limit_per_day: 50, default_post_days: 30, reports_to_suspend: 3 } },
    { resolve: "@dharavi/skill-school", options: { seat_hold_minutes: 15 } },
    // PostgreSQL full-text search by default; MEILISEARCH_HOST adds Meilisearch in front of it.
    {
      resolve: "@dharavi/search",
      options: process.env.MEILISEARCH_HOST
        ? {
            meilisearch: {
              host: process.env.MEILISEARCH_HOST,
              api_key: process.env.MEILISEARCH_API_KEY,
              index: process.env.MEILISEARCH_INDEX,
            },
            meilisearch_retry_ms: Number(process.env.MEILISEARCH_RETRY_MS) || undefined,
          }
        : {},
    },
  ],
})
