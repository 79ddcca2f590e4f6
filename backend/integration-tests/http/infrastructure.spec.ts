import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"

// The default configuration: no REDIS_URL means in-process event bus, workflow engine and
// locking, and no caching provider.
delete process.env.REDIS_URL

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    describe("default infrastructure (no REDIS_URL)", () => {
      it("answers /health", async () => {
        const res = await api.get("/health")
        expect(res.status).toBe(200)
      })

      it("uses the in-process event bus and workflow engine", () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe("LocalEventBusService")
        const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
        expect(config.projectConfig.redisUrl).toBeUndefined()
        expect(JSON.stringify(config.modules)).not.toContain("redis")
      })

      it("runs a core workflow and serialises work through the locking module", async () => {
        const container = getContainer()
        const { result } = await createSalesChannelsWorkflow(container).run({
          input: { salesChannelsData: [{ name: "Infra check" }] },
        })
        expect(result[0].name).toBe("Infra check")

        const locking = container.resolve(Modules.LOCKING)
        const order: string[] = []
        await Promise.all(
          ["a", "b"].map((name) =>
            locking.execute("dharavi-infra-test", async () => {
              order.push(`${name}:start`)
              await new Promise((r) => setTimeout(r, 50))
              order.push(`${name}:end`)
            })
          )
        )
        // With a working lock the two critical sections never interleave.
        expect(order[0].split(":")[0]).toBe(order[1].split(":")[0])
        expect(order[2].split(":")[0]).toBe(order[3].split(":")[0])
      })
    })
  },
})
