import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminToken, APP_DIR, bearer, customerToken, seedDemo } from "../../../../backend/integration-tests/utils"
import { DEMO_SELLER_PASSWORD, MAKERS } from "../../../../backend/src/scripts/seed/makers"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"

jest.setTimeout(600_000)

const GSTIN = "27AAPFU0939F1ZV"
const GSTIN_2 = "27AAACR5055K1Z5"
const address = { address_1: "Shop 4, Crawford Market", city: "Mumbai", postal_code: "400001", country_code: "in" }

type Answer = { status: number; data: any }
/** Fires the calls at once and keeps every answer, success or not. */
const together = (calls: (() => Promise<any>)[]): Promise<Answer[]> =>
  Promise.all(
    calls.map((call) =>
      call().then(
        (r: any) => ({ status: r.status, data: r.data }),
        (e: any) => ({ status: e.response?.status ?? 0, data: e.response?.data })
      )
    )
  )
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make)
const ok = (answers: Answer[]) => answers.filter((a) => a.status >= 200 && a.status < 300)

/**
 * The losers of a race on a quote: 409 quote_moved when they read the quote before the winner
 * changed it (they then waited on its lock), or — when they read it after — the plain answer for a
 * quote in that state, which quotes.spec.ts pins at 400 (quote_not_open now). Never a 500.
 */
const expectLosers = (answers: Answer[], moved: string, notOpen: string) => {
  for (const a of answers.filter((x) => x.status >= 300))
    expect([
      [409, moved],
      [400, notOpen],
    ]).toContainEqual([a.status, a.data?.code])
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("wholesale: parallel changes of one quote or company end in one consistent state", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      let india: any
      let tote: { variant_id: string; seller_id: string; seller_email: string }

      const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
      const sellerToken = async (email: string) =>
        (await api.post("/auth/seller/emailpass", { email, password: DEMO_SELLER_PASSWORD })).data.token as string
      const wholesale = () => getContainer().resolve(WHOLESALE_MODULE) as any
      const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

      const registeredBuyer = async (name: string, gst: string) => {
        const c = await customerToken(api, store, name)
        const { data } = await api.post(
          "/store/wholesale/companies",
          { name: `${name} Traders`, gst_number: gst, email: c.email, addresses: [address] },
          as(c.token)
        )
        return { ...c, company_id: data.company.id as string }
      }
      const approvedBuyer = async (name: string, gst: string) => {
        const b = await registeredBuyer(name, gst)
        await api.post(`/admin/wholesale/companies/${b.company_id}/review`, { status: "approved" }, admin)
        return b
      }
      /** A quote for 12 totes with the seller's first offer on the table (pending_customer). */
      const offeredQuote = async (buyer: { token: string }, seller: string, unit_price = 2000) => {
        const { data: cart } = await api.post("/store/carts", { region_id: india.id }, as(buyer.token))
        await api.post(
          `/store/carts/${cart.cart.id}/line-items`,
          { variant_id: tote.variant_id, quantity: 12 },
          as(buyer.token)
        )
        const { data } = await api.post(
          "/store/wholesale/quotes",
          { cart_id: cart.cart.id, message: "12 please" },
          as(buyer.token)
        )
        const quote = data.quotes[0]
        const { data: seen } = await api.get(
          `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${quote.id}`,
          bearer(seller)
        )
        const itemId = seen.quote.items[0].id as string
        await api.post(
          `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${quote.id}/counter-offer`,
          { items: [{ item_id: itemId, quantity: 12, unit_price }] },
          bearer(seller)
        )
        return { id: quote.id as string, item_id: itemId }
      }
      /** The customer's placed orders (not drafts), with lines and payment collections as the admin sees them. */
      const ordersOf = async (customerId: string) => {
        const { data } = await query().graph({
          entity: "order",
          fields: ["id", "is_draft_order"],
          filters: { customer_id: customerId },
        })
        const placed = (data as any[]).filter((o) => !o.is_draft_order)
        const fields = "id,total,payment_collections.id,payment_collections.amount"
        return Promise.all(
          placed.map(async (o) => (await api.get(`/admin/orders/${o.id}?fields=${fields}`, admin)).data.order)
        )
      }

      beforeEach(async () => {
        const container = getContainer()
        store = await seedDemo(container)
        admin = bearer(await adminToken(api, container))
        india = (await api.get("/store/regions", store)).data.regions.find((r: any) => r.currency_code === "inr")
        const { data: products } = await query().graph({
          entity: "product",
          fields: ["id", "variants.id", "seller.id", "seller.handle"],
          filters: { handle: "leather-tote" },
        })
        const p: any = products[0]
        tote = {
          variant_id: p.variants[0].id,
          seller_id: p.seller.id,
          seller_email: MAKERS.find((m) => m.handle === p.seller.handle)!.owner.email,
        }
        const inventory = container.resolve(Modules.INVENTORY)
        const { data: stocked } = await query().graph({
          entity: "product_variant",
          fields: ["inventory_items.inventory_item_id"],
          filters: { id: tote.variant_id },
        })
        const levels = await inventory.listInventoryLevels({
          inventory_item_id: (stocked[0] as any).inventory_items.map((i: any) => i.inventory_item_id),
        })
        await inventory.updateInventoryLevels(
          levels.map((l) => ({
            id: l.id,
            inventory_item_id: l.inventory_item_id,
            location_id: l.location_id,
            stocked_quantity: 10_000,
          }))
        )
      })

      it("accept, reject, withdraw, request changes: N parallel calls on one quote give one change, one order with one payment collection", async () => {
        const buyer = await approvedBuyer("Race Retail", GSTIN)
        const seller = await sellerToken(tote.seller_email)

        // 8 accepts: one order, one payment collection, one "accepted" entry.
        const q1 = await offeredQuote(buyer, seller)
        const accepts = await together(
          times(8, () => () => api.post(`/store/wholesale/quotes/${q1.id}/accept`, {}, as(buyer.token)))
        )
        expect(ok(accepts)).toHaveLength(1)
        expectLosers(accepts, "quote_moved", "quote_not_open")
        const orders = await ordersOf(buyer.customer_id)
        expect(orders).toHaveLength(1)
        expect(orders[0].payment_collections).toHaveLength(1)
        // The order is the offer: 12 × ₹2,000, and its one payment collection asks for exactly that.
        expect(orders[0].total).toBe(24000)
        expect(orders[0].payment_collections[0].amount).toBe(24000)
        const messages = await wholesale().listQuoteMessages({ quote_id: q1.id })
        expect(messages.filter((m: any) => m.kind === "accepted")).toHaveLength(1)

        // 4 accepts racing 4 rejects: the quote ends accepted with its one order, or rejected with none.
        const q2 = await offeredQuote(buyer, seller)
        const mixed = await together([
          ...times(4, () => () => api.post(`/store/wholesale/quotes/${q2.id}/accept`, {}, as(buyer.token))),
          ...times(
            4,
            () => () =>
              api.post(`/store/wholesale/quotes/${q2.id}/reject`, { reason: "changed my mind" }, as(buyer.token))
          ),
        ])
        expect(ok(mixed)).toHaveLength(1)
        expectLosers(mixed, "quote_moved", "quote_not_open")
        const q2Stored = await wholesale().retrieveQuote(q2.id)
        expect((await ordersOf(buyer.customer_id)).length).toBe(q2Stored.status === "accepted" ? 2 : 1)
        expect(["accepted", "rejected"]).toContain(q2Stored.status)

        // 8 withdrawals: withdrawn once.
        const q3 = await offeredQuote(buyer, seller)
        const withdrawals = await together(
          times(8, () => () => api.post(`/store/wholesale/quotes/${q3.id}/withdraw`, {}, as(buyer.token)))
        )
        expect(ok(withdrawals)).toHaveLength(1)
        expectLosers(withdrawals, "quote_moved", "quote_not_open")
        expect((await wholesale().retrieveQuote(q3.id)).status).toBe("withdrawn")
        expect(
          (await wholesale().listQuoteMessages({ quote_id: q3.id })).filter((m: any) => m.kind === "withdrawn")
        ).toHaveLength(1)

        // 6 "request changes" at once: handed back once, one message.
        const q4 = await offeredQuote(buyer, seller)
        const asks = await together(
          times(
            6,
            () => () =>
              api.post(
                `/store/wholesale/quotes/${q4.id}/messages`,
                { body: "Lower please", request_changes: true },
                as(buyer.token)
              )
          )
        )
        expect(ok(asks)).toHaveLength(1)
        expectLosers(asks, "quote_moved", "quote_not_open")
        expect((await wholesale().retrieveQuote(q4.id)).status).toBe("pending_merchant")
        expect(
          (await wholesale().listQuoteMessages({ quote_id: q4.id })).filter((m: any) => m.kind === "message")
        ).toHaveLength(1)
      })

      it("counter-offer: the seller and the platform at once send one offer; an accept arriving during an offer takes the order at the offered prices", async () => {
        const buyer = await approvedBuyer("Offer Retail", GSTIN)
        const seller = await sellerToken(tote.seller_email)
        const q = await offeredQuote(buyer, seller)
        await api.post(
          `/store/wholesale/quotes/${q.id}/messages`,
          { body: "Lower please", request_changes: true },
          as(buyer.token)
        )

        // 3 from the seller, 3 from the admin: one offer, round 2, one counter_offer entry more.
        const offers = await together([
          ...times(
            3,
            () => () =>
              api.post(
                `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${q.id}/counter-offer`,
                { items: [{ item_id: q.item_id, quantity: 12, unit_price: 1800 }] },
                bearer(seller)
              )
          ),
          ...times(
            3,
            () => () =>
              api.post(
                `/admin/wholesale/quotes/${q.id}/counter-offer`,
                { items: [{ item_id: q.item_id, quantity: 12, unit_price: 1800 }] },
                admin
              )
          ),
        ])
        expect(ok(offers)).toHaveLength(1)
        expectLosers(offers, "quote_moved", "quote_not_open")
        const afterOffers = await wholesale().retrieveQuote(q.id)
        expect([afterOffers.status, afterOffers.round]).toEqual(["pending_customer", 2])
        expect(
          (await wholesale().listQuoteMessages({ quote_id: q.id })).filter((m: any) => m.kind === "counter_offer")
        ).toHaveLength(2)

        // The buyer asks again; the seller's third offer (24 at ₹1,700) goes out while the buyer keeps
        // tapping accept: whichever accept gets through converts the offer as sent, never half of it.
        await api.post(
          `/store/wholesale/quotes/${q.id}/messages`,
          { body: "24 then?", request_changes: true },
          as(buyer.token)
        )
        const offer = api
          .post(
            `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${q.id}/counter-offer`,
            { items: [{ item_id: q.item_id, quantity: 24, unit_price: 1700 }] },
            bearer(seller)
          )
          .then(
            (r) => ({ status: r.status, data: r.data }),
            (e) => ({ status: e.response?.status ?? 0, data: e.response?.data })
          )
        const taps: Promise<Answer>[] = []
        for (let i = 0; i < 10; i++) {
          taps.push(
            together([() => api.post(`/store/wholesale/quotes/${q.id}/accept`, {}, as(buyer.token))]).then((a) => a[0])
          )
          await new Promise((r) => setTimeout(r, 40))
        }
        const [sent, accepted] = [await offer, await Promise.all(taps)]
        expect(sent.status).toBe(200)
        for (const a of accepted.filter((x) => x.status !== 200))
          expect([
            [409, "quote_moved"],
            [400, "quote_not_open"],
          ]).toContainEqual([a.status, a.data?.code])
        expect(ok(accepted).length).toBeLessThanOrEqual(1)
        const stored = await wholesale().retrieveQuote(q.id)
        const orders = await ordersOf(buyer.customer_id)
        if (ok(accepted).length) {
          expect(stored.status).toBe("accepted")
          expect(orders).toHaveLength(1)
          // The third offer as sent: 24 × ₹1,700, asked for once.
          expect([orders[0].total, orders[0].payment_collections.map((p: any) => p.amount)]).toEqual([40800, [40800]])
          expect(Number(stored.total)).toBe(40800)
        } else {
          expect([stored.status, orders.length]).toEqual(["pending_customer", 0])
        }
      })

      it("company review: 6 parallel approvals approve once and put the buyer in one wholesale group once", async () => {
        const buyer = await registeredBuyer("Review Race", GSTIN_2)
        const reviews = await together(
          times(
            6,
            () => () => api.post(`/admin/wholesale/companies/${buyer.company_id}/review`, { status: "approved" }, admin)
          )
        )
        expect(ok(reviews)).toHaveLength(1)
        for (const a of reviews.filter((x) => x.status >= 300))
          expect([
            [409, "company_moved"],
            [400, "company_not_reviewable"],
          ]).toContainEqual([a.status, a.data?.code])
        const company = await wholesale().retrieveCompany(buyer.company_id)
        expect(company.status).toBe("approved")
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const groups = await customers.listCustomerGroups({ name: "Wholesale buyers" })
        expect(groups.map((g: any) => g.id)).toEqual([company.customer_group_id])
        const { data } = await query().graph({
          entity: "customer",
          fields: ["groups.id"],
          filters: { id: buyer.customer_id },
        })
        expect(((data[0] as any).groups ?? []).map((g: any) => g.id)).toEqual([company.customer_group_id])
      })
    })
  },
})
