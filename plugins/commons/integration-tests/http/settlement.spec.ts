import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { settlePoolWorkflow } from "@dharavi/commons/workflows"
import { COMMONS_MODULE } from "../../src/modules/commons"
import {
  APP_DIR,
  CARD,
  clearOfTheJobsTick,
  closePool,
  commonsFixture,
  customerToken,
  paymentOf,
  platformMaterial,
  poolBody,
  waitFor,
} from "../helpers"

jest.setTimeout(300_000)
process.env.DHARAVI_TEST_GATEWAY = "true"

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("settlement compensation", () => {
      let store: { headers: Record<string, string> }
      let admin: { headers: Record<string, string> }
      let as: (token: string) => { headers: Record<string, string> }
      const commons = () => getContainer().resolve(COMMONS_MODULE)

      beforeEach(async () => {
        ;({ store, admin, as } = await commonsFixture(api, getContainer()))
      })
      afterEach(() => jest.restoreAllMocks())

      /** An open pool with two pledges (60 and 30 hides: ₹400 a hide, every cost shared), closed. */
      const closedPool = async () => {
        const { data } = await api.post("/admin/pools", poolBody(await platformMaterial(api, admin)), admin)
        await api.post(`/admin/pools/${data.pool.id}/open`, {}, admin)
        const pledgers = []
        for (const [name, quantity] of [
          ["Asif Bags", 60],
          ["Bano Footwear", 30],
        ] as const) {
          const buyer = await customerToken(api, store, name)
          const { data: made } = await api.post(
            `/store/pools/${data.pool.id}/pledges`,
            { quantity, payment: CARD },
            as(buyer.token)
          )
          pledgers.push({ ...buyer, pledge_id: made.pledge.id as string })
        }
        await clearOfTheJobsTick()
        await closePool(getContainer(), data.pool.id)
        return { pool_id: data.pool.id as string, pledgers }
      }
      const ordersOf = (customerId: string) =>
        getContainer().resolve(Modules.ORDER).listOrders({ customer_id: customerId })
      const orderOfCollection = async (collectionId: string) => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "payment_collection", fields: ["id", "order.id"], filters: { id: collectionId } })
        return (data[0] as any)?.order?.id ?? null
      }

      it("undoes a pledge's order, link and transactions when a later step fails, keeps its one capture, and the retry orders it once", async () => {
        const container = getContainer()
        const { pool_id, pledgers } = await closedPool()
        const [asif, bano] = pledgers
        // Recording Asif's capture on his new order fails (the first pledge settled): his order is made
        // and linked to his payment by then.
        const orderModule = container.resolve(Modules.ORDER)
        jest.spyOn(orderModule, "addOrderTransactions").mockRejectedValueOnce(new Error("order ledger unavailable"))

        const { result: first } = await settlePoolWorkflow(container).run({ input: { pool_id } })
        expect(first).toMatchObject({
          status: "succeeded",
          captures: { captured: [bano.pledge_id], failed: [asif.pledge_id] },
        })
        const failed = await commons().retrievePledge(asif.pledge_id)
        expect(failed).toMatchObject({
          status: "capture_failed",
          order_id: null,
          capture_attempts: 1,
          last_error: expect.stringMatching(/order ledger unavailable/),
        })
        // Compensation left no order, no link and no transaction behind; the money taken stays taken, once.
        expect(await ordersOf(asif.customer_id)).toEqual([])
        expect(await orderOfCollection(failed.payment_collection_id!)).toBeNull()
        const captures = (await paymentOf(container, failed.payment_id!)).captures!
        expect(captures.map((c: any) => Number(c.amount))).toEqual(
          [60 * 400 + 1000 * (60 / 90)].map((n) => Math.round(n * 100) / 100)
        )
        expect(await orderModule.listOrderTransactions({ reference_id: captures.map((c: any) => c.id) })).toEqual([])
        // Bano, settled in the same run, is untouched by Asif's failure.
        expect(await ordersOf(bano.customer_id)).toHaveLength(1)
        expect((await commons().retrieveGroupBuyPool(pool_id)).status).toBe("succeeded")

        // The retry orders Asif once, with his one capture recorded, and settles the pool.
        const { result: retry } = await settlePoolWorkflow(container).run({ input: { pool_id } })
        expect(retry).toMatchObject({ status: "settled", captures: { captured: [asif.pledge_id], failed: [] } })
        const done = await commons().retrievePledge(asif.pledge_id)
        expect(done).toMatchObject({ status: "captured", capture_attempts: 2, last_error: null })
        const [order] = await ordersOf(asif.customer_id)
        expect(done.order_id).toBe(order.id)
        expect(await ordersOf(asif.customer_id)).toHaveLength(1)
        expect(await orderOfCollection(done.payment_collection_id!)).toBe(order.id)
        expect((await paymentOf(container, done.payment_id!)).captures).toHaveLength(1)
        expect(await orderModule.listOrderTransactions({ order_id: order.id })).toEqual([
          expect.objectContaining({ reference: "capture", reference_id: captures[0].id }),
        ])
      })

      it("puts a pool marked settled back to succeeded when the run fails after it; each event still goes out exactly once", async () => {
        const container = getContainer()
        const { pool_id, pledgers } = await closedPool()
        const heard: string[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        for (const name of ["pool.succeeded", "pool.settled"]) {
          eventBus.subscribe(name, async ({ data }: any) => void (data?.id === pool_id && heard.push(name)), {
            subscriberId: `settlement-spec-${name}-${pool_id}`,
          })
        }
        // Announcing `pool.settled` fails once, after every pledge is paid and the pool is marked settled.
        const emit = eventBus.emit.bind(eventBus)
        let refuse = true
        jest.spyOn(eventBus, "emit").mockImplementation(async (messages: any, options?: any) => {
          if (refuse && [messages].flat().some((m: any) => m?.name === "pool.settled")) {
            refuse = false
            throw new Error("event bus unavailable")
          }
          return emit(messages, options)
        })

        const { errors } = await settlePoolWorkflow(container).run({ input: { pool_id }, throwOnError: false })
        expect(errors.map((e: any) => e.error?.message)).toEqual([expect.stringMatching(/event bus unavailable/)])
        // Back to succeeded, so the retry settles it again; the paid pledges and their orders stay.
        expect(await commons().retrieveGroupBuyPool(pool_id)).toMatchObject({ status: "succeeded", settled_at: null })
        for (const p of pledgers) {
          expect((await commons().retrievePledge(p.pledge_id)).status).toBe("captured")
          expect(await ordersOf(p.customer_id)).toHaveLength(1)
        }
        // The decision made by the failed run is still announced, by its compensation.
        await waitFor(async () => (heard.includes("pool.succeeded") ? true : undefined), "pool.succeeded")
        expect(heard).toEqual(["pool.succeeded"])

        const { result } = await settlePoolWorkflow(container).run({ input: { pool_id } })
        expect(result).toMatchObject({ status: "settled", decided_now: false, captures: { captured: [], failed: [] } })
        await waitFor(async () => (heard.includes("pool.settled") ? true : undefined), "pool.settled")
        await new Promise((r) => setTimeout(r, 500))
        expect(heard).toEqual(["pool.succeeded", "pool.settled"])
        for (const p of pledgers) {
          const pledge = await commons().retrievePledge(p.pledge_id)
          expect((await paymentOf(container, pledge.payment_id!)).captures).toHaveLength(1)
          expect(await ordersOf(p.customer_id)).toHaveLength(1)
        }
      })
    })
  },
})
