import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { COMMONS_MODULE } from "../../src/modules/commons"
import {
  APP_DIR,
  CARD,
  DECLINED,
  closePool,
  commonsFixture,
  customerToken,
  platformMaterial,
  poolBody,
  sellerWithMaterial,
  type Material,
} from "../helpers"

// Parallel requests on one pledge or one pool: one consistent end state, one live authorisation per
// live pledge (every other one cancelled), and the pool's total equal to its live pledges.
jest.setTimeout(300_000)
process.env.DHARAVI_TEST_GATEWAY = "true"

/** Fires every request at once and returns each answer, successes and failures alike. */
const all = (requests: Promise<any>[]) =>
  Promise.all(
    requests.map((r) =>
      r.then(
        (ok: any) => ok,
        (e: any) => e.response ?? Promise.reject(e)
      )
    )
  )

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("commons races", () => {
      let store: { headers: Record<string, string> }
      let admin: { headers: Record<string, string> }
      let as: (token: string) => { headers: Record<string, string> }
      let hide: Material
      const commons = () => getContainer().resolve(COMMONS_MODULE)

      beforeEach(async () => {
        ;({ store, admin, as } = await commonsFixture(api, getContainer()))
        hide = await platformMaterial(api, admin)
      })

      const openPool = async (over: Record<string, unknown> = {}) => {
        const { data } = await api.post("/admin/pools", poolBody(hide, over), admin)
        await api.post(`/admin/pools/${data.pool.id}/open`, {}, admin)
        return data.pool
      }
      /** Every payment in this test's database, with its captures. */
      const payments = () =>
        getContainer()
          .resolve(Modules.PAYMENT)
          .listPayments({}, { relations: ["captures"] })
      const isOpen = (p: any) => !p.canceled_at && !(p.captures ?? []).length
      /** The invariants after any race: one open authorisation per live pledge, for its maximum cost; the pool's total. */
      const expectConsistent = async (poolId: string) => {
        const pledges = await commons().listPledges({ pool_id: poolId })
        const live = pledges.filter((p: any) => p.status === "active")
        const open = (await payments()).filter(isOpen)
        expect(open.map((p: any) => p.id).sort()).toEqual(live.map((p: any) => p.payment_id).sort())
        for (const pledge of live) {
          const payment = open.find((p: any) => p.id === pledge.payment_id)
          expect(Number(payment.amount)).toBe(Number(pledge.authorized_amount))
          // ₹400 a hide at most, plus the pledge's share of ₹1,000 freight and handling over the minimum of 50.
          expect(Number(pledge.authorized_amount)).toBe(
            Number(pledge.quantity) * 400 + (1000 * Number(pledge.quantity)) / Math.max(Number(pledge.quantity), 50)
          )
        }
        const pool = await commons().retrieveGroupBuyPool(poolId)
        expect(Number(pool.pledged_quantity)).toBe(live.reduce((s: number, p: any) => s + Number(p.quantity), 0))
        return { pledges, live, pool }
      }

      it("applies 6 parallel changes of one pledge one after another: its quantity is the last one's, one authorisation stays open", async () => {
        const pool = await openPool()
        const a = await customerToken(api, store, "Asif Bags")
        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(a.token)
        )
        const quantities = [11, 12, 13, 14, 15, 25]
        const answers = await all(
          quantities.map((quantity) =>
            api.post(`/store/pledges/${pa.pledge.id}`, { quantity, payment: CARD }, as(a.token))
          )
        )
        expect(answers.map((r) => r.status)).toEqual(Array(6).fill(200))
        const { live } = await expectConsistent(pool.id)
        expect(live).toHaveLength(1)
        // The pledge ends as the change that went through last left it.
        const last = answers
          .map((r) => r.data.pledge)
          .sort((x, y) => new Date(x.updated_at).getTime() - new Date(y.updated_at).getTime())
          .pop()
        expect(Number(live[0].quantity)).toBe(last.quantity)
        expect(quantities).toContain(Number(live[0].quantity))
        // 1 + 6 authorisations were made; all but the live one are cancelled.
        const every = await payments()
        expect(every).toHaveLength(7)
        expect(every.filter((p: any) => p.canceled_at)).toHaveLength(6)
      })

      it("mixes parallel changes with a withdrawal and declined cards: the withdrawal is final, declined changes change nothing, no authorisation is left open", async () => {
        const pool = await openPool()
        const a = await customerToken(api, store, "Asif Bags")
        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(a.token)
        )
        const url = `/store/pledges/${pa.pledge.id}`
        const answers = await all([
          api.post(url, { quantity: 20, payment: CARD }, as(a.token)),
          api.post(url, { quantity: 21, payment: DECLINED }, as(a.token)),
          api.post(`${url}/withdraw`, {}, as(a.token)),
          api.post(url, { quantity: 22, payment: CARD }, as(a.token)),
          api.post(url, { quantity: 23, payment: DECLINED }, as(a.token)),
          api.post(url, { quantity: 24, payment: CARD }, as(a.token)),
        ])
        // Declined cards are 400 and change nothing; whatever came after the withdrawal is 409 pledge_not_live.
        expect([400, 409]).toContain(answers[1].status)
        expect([400, 409]).toContain(answers[4].status)
        expect(answers[2].status).toBe(200)
        for (const r of answers.filter((r) => r.status === 409))
          expect(r.data).toMatchObject({ code: "pledge_not_live", details: { status: "withdrawn" } })
        const { pledges, live } = await expectConsistent(pool.id)
        expect(live).toEqual([])
        expect(pledges[0].status).toBe("withdrawn")
        expect((await payments()).filter(isOpen)).toEqual([])

        // A declined change on its own leaves the pledge and its authorisation exactly as they were.
        const { data: pb } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(a.token)
        )
        const before = await commons().retrievePledge(pb.pledge.id)
        const declined = await all(
          Array.from({ length: 3 }, () =>
            api.post(`/store/pledges/${pb.pledge.id}`, { quantity: 30, payment: DECLINED }, as(a.token))
          )
        )
        expect(declined.map((r) => r.status)).toEqual([400, 400, 400])
        expect(await commons().retrievePledge(pb.pledge.id)).toMatchObject({
          quantity: 10,
          payment_id: before.payment_id,
          status: "active",
        })
        await expectConsistent(pool.id)
      })

      it("withdraws a pledge once under 5 parallel withdrawals; the others get 409 pledge_not_live", async () => {
        const pool = await openPool()
        const a = await customerToken(api, store, "Asif Bags")
        const { data: pa } = await api.post(
          `/store/pools/${pool.id}/pledges`,
          { quantity: 10, payment: CARD },
          as(a.token)
        )
        const answers = await all(
          Array.from({ length: 5 }, () => api.post(`/store/pledges/${pa.pledge.id}/withdraw`, {}, as(a.token)))
        )
        expect(answers.filter((r) => r.status === 200)).toHaveLength(1)
        expect(answers.filter((r) => r.status !== 200).map((r) => [r.status, r.data.code])).toEqual(
          Array(4).fill([409, "pledge_not_live"])
        )
        await expectConsistent(pool.id)
        expect(Number((await commons().retrieveGroupBuyPool(pool.id)).pledged_quantity)).toBe(0)
      })

      it("opens, cancels and settles a pool once when asked twice at once, by the admin and by its seller", async () => {
        // Open twice: one wins, the other is told the pool is open already.
        const { data: draft } = await api.post("/admin/pools", poolBody(hide), admin)
        const opened = await all([1, 2, 3].map(() => api.post(`/admin/pools/${draft.pool.id}/open`, {}, admin)))
        expect(opened.filter((r) => r.status === 200)).toHaveLength(1)
        expect(
          opened.filter((r) => r.status !== 200).map((r) => [r.status, r.data.code, r.data.details?.status])
        ).toEqual(Array(2).fill([409, "pool_not_openable", "open"]))

        // Cancel twice with live pledges: cancelled once, every authorisation let go.
        const a = await customerToken(api, store, "Asif Bags")
        const b = await customerToken(api, store, "Bano Crafts")
        await api.post(`/store/pools/${draft.pool.id}/pledges`, { quantity: 10, payment: CARD }, as(a.token))
        await api.post(`/store/pools/${draft.pool.id}/pledges`, { quantity: 15, payment: CARD }, as(b.token))
        const cancelled = await all([1, 2, 3].map(() => api.post(`/admin/pools/${draft.pool.id}/cancel`, {}, admin)))
        expect(cancelled.filter((r) => r.status === 200)).toHaveLength(1)
        expect(cancelled.filter((r) => r.status !== 200).map((r) => [r.status, r.data.code])).toEqual(
          Array(2).fill([409, "pool_not_cancellable"])
        )
        expect((await commons().listPledges({ pool_id: draft.pool.id })).map((p: any) => p.status)).toEqual([
          "released",
          "released",
        ])
        expect((await payments()).filter(isOpen)).toEqual([])

        // A seller's pool: opened and cancelled through its routes, settled by the admin and the seller at once.
        const seller = await sellerWithMaterial(api, `coop-race-${Date.now()}`)
        const vendor = (rest: string) => `/vendors/sellers/${seller.seller_id}/pools${rest}`
        const { data: mine } = await api.post(vendor(""), poolBody(seller.material, { min_quantity: 10 }), seller.auth)
        const vOpened = await all([1, 2].map(() => api.post(vendor(`/${mine.pool.id}/open`), {}, seller.auth)))
        expect(vOpened.map((r) => r.status).sort()).toEqual([200, 409])
        const { data: other } = await api.post(vendor(""), poolBody(seller.material), seller.auth)
        const vCancelled = await all([1, 2].map(() => api.post(vendor(`/${other.pool.id}/cancel`), {}, seller.auth)))
        expect(vCancelled.map((r) => r.status).sort()).toEqual([200, 409])
        expect((await commons().retrieveGroupBuyPool(other.pool.id)).status).toBe("cancelled")

        await api.post(`/store/pools/${mine.pool.id}/pledges`, { quantity: 10, payment: CARD }, as(a.token))
        await api.post(`/store/pools/${mine.pool.id}/pledges`, { quantity: 20, payment: CARD }, as(b.token))
        await closePool(getContainer(), mine.pool.id)
        const settled = await all([
          api.post(`/admin/pools/${mine.pool.id}/settle`, {}, admin),
          api.post(vendor(`/${mine.pool.id}/settle`), {}, seller.auth),
          api.post(`/admin/pools/${mine.pool.id}/settle`, {}, admin),
          api.post(vendor(`/${mine.pool.id}/settle`), {}, seller.auth),
        ])
        // Settling is safe to repeat: each answer is the settled pool, decided once.
        expect(settled.map((r) => [r.status, r.data.settlement?.status])).toEqual(Array(4).fill([200, "settled"]))
        expect(settled.filter((r) => r.data.settlement.decided_now)).toHaveLength(1)
        const pledges = await commons().listPledges({ pool_id: mine.pool.id })
        expect(pledges.map((p: any) => p.status)).toEqual(["captured", "captured"])
        const orders = await getContainer()
          .resolve(Modules.ORDER)
          .listOrders({ customer_id: [a.customer_id, b.customer_id] })
        expect(orders).toHaveLength(2)
        for (const pledge of pledges) {
          const [payment] = (await payments()).filter((p: any) => p.id === pledge.payment_id)
          expect(payment.captures).toHaveLength(1)
        }
      })
    })
  },
})
