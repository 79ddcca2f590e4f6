import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { customerToken, seedDemo } from "../utils"

// Every plugin's checkout rule is registered with @dharavi/checkout-rules, whose one handler owns
// completeCartWorkflow.hooks.validate: a cart completed by calling the workflow directly (not the
// store route, which no plugin guards any more) still meets the makerspace, Skill School and
// wholesale rules.
jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("refuses through completeCartWorkflow itself what each plugin's rule refuses", async () => {
      const container = getContainer()
      const store = await seedDemo(container)
      const { checkoutRuleNames } = require("@dharavi/checkout-rules")
      expect(checkoutRuleNames()).toEqual(
        expect.arrayContaining(["makerspace:booking-holds", "skill-school:seats-and-courses", "wholesale:minimums"])
      )

      const { data: regions } = await api.get("/store/regions", store)
      const india = regions.regions.find((r: any) => r.currency_code === "inr")
      const address = {
        first_name: "Meera",
        last_name: "Jadhav",
        address_1: "Koliwada",
        city: "Mumbai",
        postal_code: "400017",
        country_code: "in",
      }

      /** A cart of `token`'s with a billing address and a system payment session: ready to complete. */
      const readyCart = async (token: string, addLines: (cartId: string) => Promise<void>) => {
        const as = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
        const { data } = await api.post("/store/carts", { region_id: india.id }, as)
        await addLines(data.cart.id)
        await api.post(`/store/carts/${data.cart.id}`, { billing_address: address, email: undefined }, as)
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, as)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as
        )
        return data.cart.id as string
      }
      const refusal = async (cartId: string) => {
        const { errors } = await completeCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false })
        expect(errors.length).toBeGreaterThan(0)
        const completed = await container.resolve(Modules.CART).retrieveCart(cartId)
        expect(completed.completed_at).toBeFalsy()
        return String(errors[0].error?.message)
      }

      // Skill School: a workshop seat's line put in the cart by hand, with no seat hold.
      const learner = await customerToken(api, store, "Meera Jadhav")
      const { data: workshops } = await api.get("/store/workshops", store)
      const workshop = workshops.workshops.find((w: any) => w.variant_id)
      expect(workshop).toBeTruthy()
      const seatCart = await readyCart(learner.token, async (cartId) => {
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: workshop.variant_id, quantity: 1 },
          { headers: { ...store.headers, authorization: `Bearer ${learner.token}` } }
        )
      })
      expect(await refusal(seatCart)).toContain("seat hold has lapsed")

      // Makerspace: a bench booked into the cart whose hold has lapsed.
      const maker = await customerToken(api, store, "Salim Shaikh")
      const asMaker = { headers: { ...store.headers, authorization: `Bearer ${maker.token}` } }
      const { data: houses } = await api.get("/store/tool-houses", store)
      const house = houses.tool_houses[0]
      const start = new Date(Date.now() + 3 * 24 * 3600_000)
      start.setUTCHours(6, 30, 0, 0) // 12:00 in Mumbai
      const end = new Date(start.getTime() + 3600_000)
      const bookingCart = await readyCart(maker.token, async (cartId) => {
        const { data } = await api.post(
          "/store/bookings",
          {
            tool_house_id: house.id,
            kind: "bench",
            starts_at: start.toISOString(),
            ends_at: end.toISOString(),
            cart_id: cartId,
          },
          asMaker
        )
        await (container.resolve("makerspace") as { updateBookings(data: object): Promise<unknown> }).updateBookings({
          id: data.booking.id,
          status: "expired",
          hold_expires_at: new Date(Date.now() - 60_000),
        })
      })
      expect(await refusal(bookingCart)).toMatch(/hold/i)

      // Wholesale: the demo buyer's line below its variant's minimum, written into the cart directly
      // (past the add-to-cart hook that would have refused it).
      const { data: buyerLogin } = await api.post("/auth/customer/emailpass", {
        email: "buyer@dharavi.local",
        password: process.env.SEED_BUYER_PASSWORD || "dharavi-buyer",
      })
      const [terms] = await (
        container.resolve("wholesale") as {
          listWholesaleTerms(f: object, c: object): Promise<{ variant_id: string }[]>
        }
      ).listWholesaleTerms({ min_order_quantity: { $gt: 1 } }, { take: 1 })
      expect(terms).toBeTruthy()
      const wholesaleCart = await readyCart(buyerLogin.token, async (cartId) => {
        await container.resolve(Modules.CART).addLineItems({
          cart_id: cartId,
          variant_id: terms.variant_id,
          title: "Below the minimum",
          quantity: 1,
          unit_price: 100,
        })
      })
      expect(await refusal(wholesaleCart)).toMatch(/minimum|at least/i)
    })
  },
})
