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
const DEV_SECRET = "dharavi-dev-only-secret"

if (process.env.NODE_ENV === "production" && (!process.env.JWT_SECRET || !process.env.COOKIE_SECRET)) {
  throw new Error("JWT_SECRET and COOKIE_SECRET must be set in production")
}
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
        providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
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
      jwtSecret: process.env.JWT_SECRET || DEV_SECRET,
      cookieSecret: process.env.COOKIE_SECRET || DEV_SECRET,
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    backendUrl: BACKEND_URL,
  },
  featureFlags: REDIS_URL ? { caching: true } : {},
  modules: [
    {
      key: "file",
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            // Private files (Skill School lesson files) go outside `static`, which is served to anyone;
            // they reach learners only through the plugin's authorised download route.
            options: { backend_url: `${BACKEND_URL}/static`, private_upload_dir: path.join(process.cwd(), "private-files") },
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
            options: { providers: [{ resolve: path.join(__dirname, "backend/integration-tests/test-gateway"), id: "test-card" }] },
          },
        ]
      : []),
  ],
  // Our capabilities, one Medusa plugin each (plugins/<name>); Medusa loads their built .medusa/server.
  plugins: [
    { resolve: "@dharavi/marketplace", options: {} },
    { resolve: "@dharavi/wholesale", options: { customer_group_name: "Wholesale buyers", quote_valid_days: 14 } },
    { resolve: "@dharavi/commons", options: {} },
    { resolve: "@dharavi/makerspace", options: { hold_minutes: 15, free_cancellation_hours: 24, late_cancellation_fee_percent: 50, no_show_grace_minutes: 30 } },
    { resolve: "@dharavi/jobs", options: { reveal_limit_per_day: 50, default_post_days: 30, reports_to_suspend: 3 } },
    { resolve: "@dharavi/skill-school", options: { seat_hold_minutes: 15 } },
    // PostgreSQL full-text search by default; MEILISEARCH_HOST adds Meilisearch in front of it.
    {
      resolve: "@dharavi/search",
      options: process.env.MEILISEARCH_HOST
        ? {
            meilisearch: { host: process.env.MEILISEARCH_HOST, api_key: process.env.MEILISEARCH_API_KEY, index: process.env.MEILISEARCH_INDEX },
            meilisearch_retry_ms: Number(process.env.MEILISEARCH_RETRY_MS) || undefined,
          }
        : {},
    },
  ],
})
