import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WholesaleErrors } from "@dharavi/wholesale/contract"
import { expireQuotesWorkflow } from "@dharavi/wholesale/workflows"
import {
  adminToken,
  APP_DIR,
  bearer,
  customerToken,
  failure,
  seedDemo,
  waitFor,
} from "../../../../backend/integration-tests/utils"
import { DEMO_SELLER_PASSWORD, MAKERS } from "../../../../backend/src/scripts/seed/makers"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"

jest.setTimeout(300_000)

const GSTIN = "27AAPFU0939F1ZV"
const address = { address_1: "Shop 4, Crawford Market", city: "Mumbai", postal_code: "400001", country_code: "in" }

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("wholesale buying", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      let india: any
      let tote: {
        product_id: string
        variant_id: string
        sku: string
        seller_id: string
        seller_email: string
        retail: number
      }
      let otherSellerEmail: string

      const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
      const sellerToken = async (email: string) =>
        (await api.post("/auth/seller/emailpass", { email, password: DEMO_SELLER_PASSWORD })).data.token as string

      /** A customer whose company is registered and approved; returns their token and company. */
      const approvedBuyer = async (name: string, gst: string) => {
        const c = await customerToken(api, store, name)
        const { data } = await api.post(
          "/store/wholesale/companies",
          { name: `${name} Traders`, gst_number: gst, email: c.email, addresses: [address] },
          as(c.token)
        )
        await api.post(`/admin/wholesale/companies/${data.company.id}/review`, { status: "approved" }, admin)
        return { ...c, company_id: data.company.id as string }
      }
      const cartWith = async (token: string, quantity: number) => {
        const { data } = await api.post("/store/carts", { region_id: india.id }, as(token))
        const { data: added } = await api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: tote.variant_id, quantity },
          as(token)
        )
        return added.cart
      }

      beforeEach(async () => {
        const container = getContainer()
        store = await seedDemo(container)
        admin = bearer(await adminToken(api, container))
        const { data: regions } = await api.get("/store/regions", store)
        india = regions.regions.find((r: any) => r.currency_code === "inr")
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: ["id", "variants.id", "variants.sku", "seller.id", "seller.handle"],
          filters: { handle: "leather-tote" },
        })
        const p: any = products[0]
        const maker = MAKERS.find((m) => m.handle === p.seller.handle)!
        otherSellerEmail = MAKERS.find((m) => m.handle !== p.seller.handle)!.owner.email
        const { data: priced } = await api.get(
          `/store/products/${p.id}?region_id=${india.id}&fields=variants.calculated_price`,
          store
        )
        const variant = priced.product.variants.find((v: any) => v.id === p.variants[0].id)
        tote = {
          product_id: p.id,
          variant_id: p.variants[0].id,
          sku: p.variants[0].sku,
          seller_id: p.seller.id,
          seller_email: maker.owner.email,
          retail: Number(variant.calculated_price.calculated_amount),
        }
        // Plenty of stock for bulk orders (the seed gives workshops small batches).
        const inventory = container.resolve(Modules.INVENTORY)
        const { data: stocked } = await query.graph({
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
        // Wholesale tiers are a Medusa price list for the wholesale customer group; this test sets its
        // own tiers, so the seeded list goes.
        const { data: seededLists } = await api.get("/admin/price-lists?q=Wholesale", admin)
        for (const list of seededLists.price_lists.filter((l: any) => l.title === "Wholesale"))
          await api.delete(`/admin/price-lists/${list.id}`, admin)
        const { data: groups } = await api.get("/admin/customer-groups?q=Wholesale", admin)
        let group = groups.customer_groups.find((g: any) => g.name === "Wholesale buyers")
        if (!group)
          group = (await api.post("/admin/customer-groups", { name: "Wholesale buyers" }, admin)).data.customer_group
        await api.post(
          "/admin/price-lists",
          {
            title: "Wholesale tiers (test)",
            description: "10+ and 50+ tiers",
            status: "active",
            type: "override",
            rules: { "customer.groups.id": [group.id] },
            prices: [
              {
                variant_id: tote.variant_id,
                currency_code: "inr",
                amount: Math.round(tote.retail * 0.8),
                min_quantity: 10,
                max_quantity: 49,
              },
              {
                variant_id: tote.variant_id,
                currency_code: "inr",
                amount: Math.round(tote.retail * 0.7),
                min_quantity: 50,
              },
            ],
          },
          admin
        )
      })

      it("registers a company, validates its GST number, and approval puts its buyers into the wholesale group", async () => {
        const container = getContainer()
        const c = await customerToken(api, store, "Farida Exports")
        const bad = await failure(
          api.post(
            "/store/wholesale/companies",
            { name: "Farida Exports", gst_number: "12345", email: c.email, addresses: [address] },
            as(c.token)
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/gst_number/)
        const noAddress = await failure(
          api.post(
            "/store/wholesale/companies",
            { name: "Farida Exports", gst_number: GSTIN, email: c.email, addresses: [] },
            as(c.token)
          )
        )
        expect(noAddress.status).toBe(400)
        expect(await container.resolve(WHOLESALE_MODULE).listCompanies({ email: c.email })).toEqual([])
        expect(
          (await failure(api.post("/store/wholesale/companies", { name: "X", gst_number: GSTIN }, store))).status
        ).toBe(401)

        const { data } = await api.post(
          "/store/wholesale/companies",
          { name: "Farida Exports", gst_number: GSTIN.toLowerCase(), email: c.email, addresses: [address] },
          as(c.token)
        )
        expect(data.company).toMatchObject({ status: "pending", gst_number: GSTIN })
        const twice = await failure(
          api.post(
            "/store/wholesale/companies",
            { name: "Again", gst_number: "27AAACR5055K1Z5", email: c.email, addresses: [address] },
            as(c.token)
          )
        )
        expect(twice.status).toBe(422)
        // Pending: no wholesale routes yet.
        expect(
          (await failure(api.post("/store/wholesale/quotes", { cart_id: "cart_x", message: "hi" }, as(c.token)))).status
        ).toBe(403)

        const { data: listed } = await api.get("/admin/wholesale/companies?status=pending", admin)
        expect(listed.companies.map((x: any) => x.id)).toEqual([data.company.id])
        const { data: approved } = await api.post(
          `/admin/wholesale/companies/${data.company.id}/review`,
          { status: "approved" },
          admin
        )
        expect(approved.company.status).toBe("approved")
        const customer = await container
          .resolve(Modules.CUSTOMER)
          .retrieveCustomer(c.customer_id, { relations: ["groups"] })
        expect(customer.groups!.map((g) => g.name)).toEqual(["Wholesale buyers"])
        expect(
          (
            await failure(
              api.post(`/admin/wholesale/companies/${data.company.id}/review`, { status: "rejected" }, admin)
            )
          ).status
        ).toBe(400)

        // A colleague joins and is a wholesale buyer at once; suspension takes both out of the group.
        const colleague = await customerToken(api, store, "Imtiaz Exports")
        await api.post("/store/wholesale/company/employees", { email: colleague.email }, as(c.token))
        const { data: team } = await api.get("/store/wholesale/company", as(colleague.token))
        expect(team).toMatchObject({ role: "buyer", company: { id: data.company.id } })
        expect(team.company.employees.map((e: any) => [e.name, e.role]).sort()).toEqual([
          ["Farida Exports", "admin"],
          ["Imtiaz Exports", "buyer"],
        ])
        const notAdmin = await failure(
          api.post("/store/wholesale/company/employees", { email: c.email }, as(colleague.token))
        )
        expect(notAdmin.status).toBe(403)
        expect(
          (
            await container.resolve(Modules.CUSTOMER).retrieveCustomer(colleague.customer_id, { relations: ["groups"] })
          ).groups!.map((g) => g.name)
        ).toEqual(["Wholesale buyers"])
        await api.post(
          `/admin/wholesale/companies/${data.company.id}/review`,
          { status: "suspended", note: "GST lapsed" },
          admin
        )
        for (const id of [c.customer_id, colleague.customer_id]) {
          expect(
            (await container.resolve(Modules.CUSTOMER).retrieveCustomer(id, { relations: ["groups"] })).groups
          ).toEqual([])
        }
      })

      it("prices by quantity tier for wholesale buyers and enforces minimums, case packs and seller minimums in the cart", async () => {
        const buyer = await approvedBuyer("Karim Retail", GSTIN)
        const retail = await customerToken(api, store, "Retail Rani")
        const seller = await sellerToken(tote.seller_email)
        const other = await sellerToken(otherSellerEmail)

        // Terms are set by the product's own seller; another seller is told the variant does not exist.
        const foreign = await failure(
          api.post(
            `/vendors/sellers/${tote.seller_id}/wholesale/terms/${tote.variant_id}`,
            { min_order_quantity: 12, case_pack: 6 },
            bearer(other)
          )
        )
        expect(foreign.status).toBe(404)
        const badTerms = await failure(
          api.post(
            `/vendors/sellers/${tote.seller_id}/wholesale/terms/${tote.variant_id}`,
            { min_order_quantity: 0, case_pack: 6 },
            bearer(seller)
          )
        )
        expect(badTerms.status).toBe(400)
        const { data: terms } = await api.post(
          `/vendors/sellers/${tote.seller_id}/wholesale/terms/${tote.variant_id}`,
          { min_order_quantity: 12, case_pack: 6, lead_time_days: 10 },
          bearer(seller)
        )
        expect(terms.terms).toMatchObject({ min_order_quantity: 12, case_pack: 6, seller_id: tote.seller_id })

        // The product page shows the terms to everyone and the tiers to wholesale buyers only.
        const { data: anonymous } = await api.get(`/store/products/${tote.product_id}/wholesale`, store)
        expect(anonymous).toMatchObject({
          is_wholesale_buyer: false,
          variants: expect.arrayContaining([
            { variant_id: tote.variant_id, min_order_quantity: 12, case_pack: 6, lead_time_days: 10, tiers: null },
          ]),
        })
        const { data: forBuyer } = await api.get(
          `/store/products/${tote.product_id}/wholesale?currency_code=inr`,
          as(buyer.token)
        )
        expect(forBuyer.variants.find((v: any) => v.variant_id === tote.variant_id).tiers).toEqual([
          { min_quantity: 10, max_quantity: 49, amount: Math.round(tote.retail * 0.8) },
          { min_quantity: 50, max_quantity: null, amount: Math.round(tote.retail * 0.7) },
        ])
        expect(
          (await failure(api.get(`/store/products/${tote.product_id}/wholesale?currency_code=gbp`, store))).status
        ).toBe(400)

        // Retail customers buy single pieces at the retail price.
        const single = await cartWith(retail.token, 1)
        expect(single.items[0].unit_price).toBe(tote.retail)

        // A wholesale buyer below the minimum or outside whole cases is told what to choose.
        const { data: c } = await api.post("/store/carts", { region_id: india.id }, as(buyer.token))
        const below = await failure(
          api.post(
            `/store/carts/${c.cart.id}/line-items`,
            { variant_id: tote.variant_id, quantity: 6 },
            as(buyer.token)
          )
        )
        expect(below.status).toBe(400)
        expect(below.data.message).toMatch(/wholesale minimum of 12; you have 6/)
        // The rule and its numbers as code and details, for the storefront to say in the buyer's language.
        expect(below.data).toMatchObject({
          code: WholesaleErrors.BELOW_MINIMUM_QUANTITY,
          details: { variant_id: tote.variant_id, sku: tote.sku, minimum: 12, quantity: 6, suggested_quantity: 12 },
        })
        expect(below.data.details.problems.map((p: { code: string }) => p.code)).toEqual([
          WholesaleErrors.BELOW_MINIMUM_QUANTITY,
        ])
        const loose = await failure(
          api.post(
            `/store/carts/${c.cart.id}/line-items`,
            { variant_id: tote.variant_id, quantity: 14 },
            as(buyer.token)
          )
        )
        expect(loose.data.message).toMatch(/cases of 6: choose 18 instead of 14/)
        expect(loose.data).toMatchObject({
          code: WholesaleErrors.NOT_WHOLE_CASES,
          details: { variant_id: tote.variant_id, case_pack: 6, quantity: 14, suggested_quantity: 18 },
        })
        const both = await failure(
          api.post(
            `/store/carts/${c.cart.id}/line-items`,
            { variant_id: tote.variant_id, quantity: 4 },
            as(buyer.token)
          )
        )
        expect(both.data.details.problems).toEqual([
          expect.objectContaining({
            code: WholesaleErrors.BELOW_MINIMUM_QUANTITY,
            minimum: 12,
            quantity: 4,
            suggested_quantity: 12,
          }),
          expect.objectContaining({
            code: WholesaleErrors.NOT_WHOLE_CASES,
            case_pack: 6,
            quantity: 4,
            suggested_quantity: 12,
          }),
        ])
        expect((await api.get(`/store/carts/${c.cart.id}`, as(buyer.token))).data.cart.items).toEqual([])

        // 12 reaches the 10+ tier; 60 the 50+ tier (Medusa prices the line by its quantity).
        const { data: twelve } = await api.post(
          `/store/carts/${c.cart.id}/line-items`,
          { variant_id: tote.variant_id, quantity: 12 },
          as(buyer.token)
        )
        expect(twelve.cart.items[0].unit_price).toBe(Math.round(tote.retail * 0.8))
        const line = twelve.cart.items[0].id
        const odd = await failure(
          api.post(`/store/carts/${c.cart.id}/line-items/${line}`, { quantity: 13 }, as(buyer.token))
        )
        expect(odd.status).toBe(400)
        const { data: sixty } = await api.post(
          `/store/carts/${c.cart.id}/line-items/${line}`,
          { quantity: 60 },
          as(buyer.token)
        )
        expect(sixty.cart.items[0]).toMatchObject({ quantity: 60, unit_price: Math.round(tote.retail * 0.7) })

        // The seller's minimum order value is judged on the whole cart, before checkout.
        await api.post(
          `/vendors/sellers/${tote.seller_id}/wholesale/terms`,
          { min_order_value: { inr: tote.retail * 100 }, payment_terms: "30 days" },
          bearer(seller)
        )
        const { data: sellerTerms } = await api.get(
          `/vendors/sellers/${tote.seller_id}/wholesale/terms`,
          bearer(seller)
        )
        expect(sellerTerms.terms).toMatchObject({
          min_order_value: { inr: tote.retail * 100 },
          payment_terms: "30 days",
        })
        expect(
          (await failure(api.get(`/vendors/sellers/${tote.seller_id}/wholesale/terms`, bearer(other)))).status
        ).toBe(404)
        const { data: check } = await api.get(`/store/wholesale/carts/${c.cart.id}/check`, as(buyer.token))
        expect(check.problems).toEqual([
          expect.objectContaining({ code: "below_seller_minimum", seller_id: tote.seller_id }),
        ])
        expect(check.problems[0]).toMatchObject({
          currency_code: "inr",
          min_order_value: tote.retail * 100,
          subtotal: Math.round(tote.retail * 0.7) * 60,
          missing_amount: tote.retail * 100 - Math.round(tote.retail * 0.7) * 60,
        })
        expect(typeof check.problems[0].seller_name).toBe("string")
        // The checkout rule runs in completeCartWorkflow's validate hook, once a payment was started.
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, as(buyer.token))
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as(buyer.token)
        )
        const refused = await failure(api.post(`/store/carts/${c.cart.id}/complete`, {}, as(buyer.token)))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/takes wholesale orders from INR/)
        expect((await failure(api.get(`/store/wholesale/carts/${c.cart.id}/check`, as(retail.token)))).status).toBe(404)

        // The bulk order form adds many SKUs at once, all or nothing.
        const { data: bulkCart } = await api.post("/store/carts", { region_id: india.id }, as(buyer.token))
        const unknown = await failure(
          api.post(
            `/store/wholesale/carts/${bulkCart.cart.id}/bulk`,
            {
              lines: [
                { sku: tote.sku, quantity: 12 },
                { sku: "NO-SUCH-SKU", quantity: 5 },
              ],
            },
            as(buyer.token)
          )
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/Unknown SKU: NO-SUCH-SKU/)
        expect(unknown.data).toMatchObject({ code: WholesaleErrors.UNKNOWN_SKU, details: { skus: ["NO-SUCH-SKU"] } })
        const { data: bulk } = await api.post(
          `/store/wholesale/carts/${bulkCart.cart.id}/bulk`,
          {
            lines: [
              { sku: tote.sku.toLowerCase(), quantity: 6 },
              { sku: tote.sku, quantity: 6 },
            ],
          },
          as(buyer.token)
        )
        expect(bulk.cart.items).toEqual([expect.objectContaining({ variant_id: tote.variant_id, quantity: 12 })])
      })

      it("runs a quote from request through counter-offers to an order, and closes rejected and expired ones", async () => {
        const container = getContainer()
        const buyer = await approvedBuyer("Karim Retail", GSTIN)
        const rival = await approvedBuyer("Rival Stores", "27AAACR5055K1Z5")
        const seller = await sellerToken(tote.seller_email)
        const other = await sellerToken(otherSellerEmail)
        const vendor = (path = "") => `/vendors/sellers/${tote.seller_id}/wholesale/quotes${path}`
        // Every step of a quote is announced on Medusa's event bus.
        const QUOTE_EVENTS = [
          "quote.requested",
          "quote.counter_offered",
          "quote.message_posted",
          "quote.accepted",
          "quote.rejected",
          "quote.expired",
        ]
        const announced: string[] = []
        const eventBus = container.resolve(Modules.EVENT_BUS)
        for (const name of QUOTE_EVENTS)
          eventBus.subscribe(name, async () => void announced.push(name), { subscriberId: `quotes-spec-${name}` })

        const request = async () => {
          const cart = await cartWith(buyer.token, 12)
          const { data } = await api.post(
            "/store/wholesale/quotes",
            { cart_id: cart.id, message: "Need 12 for Diwali, can you do better?" },
            as(buyer.token)
          )
          return data.quotes[0]
        }
        const emptyMessage = await failure(
          api.post("/store/wholesale/quotes", { cart_id: "cart_x", message: "" }, as(buyer.token))
        )
        expect(emptyMessage.status).toBe(400)

        const quote = await request()
        expect(quote).toMatchObject({
          status: "pending_merchant",
          seller_id: tote.seller_id,
          total: Math.round(tote.retail * 0.8) * 12,
        })

        // Who sees it: the buyer's company and the product's seller; not a rival company or another seller.
        expect((await failure(api.get(`/store/wholesale/quotes/${quote.id}`, as(rival.token)))).status).toBe(404)
        expect(
          (await failure(api.get(`/vendors/sellers/${tote.seller_id}/wholesale/quotes/${quote.id}`, bearer(other))))
            .status
        ).toBe(404)
        expect((await api.get(vendor(), bearer(seller))).data.quotes.map((q: any) => q.id)).toEqual([quote.id])
        const { data: seen } = await api.get(vendor(`/${quote.id}`), bearer(seller))
        expect(seen.quote.messages.map((m: any) => m.kind)).toEqual(["request"])
        const itemId = seen.quote.items[0].id

        // The buyer cannot accept before there is an offer; bad counter-offers change nothing.
        expect(
          (await failure(api.post(`/store/wholesale/quotes/${quote.id}/accept`, {}, as(buyer.token)))).data.message
        ).toMatch(/waiting for the seller/)
        expect(
          (
            await failure(
              api.post(
                vendor(`/${quote.id}/counter-offer`),
                { items: [{ item_id: itemId, quantity: 24, unit_price: -5 }] },
                bearer(seller)
              )
            )
          ).status
        ).toBe(400)
        expect(
          (
            await failure(
              api.post(
                vendor(`/${quote.id}/counter-offer`),
                { items: [{ item_id: "ordli_nope", quantity: 24, unit_price: 100 }] },
                bearer(seller)
              )
            )
          ).status
        ).toBe(400)
        expect((await api.get(`/store/wholesale/quotes/${quote.id}`, as(buyer.token))).data.quote.status).toBe(
          "pending_merchant"
        )

        // Counter-offer: 24 at a lower price, 10 days' lead time.
        const { data: offered } = await api.post(
          vendor(`/${quote.id}/counter-offer`),
          {
            items: [{ item_id: itemId, quantity: 24, unit_price: 1900 }],
            lead_time_days: 10,
            note: "24 pieces at ₹1,900",
          },
          bearer(seller)
        )
        expect(offered.quote).toMatchObject({ status: "pending_customer", round: 1, total: 45600, lead_time_days: 10 })
        expect(offered.quote.items).toEqual([expect.objectContaining({ quantity: 24, unit_price: 1900 })])
        // The buyer asks for a revision; the seller sends a second offer.
        await api.post(
          `/store/wholesale/quotes/${quote.id}/messages`,
          { body: "Can you make it ₹1,800?", request_changes: true },
          as(buyer.token)
        )
        await api.post(
          vendor(`/${quote.id}/counter-offer`),
          { items: [{ item_id: itemId, quantity: 24, unit_price: 1850 }], lead_time_days: 12 },
          bearer(seller)
        )

        // Ten parallel accepts: exactly one turns the quote into an order.
        const accepts = await Promise.all(
          Array.from({ length: 10 }, () =>
            api.post(`/store/wholesale/quotes/${quote.id}/accept`, {}, as(buyer.token)).then(
              (r) => r.status,
              (e) => e.response.status
            )
          )
        )
        expect(accepts.filter((s) => s === 200)).toHaveLength(1)
        expect(accepts.filter((s) => s !== 200).every((s) => s === 400 || s === 409)).toBe(true)
        const { data: accepted } = await api.get(`/store/wholesale/quotes/${quote.id}`, as(buyer.token))
        expect(accepted.quote.status).toBe("accepted")
        expect(accepted.quote.messages.map((m: any) => m.kind)).toEqual([
          "request",
          "counter_offer",
          "message",
          "counter_offer",
          "accepted",
        ])
        expect(accepted.quote.messages[1].proposal).toMatchObject({ total: 45600, lead_time_days: 10 })
        const { data: order } = await api.get(
          `/admin/orders/${accepted.quote.order.id}?fields=id,status,is_draft_order,customer_id,items.quantity,items.unit_price,total`,
          admin
        )
        expect(order.order).toMatchObject({ is_draft_order: false, status: "pending", customer_id: buyer.customer_id })
        expect(order.order.items).toEqual([expect.objectContaining({ quantity: 24, unit_price: 1850 })])
        // The order carries a payment collection for the amount due; a bank transfer is marked paid.
        const { data: pay } = await api.get(
          `/admin/orders/${accepted.quote.order.id}?fields=payment_status,payment_collections.id,payment_collections.amount`,
          admin
        )
        expect(pay.order.payment_status).toBe("not_paid")
        expect(pay.order.payment_collections).toEqual([expect.objectContaining({ amount: order.order.total })])
        await api.post(
          `/admin/payment-collections/${pay.order.payment_collections[0].id}/mark-as-paid`,
          { order_id: accepted.quote.order.id },
          admin
        )
        const { data: paid } = await api.get(`/admin/orders/${accepted.quote.order.id}?fields=payment_status`, admin)
        expect(paid.order.payment_status).toBe("captured")

        // A rejected counter-offer closes the quote: it cannot be accepted afterwards.
        const second = await request()
        const { data: s2 } = await api.get(`/admin/wholesale/quotes/${second.id}`, admin)
        await api.post(
          `/admin/wholesale/quotes/${second.id}/counter-offer`,
          { items: [{ item_id: s2.quote.items[0].id, quantity: 12, unit_price: 2500 }], note: "Best we can do" },
          admin
        )
        const { data: rejected } = await api.post(
          `/store/wholesale/quotes/${second.id}/reject`,
          { reason: "Too dear" },
          as(buyer.token)
        )
        expect(rejected.quote.status).toBe("rejected")
        expect(rejected.quote.messages.at(-1)).toMatchObject({ kind: "rejected", body: "Too dear" })
        expect(
          (await failure(api.post(`/store/wholesale/quotes/${second.id}/accept`, {}, as(buyer.token)))).status
        ).toBe(400)

        // A quote nobody answers expires by the job; a second run changes nothing.
        const third = await request()
        await container
          .resolve(WHOLESALE_MODULE)
          .updateQuotes({ id: third.id, expires_at: new Date(Date.now() - 60_000) })
        const { result: first } = await expireQuotesWorkflow(container).run({ input: {} })
        expect(first).toEqual([third.id])
        const { result: again } = await expireQuotesWorkflow(container).run({ input: {} })
        expect(again).toEqual([])
        const { data: expired } = await api.get(`/store/wholesale/quotes/${third.id}`, as(buyer.token))
        expect(expired.quote.status).toBe("expired")
        expect(
          (
            await failure(
              api.post(
                vendor(`/${third.id}/counter-offer`),
                { items: [{ item_id: expired.quote.items[0].id, quantity: 12, unit_price: 2000 }] },
                bearer(seller)
              )
            )
          ).status
        ).toBe(400)

        // The inbox lists the company's quotes only.
        expect((await api.get("/store/wholesale/quotes", as(buyer.token))).data.count).toBe(3)
        expect((await api.get("/store/wholesale/quotes", as(rival.token))).data.count).toBe(0)
        await waitFor(
          async () => (QUOTE_EVENTS.every((e) => announced.includes(e)) ? true : undefined),
          `the quote events (announced: ${announced.join(", ")})`
        )
      })

      it("a counter-offer that keeps the quantity puts its price on the order's lines, however they are read", async () => {
        const container = getContainer()
        const buyer = await approvedBuyer("Same Qty Retail", GSTIN)
        const seller = await sellerToken(tote.seller_email)
        const cart = await cartWith(buyer.token, 12)
        const { data: requested } = await api.post(
          "/store/wholesale/quotes",
          { cart_id: cart.id, message: "12, better price?" },
          as(buyer.token)
        )
        const quoteId = requested.quotes[0].id
        const { data: seen } = await api.get(
          `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${quoteId}`,
          bearer(seller)
        )
        const cartPrice = seen.quote.items[0].unit_price
        expect(cartPrice).not.toBe(2000)
        // Same 12 pieces, ₹2,000 each instead of the cart's price.
        await api.post(
          `/vendors/sellers/${tote.seller_id}/wholesale/quotes/${quoteId}/counter-offer`,
          { items: [{ item_id: seen.quote.items[0].id, quantity: 12, unit_price: 2000 }] },
          bearer(seller)
        )
        const { data: accepted } = await api.post(`/store/wholesale/quotes/${quoteId}/accept`, {}, as(buyer.token))
        const orderId = accepted.quote.order.id

        // Every read of the placed order's lines says ₹2,000: the admin's order and list with only
        // items.unit_price, Query with just the price (what the marketplace's split reads), the line itself.
        const { data: one } = await api.get(
          `/admin/orders/${orderId}?fields=id,total,items.unit_price,items.quantity`,
          admin
        )
        expect([one.order.total, one.order.items.map((i: any) => [i.quantity, i.unit_price])]).toEqual([
          24000,
          [[12, 2000]],
        ])
        const { data: list } = await api.get(`/admin/orders?fields=items.unit_price&id=${orderId}`, admin)
        expect(list.orders[0].items.map((i: any) => i.unit_price)).toEqual([2000])
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: graphed } = await query.graph({
          entity: "order",
          fields: ["id", "items.unit_price", "items.detail.quantity"],
          filters: { id: orderId },
        })
        expect((graphed[0] as any).items.map((i: any) => i.unit_price)).toEqual([2000])
        const lines = await container
          .resolve(Modules.ORDER)
          .listOrderLineItems({ id: seen.quote.items[0].id }, { select: ["id", "unit_price"] })
        expect(lines.map((l) => Number(l.unit_price))).toEqual([2000])
        const { data: pay } = await api.get(`/admin/orders/${orderId}?fields=payment_collections.amount`, admin)
        expect(pay.order.payment_collections.map((p: any) => p.amount)).toEqual([24000])
        // The seller's part of the order (the marketplace's split on order.placed) is the offer too.
        const sellerOrders = await waitFor(async () => {
          const found = await (
            container.resolve("seller") as { listSellerOrders: (f: object) => Promise<{ subtotal: unknown }[]> }
          ).listSellerOrders({ order_id: orderId })
          return found.length ? found : undefined
        }, "the seller's order")
        expect(sellerOrders.map((o) => Number(o.subtotal))).toEqual([24000])
      })
    })
  },
})
