import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"

// The Redis configuration: REDIS_URL switches the event bus, workflow engine, locking and caching
// to Redis. `npm test` sets DHARAVI_TEST_REDIS_URL only when a Redis server answered its PING.
const redisUrl = process.env.DHARAVI_TEST_REDIS_URL

jest.setTimeout(120_000)

if (!redisUrl) {
  describe("Redis infrastructure", () => {
    it.skip("skipped: no Redis server answered (set REDIS_URL or run one on 127.0.0.1:6379)", () => {})
  })
} else {
  process.env.REDIS_URL = redisUrl

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      describe("Redis infrastructure (REDIS_URL set)", () => {
        let redis: Redis

        beforeAll(() => {
          redis = new Redis(redisUrl)
        })
        afterAll(async () => {
          await redis.quit()
        })

        it("boots and answers /health", async () => {
          expect((await api.get("/health")).status).toBe(200)
        })

        it("configures every Redis module", () => {
          const config = getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE)
          expect(config.projectConfig.redisUrl).toBe(redisUrl)
          // A module is configured as `true`/`false` or as a declaration; the declarations name what they resolve.
          const resolved = Object.values(config.modules ?? {}).map((m) =>
            typeof m === "object" && m && "resolve" in m ? m.resolve : undefined
          )
          expect(resolved).toEqual(
            expect.arrayContaining([
              "@medusajs/medusa/event-bus-redis",
              "@medusajs/medusa/workflow-engine-redis",
              "@medusajs/medusa/locking",
              "@medusajs/medusa/caching",
            ])
          )
        })

        it("uses the Redis event bus, whose queue lives in Redis", async () => {
          const eventBus = getContainer().resolve(Modules.EVENT_BUS)
          expect(eventBus.constructor.name).toBe("RedisEventBusService")
          await eventBus.emit({ name: "dharavi.infra_check", data: { at: Date.now() } })
          const keys = await redis.keys("*events-queue:*")
          expect(keys.length).toBeGreaterThan(0)
        })

        it("holds locks in Redis", async () => {
          const locking = getContainer().resolve(Modules.LOCKING)
          await locking.acquire("dharavi-redis-lock-check", { ownerId: "test", expire: 10 })
          try {
            expect(await redis.keys("*dharavi-redis-lock-check*")).toHaveLength(1)
          } finally {
            await locking.release("dharavi-redis-lock-check", { ownerId: "test" })
          }
          expect(await redis.keys("*dharavi-redis-lock-check*")).toHaveLength(0)
        })

        it("caches through the Redis caching provider", async () => {
          const caching = getContainer().resolve(Modules.CACHING)
          const key = `dharavi-cache-check-${Date.now()}`
          await caching.set({ key, data: { craft: "zari" } })
          expect(await caching.get({ key })).toEqual({ craft: "zari" })
          expect((await redis.keys(`*${key}*`)).length).toBeGreaterThan(0)
          await caching.clear({ key })
        })

        it("runs a core workflow on the Redis workflow engine", async () => {
          const { result } = await createSalesChannelsWorkflow(getContainer()).run({
            input: { salesChannelsData: [{ name: "Redis check" }] },
          })
          expect(result[0].name).toBe("Redis check")
        })
      })
    },
  })
}
