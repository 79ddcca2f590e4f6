import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { settlePoolWorkflow } from "@dharavi/commons/workflows"
import { CommonsErrors } from "@dharavi/commons/contract"
import { COMMONS_MODULE } from "../../src/modules/commons"
import {
  APP_DIR,
  CARD,
  DECLINED,
  FAILS_ONCE,
  closePool,
  commonsFixture,
  customerToken,
  failure,
  hour,
  paymentOf,
  platformMaterial,
  poolBody as terms,
  type Material,
} from "../helpers"

jest.setTimeout(300_000)
// The card-gateway double (declines, failed captures) beside the system provider.
process.env.DHARAVI_TEST_GATEWAY = "true"

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("group-buy pools", () => {
      let store: { headers: Record<string, string> }
      let admin: { headers: Record<string, string> }
      let as: (token: string) => { headers: Record<string, string> }
      let hide: Material

      const poolBody = (over: Record<string, unknown> = {}) => terms(hide, over)
      const openPool = async (over: Record<string, unknown> = {}) => {
        const { data } = await api.post("/admin/pools", poolBody(over), admin)
        await api.post(`/admin/pools/${data.pool.id}/open`, {}, admin)
        return data.pool
      }
      const close = (poolId: string) => closePool(getContainer(), poolId)
      const payment = (id: string) => paymentOf(getContainer(), id)

      beforeEach(async () => {
        ;({ store, admin, as } = await commonsFixture(api, getContainer()))
        hide = await platformMaterial(api, admin)
      })

      it("refuses inconsistent pools with a clear 400 and shows an open pool's progress", async () => {
        const container = getContainer()
        const dearer = await failure(
          api.post(
            "/admin/pools",
            poolBody({
              tiers: [
                { min_quantity: 0, unit_price: 300 },
                { min_quantity: 100, unit_price: 350 },
              ],
            }),
            admin
          )
        )
        expect(dearer.status).toBe(400)
        expect(dearer.data.message).toMatch(/larger tier cannot cost more/)
        expect((await failure(api.post("/admin/pools", poolBody({ min_quantity: 300 }), admin))).data.message).toMatch(
          /min_quantity cannot exceed max_quantity/
        )
        expect(
          (
            await failure(
              api.post("/admin/pools", poolBody({ closes_at: new Date(Date.now() - 2 * hour).toISOString() }), admin)
            )
          ).status
        ).toBe(400)
        const { data: stocked } = await api.post(
          "/admin/products",
          {
            title: "Stocked hide",
            options: [{ title: "Grade", values: ["B"] }],
            variants: [
              {
                title: "B",
                options: { Grade: "B" },
                prices: [{ currency_code: "inr", amount: 300 }],
                manage_inventory: true,
              },
            ],
          },
          admin
        )
        const tracked = await failure(
          api.post(
            "/admin/pools",
            poolBody({ product_id: stocked.product.id, variant_id: stocked.product.variants[0].id }),
            admin
          )
        )
        expect(tracked.data.message).toMatch(/does not track stock/)
        expect(tracked.data).toMatchObject({
          code: CommonsErrors.POOL_MATERIAL_TRACKS_STOCK,
          details: { variant_id: stocked.product.variants[0].id },
        })
        expect(
          (await failure(api.post("/admin/pools", poolBody({ product_id: stocked.product.id }), admin))).data.message
        ).toMatch(/is not a variant of product/)
        expect(await container.resolve(COMMONS_MODULE).listGroupBuyPools({})).toEqual([])
        const buyer = await customerToken(api, store, "Rafiq Bags")
        expect((await failure(api.post("/admin/pools", poolBody(), as(buyer.token)))).status).toBe(401)

        const { data: draft } = await api.post("/admin/pools", poolBody(), admin)
        // A draft is not public, and takes no pledges.
        expect((await failure(api.get(`/store/pools/${draft.pool.handle}`, store))).status).toBe(404)
        expect((await api.get("/store/pools?status=draft", store)).data.pools).toEqual([])
        // A change is judged with the terms it leaves unchanged.
        expect(
          (await failure(api.post(`/admin/pools/${draft.pool.id}`, { min_quantity: 300 }, admin))).data.message
        ).toMatch(/min_quantity cannot exceed max_quantity/)
        await api.post(`/admin/pools/${draft.pool.id}/open`, {}, admin)
        await api.post(`/store/pools/${draft.pool.id}/pledges`, { quantity: 96, payment: CARD }, as(buyer.token))
        const { data } = await api.get(`/store/pools/${draft.pool.handle}`, store)
        expect(data.pool.progress).toEqual({
          pledged: 96,
          remaining: 154,
          reached_minimum: true,
          current_unit_price: 400,
          next_tier: { min_quantity: 100, unit_price: 350, missing: 4 },
          units_to_next_case: 4,
        })
        // Open pools' terms are what pledgers agreed to.
        expect((await failure(api.post(`/admin/pools/${draft.pool.id}`, { max_quantity: 500 }, admin))).status).toBe(
          400
        )
        const { data: renamed } = await api.post(
          `/admin/pools/${draft.pool.id}`,
          { title: "Goat hides (tanned, grade A)" },
          admin
        )
        expect(renamed.pool).toMatchObject({ title: "Goat hides (tanned, grade A)", max_quantity: 250, case_size: 10 })
      })

      it("never lets 50 parallel pledges pass the pool's maximum, and loses none", async () => {
        const container = getContainer()
        const pool = await openPool({ max_quantity: 100, min_quantity: 10 })
        const buyers = await Promise.all(Array.from({ length: 50 }, (_, i) => customerToken(api, store, `Buyer ${i}`)))
        const results = await Promise.all(
          buyers.map((b) =>
            api.post(`/store/pools/${pool.id}/pledges`, { quantity: 3, payment: CARD }, as(b.token)).then(
              (r) => r,
              (e) => e.response
            )
          )
        )
        const won = results.filter((r) => r.status === 201)
        const full = results.filter((r) => r.status === 409)
        expect(won).toHaveLength(33)
        expect(full).toHaveLength(17)
        // 99 pledged: each loser is told the room left (1, or 0 once the last hide is taken) and what it asked for.
        for (const r of full) {
          expect(r.data).toMatchObject({ type: "conflict", code: CommonsErrors.POOL_FULL, details: { wanted: 3 } })
          expect([0, 1]).toContain(r.data.details.room)
        }
        const commons = container.resolve(COMMONS_MODULE)
        const live = await commons.listPledges({ pool_id: pool.id, status: "active" })
        expect(live).toHaveLength(33)
        expect((await commons.retrieveGroupBuyPool(pool.id)).pledged_quantity).toBe(99)
        // Every winner's payment is authorised (3 hides at the top price + their largest share of freight).
        for (const p of live)
          expect(p).toMatchObject({ payment_id: expect.any(String), authorized_amount: 3 * 400 + 1000 * (3 / 10) })
        // The last hide still fits; a second pledge by the same business does not.
        const last = await customerToken(api, store, "Last One")
        expect(
          (await api.post(`/store/pools/${pool.id}/pledges`, { quantity: 1, payment: CARD }, as(last.token))).status
        ).toBe(201)
        const twice = await failure(
          api.post(`/store/pools/${pool.id}/pledges`, { quantity: 1, payment: CARD }, as(buyers[0].token))
        )
        expect(twice.status).toBe(422)
        expect(twice.data).toMatchObject({ code: CommonsErrors.PLEDGE_EXISTS, details: { pool_id: pool.id } })
      })

      it("settles a successful pool: captures at the best tier reached, fills the last case with flex, one order each, retries a failed capture without capturing twice", async () => {
        const container = getContainer()
        const commons = container.resolve(COMMONS_MODULE)
        const pool = await openPool()
        const a = await customerToken(api, store, "Asif Bags")
        const b = await customerToken(api, store, "Bano Footwear")
        const c = await customerToken(api, store, "Chetan Belts")
        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 60, payment: CARD },
          as(a.token)
        )
        const { data: pb } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 30, flex_quantity: 10, payment: FAILS_ONCE },
          as(b.token)
        )
        const { data: pc } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 6, payment: CARD },
          as(c.token)
        )
        // Someone else's pledge is not yours to see or change.
        expect((await failure(api.get(`/store/pledges/${pa.pledge.id}`, as(b.token)))).status).toBe(404)
        expect((await failure(api.post(`/store/pledges/${pa.pledge.id}/withdraw`, {}, as(b.token)))).status).toBe(404)
        expect((await failure(api.post(`/admin/pools/${pool.id}/settle`, {}, admin))).data.message).toMatch(
          /still open/
        )

        await close(pool.id)
        const { data: first } = await api.post(`/admin/pools/${pool.id}/settle`, {}, admin)
        // 96 firm + 4 of Bano's flex = 100: the ₹350 tier for everyone.
        expect(first.settlement).toMatchObject({ status: "succeeded", decided_now: true })
        expect(first.settlement.captures.failed).toEqual([pb.pledge.id])
        const { data: mine } = await api.get(`/store/pledges/${pa.pledge.id}`, as(a.token))
        expect(mine.pledge).toMatchObject({ status: "captured", allocated_quantity: 60, unit_price: 350 })
        expect(mine.pledge.breakdown).toEqual({
          units: 60,
          flex_used: 0,
          unit_price: 350,
          goods: 21000,
          freight_and_handling: 600,
          total: 21600,
        })
        expect(mine.pledge.order).toMatchObject({ total: 21600 })
        expect(
          (
            await payment(pa.pledge.payment_id ?? (await commons.retrievePledge(pa.pledge.id)).payment_id!)
          ).captures!.map((x: any) => Number(x.amount))
        ).toEqual([21600])
        const bano = await commons.retrievePledge(pb.pledge.id)
        expect(bano).toMatchObject({
          status: "capture_failed",
          allocated_quantity: 34,
          capture_attempts: 1,
          last_error: expect.stringMatching(/timed out/),
        })
        expect((await commons.retrieveGroupBuyPool(pool.id)).status).toBe("succeeded")

        // Two retries at once (the job's tick and an admin): Bano is captured and ordered exactly once,
        // and the pool is settled; a third run changes nothing.
        const retries = await Promise.all(
          [0, 1].map(() =>
            settlePoolWorkflow(container)
              .run({ input: { pool_id: pool.id } })
              .then((r) => r.result)
          )
        )
        expect(retries.flatMap((r) => r.captures.captured)).toEqual([pb.pledge.id])
        expect(retries.flatMap((r) => r.captures.failed)).toEqual([])
        expect(retries.map((r) => r.status)).toContain("settled")
        const { result: third } = await settlePoolWorkflow(container).run({ input: { pool_id: pool.id } })
        expect(third).toMatchObject({ status: "settled", captures: { captured: [], failed: [] } })
        for (const p of [pa, pb, pc]) {
          const pledge = await commons.retrievePledge(p.pledge.id)
          expect(pledge.status).toBe("captured")
          expect((await payment(pledge.payment_id!)).captures).toHaveLength(1)
        }
        expect((await commons.retrievePledge(pb.pledge.id)).amount_due).toBe(34 * 350 + 1000 * (34 / 100))
        const orders = await container
          .resolve(Modules.ORDER)
          .listOrders({ customer_id: [a.customer_id, b.customer_id, c.customer_id] })
        expect(orders).toHaveLength(3)
        const { data: report } = await api.get(`/admin/pools/${pool.id}`, admin)
        expect(report.report).toMatchObject({
          captured: 3,
          capture_failed: 0,
          amount_due: 36000,
          amount_captured: 36000,
        })
        expect((await failure(api.post(`/store/pledges/${pa.pledge.id}/withdraw`, {}, as(a.token)))).status).toBe(409) // pledge_not_live
      })

      it("fails a pool below its minimum and lets every authorisation go; settling again changes nothing", async () => {
        const container = getContainer()
        const commons = container.resolve(COMMONS_MODULE)
        const pool = await openPool()
        const a = await customerToken(api, store, "Asif Bags")
        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 20, payment: CARD },
          as(a.token)
        )
        await close(pool.id)
        const { result } = await settlePoolWorkflow(container).run({ input: { pool_id: pool.id } })
        expect(result).toMatchObject({ status: "failed", decided_now: true })
        const pledge = await commons.retrievePledge(pa.pledge.id)
        expect(pledge.status).toBe("released")
        const paid = await payment(pledge.payment_id!)
        expect(paid.canceled_at).toBeTruthy()
        expect(paid.captures).toEqual([])
        const { result: again } = await settlePoolWorkflow(container).run({ input: { pool_id: pool.id } })
        expect(again).toMatchObject({ status: "failed", decided_now: false })
        expect(await container.resolve(Modules.ORDER).listOrders({ customer_id: a.customer_id })).toEqual([])
      })

      it("changes and withdraws pledges while open; a declined card reserves nothing; bad input changes nothing", async () => {
        const container = getContainer()
        const commons = container.resolve(COMMONS_MODULE)
        const pool = await openPool({ max_quantity: 100 })
        const a = await customerToken(api, store, "Asif Bags")
        const declined = await failure(
          api.post(`/store/pools/${pool.id}/pledges`, { quantity: 10, payment: DECLINED }, as(a.token))
        )
        expect(declined.status).toBe(400)
        expect(declined.data.message).toMatch(/not authorised/)
        expect(declined.data.code).toBe(CommonsErrors.PLEDGE_PAYMENT_DECLINED)
        expect((await commons.retrieveGroupBuyPool(pool.id)).pledged_quantity).toBe(0)
        for (const bad of [
          { quantity: 0, payment: CARD },
          { quantity: 2.5, payment: CARD },
          { quantity: 5 },
          { quantity: 5, payment: CARD, extra: 1 },
        ]) {
          expect((await failure(api.post(`/store/pools/${pool.id}/pledges`, bad, as(a.token)))).status).toBe(400)
        }
        expect(
          (await failure(api.post(`/store/pools/${pool.id}/pledges`, { quantity: 5, payment: CARD }, store))).status
        ).toBe(401)

        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(a.token)
        )
        const firstPayment = (await commons.retrievePledge(pa.pledge.id)).payment_id!
        const tooMany = await failure(
          api.post(`/store/pledges/${pa.pledge.id}`, { quantity: 101, payment: CARD }, as(a.token))
        )
        expect(tooMany.status).toBe(409)
        expect(tooMany.data).toMatchObject({ code: CommonsErrors.POOL_FULL, details: { wanted: 101 } })
        const { data: changed } = await api.post(
          `/store/pledges/${pa.pledge.id}`,
          { quantity: 40, flex_quantity: 5, payment: CARD },
          as(a.token)
        )
        expect(changed.pledge).toMatchObject({
          quantity: 40,
          flex_quantity: 5,
          authorized_amount: 45 * 400 + 1000 * (45 / 50),
        })
        expect((await payment(firstPayment)).canceled_at).toBeTruthy()
        expect((await commons.retrieveGroupBuyPool(pool.id)).pledged_quantity).toBe(40)
        const { data: withdrawn } = await api.post(`/store/pledges/${pa.pledge.id}/withdraw`, {}, as(a.token))
        expect(withdrawn.pledge.status).toBe("withdrawn")
        expect((await commons.retrieveGroupBuyPool(pool.id)).pledged_quantity).toBe(0)
        expect((await payment((await commons.retrievePledge(pa.pledge.id)).payment_id!)).canceled_at).toBeTruthy()
        // After withdrawing, the business may pledge again.
        expect(
          (await api.post(`/store/pools/${pool.id}/pledges`, { quantity: 5, payment: CARD }, as(a.token))).status
        ).toBe(201)
      })
    })
  },
})
