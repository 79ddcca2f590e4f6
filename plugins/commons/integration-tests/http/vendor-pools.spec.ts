import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CommonsErrors } from "@dharavi/commons/contract"
import { COMMONS_MODULE } from "../../src/modules/commons"
import {
  APP_DIR,
  CARD,
  bearer,
  closePool,
  commonsFixture,
  customerToken,
  failure,
  paymentOf,
  platformMaterial,
  poolBody,
  sellerUser,
  sellerWithMaterial,
} from "../helpers"

jest.setTimeout(300_000)
process.env.DHARAVI_TEST_GATEWAY = "true"

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("pools managed by a seller", () => {
      let store: { headers: Record<string, string> }
      let admin: { headers: Record<string, string> }
      let as: (token: string) => { headers: Record<string, string> }
      let a: Awaited<ReturnType<typeof sellerWithMaterial>>
      let b: Awaited<ReturnType<typeof sellerWithMaterial>>
      const pools = (seller: { seller_id: string }, rest = "") => `/vendors/sellers/${seller.seller_id}/pools${rest}`
      const commons = () => getContainer().resolve(COMMONS_MODULE)

      beforeEach(async () => {
        ;({ store, admin, as } = await commonsFixture(api, getContainer()))
        a = await sellerWithMaterial(api, `coop-a-${Date.now()}`)
        b = await sellerWithMaterial(api, `coop-b-${Date.now()}`)
      })

      it("lets a seller member create, edit and open a pool for its own material; pledges work on it; it settles it and reads the report", async () => {
        const { data: created } = await api.post(pools(a), poolBody(a.material, { max_quantity: 200 }), a.auth)
        expect(created.pool).toMatchObject({ status: "draft", max_quantity: 200, variant_id: a.material.variant_id })
        expect(await commons().retrieveGroupBuyPool(created.pool.id)).toMatchObject({
          manager_type: "seller",
          manager_id: a.seller_id,
        })
        const id = created.pool.id

        // Terms change freely in draft; once open, only the title, description and pickup point.
        const { data: edited } = await api.post(
          pools(a, `/${id}`),
          { max_quantity: 250, title: "Goat hides for the co-op" },
          a.auth
        )
        expect(edited.pool).toMatchObject({ max_quantity: 250, title: "Goat hides for the co-op", status: "draft" })
        expect((await failure(api.get(`/store/pools/${id}`, store))).status).toBe(404)
        const { data: opened } = await api.post(pools(a, `/${id}/open`), {}, a.auth)
        expect(opened.pool.status).toBe("open")
        const frozen = await failure(api.post(pools(a, `/${id}`), { max_quantity: 400 }, a.auth))
        expect(frozen.status).toBe(400)
        expect(frozen.data.message).toMatch(/terms cannot change/)
        expect(frozen.data).toMatchObject({
          code: CommonsErrors.POOL_TERMS_FROZEN,
          details: { status: "open", fields: ["max_quantity"] },
        })
        await api.post(pools(a, `/${id}`), { pickup_point: "Kumbharwada co-op shed" }, a.auth)

        // Buyers see and pledge to it like any pool.
        const buyer = await customerToken(api, store, "Asif Bags")
        const { data: pledged } = await api.post(
          `/store/pools/${id}/pledges`,
          { quantity: 60, payment: CARD },
          as(buyer.token)
        )
        expect(pledged.pledge).toMatchObject({ quantity: 60, status: "active" })
        const { data: live } = await api.get(pools(a, `/${id}`), a.auth)
        expect(live.pool).toMatchObject({
          pickup_point: "Kumbharwada co-op shed",
          progress: { pledged: 60, reached_minimum: true, remaining: 190 },
        })
        expect(live.report).toMatchObject({ live: 1, captured: 0 })
        // The seller sees each pledge's quantities and state, not the buyer or the payment.
        expect(live.pledges).toEqual([expect.objectContaining({ quantity: 60, status: "active" })])
        expect(live.pledges[0]).not.toHaveProperty("customer_id")
        expect(live.pledges[0]).not.toHaveProperty("payment_id")
        const { data: mine } = await api.get(pools(a), a.auth)
        expect(mine.pools.map((p: any) => p.id)).toEqual([id])
        expect((await api.get(pools(b), b.auth)).data.pools).toEqual([])

        // Closing time: the seller settles it and reads the report.
        expect((await failure(api.post(pools(a, `/${id}/settle`), {}, a.auth))).data.message).toMatch(/still open/)
        await closePool(getContainer(), id)
        const { data: settled } = await api.post(pools(a, `/${id}/settle`), {}, a.auth)
        expect(settled.settlement).toMatchObject({ status: "settled", decided_now: true })
        const { data: report } = await api.get(pools(a, `/${id}`), a.auth)
        // 60 hides at ₹400 and all ₹1,000 of freight and handling.
        expect(report.report).toMatchObject({ captured: 1, live: 0, amount_due: 25000, amount_captured: 25000 })
        expect(report.pledges[0]).toMatchObject({
          status: "captured",
          allocated_quantity: 60,
          order_id: expect.any(String),
        })
        const orders = await getContainer().resolve(Modules.ORDER).listOrders({ customer_id: buyer.customer_id })
        expect(orders).toHaveLength(1)

        // A second pool, cancelled with a pledge in it: the authorisation is let go.
        const { data: second } = await api.post(pools(a), poolBody(a.material), a.auth)
        await api.post(pools(a, `/${second.pool.id}/open`), {}, a.auth)
        const { data: other } = await api.post(
          `/store/pools/${second.pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(buyer.token)
        )
        const { data: cancelled } = await api.post(pools(a, `/${second.pool.id}/cancel`), {}, a.auth)
        expect(cancelled.pool.status).toBe("cancelled")
        const released = await commons().retrievePledge(other.pledge.id)
        expect(released.status).toBe("released")
        expect((await paymentOf(getContainer(), released.payment_id!)).canceled_at).toBeTruthy()
        expect((await api.get(`${pools(a)}?status=cancelled`, a.auth)).data.pools.map((p: any) => p.id)).toEqual([
          second.pool.id,
        ])
      })

      it("hides a seller's pools from another seller's members, non-members and the platform's pools from sellers: 404 on every route, 401 logged out", async () => {
        const { data } = await api.post(pools(a), poolBody(a.material), a.auth)
        const id = data.pool.id
        await api.post(pools(a, `/${id}/open`), {}, a.auth)
        const { data: platform } = await api.post("/admin/pools", poolBody(await platformMaterial(api, admin)), admin)
        const stranger = await sellerUser(api, "stranger")
        const buyer = await customerToken(api, store, "Bano Footwear")

        type Config = { headers?: Record<string, string> }
        const routes = (seller: { seller_id: string }, poolId: string) => [
          (c: Config) => api.get(pools(seller), c),
          (c: Config) => api.post(pools(seller), poolBody(seller === b ? b.material : a.material), c),
          (c: Config) => api.get(pools(seller, `/${poolId}`), c),
          (c: Config) => api.post(pools(seller, `/${poolId}`), { title: "Taken over" }, c),
          (c: Config) => api.post(pools(seller, `/${poolId}/open`), {}, c),
          (c: Config) => api.post(pools(seller, `/${poolId}/cancel`), {}, c),
          (c: Config) => api.post(pools(seller, `/${poolId}/settle`), {}, c),
        ]
        const statuses = async (calls: ((c: Config) => Promise<any>)[], config: Config) => {
          const out: number[] = []
          for (const call of calls) out.push((await failure(call(config))).status)
          return out
        }
        // Every route of A's, called by B's member or by a seller user of no seller: as if A did not exist.
        expect(await statuses(routes(a, id), b.auth)).toEqual([404, 404, 404, 404, 404, 404, 404])
        expect(await statuses(routes(a, id), stranger)).toEqual([404, 404, 404, 404, 404, 404, 404])
        // Through B's own routes, A's pool and the platform's do not exist either (list and create are B's own).
        expect(await statuses(routes(b, id).slice(2), b.auth)).toEqual([404, 404, 404, 404, 404])
        expect(await statuses(routes(a, platform.pool.id).slice(2), a.auth)).toEqual([404, 404, 404, 404, 404])
        // Logged out, or logged in as a customer: 401.
        expect(await statuses(routes(a, id), {})).toEqual([401, 401, 401, 401, 401, 401, 401])
        expect(await statuses(routes(a, id), bearer(buyer.token))).toEqual([401, 401, 401, 401, 401, 401, 401])

        // Nothing changed: the pool is A's, open, under its own title; no pool was created.
        expect(await commons().retrieveGroupBuyPool(id)).toMatchObject({
          status: "open",
          title: data.pool.title,
          manager_id: a.seller_id,
        })
        expect((await commons().listGroupBuyPools({})).length).toBe(2)
      })

      it("refuses a pool on another seller's or the platform's material and bad input, writing nothing; a suspended seller reads but cannot write", async () => {
        const foreign = await failure(api.post(pools(a), poolBody(b.material), a.auth))
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/not one of this seller's products/)
        expect(foreign.data.code).toBe(CommonsErrors.POOL_PRODUCT_NOT_SELLERS)
        expect((await failure(api.post(pools(a), poolBody(await platformMaterial(api, admin)), a.auth))).status).toBe(
          400
        )
        expect(
          (
            await failure(
              api.post(
                pools(a),
                poolBody({ product_id: b.material.product_id, variant_id: a.material.variant_id }),
                a.auth
              )
            )
          ).data.message
        ).toMatch(/is not a variant of product/)
        const bad: [Record<string, unknown>, RegExp][] = [
          [{ manager_type: "admin" }, /manager_type/],
          [{ manager_id: b.seller_id }, /manager_id/],
          [{ min_quantity: 300 }, /min_quantity cannot exceed max_quantity/],
          [
            {
              tiers: [
                { min_quantity: 0, unit_price: 300 },
                { min_quantity: 100, unit_price: 350 },
              ],
            },
            /larger tier cannot cost more/,
          ],
          [{ title: "" }, /title/],
          [{ case_size: 0 }, /case_size/],
          [{ closes_at: "not a date" }, /closes_at/],
        ]
        for (const [over, message] of bad) {
          const refused = await failure(api.post(pools(a), poolBody(a.material, over), a.auth))
          expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(message)])
        }
        expect(await commons().listGroupBuyPools({})).toEqual([])

        // A draft cannot be moved onto someone else's material either.
        const { data } = await api.post(pools(a), poolBody(a.material), a.auth)
        expect((await failure(api.post(pools(a, `/${data.pool.id}`), b.material, a.auth))).data.message).toMatch(
          /not one of this seller's products/
        )
        expect((await failure(api.post(pools(a, `/${data.pool.id}`), { min_quantity: 1000 }, a.auth))).status).toBe(400)
        expect(await commons().retrieveGroupBuyPool(data.pool.id)).toMatchObject({
          variant_id: a.material.variant_id,
          min_quantity: 50,
        })

        // Suspended: reads still work, every write is refused with a 403.
        await api.post(`/admin/sellers/${a.seller_id}`, { status: "suspended" }, admin)
        expect((await api.get(pools(a), a.auth)).data.pools).toHaveLength(1)
        expect((await api.get(pools(a, `/${data.pool.id}`), a.auth)).data.pool.status).toBe("draft")
        for (const write of [
          () => api.post(pools(a), poolBody(a.material), a.auth),
          () => api.post(pools(a, `/${data.pool.id}`), { title: "Still mine" }, a.auth),
          () => api.post(pools(a, `/${data.pool.id}/open`), {}, a.auth),
          () => api.post(pools(a, `/${data.pool.id}/cancel`), {}, a.auth),
        ]) {
          const refused = await failure(write())
          expect([refused.status, refused.data.message]).toEqual([403, expect.stringMatching(/suspended/)])
        }
        expect((await commons().listGroupBuyPools({})).map((p: any) => p.status)).toEqual(["draft"])
      })
    })
  },
})
