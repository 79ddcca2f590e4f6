import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  adminToken,
  APP_DIR,
  bearer,
  customerToken,
  failure,
  seedDemo,
  waitFor,
} from "../../../../backend/integration-tests/utils"
import { MAKERSPACE_MODULE } from "../../src/modules/makerspace"
import { addDays, localDate, zonedToUtc } from "../../src/lib/zoned-time"

jest.setTimeout(240_000)
// Registers the card-gateway double (backend/integration-tests/test-gateway) beside the system provider.
process.env.DHARAVI_TEST_GATEWAY = "true"
const TEST_CARD_PROVIDER = "pp_test-card_test-card"
const DECLINED_CARD = "4000000000000002"

const IST = "Asia/Kolkata"
const ist = (days: number, hour: number) =>
  zonedToUtc(addDays(localDate(new Date(), IST), days), hour * 60, IST).toISOString()

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("booking through the cart", () => {
      it("prices a booking per hour (member prices included), confirms it with the order, and refuses a lapsed hold", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))

        // The seed prices an hour on a bench in Medusa (₹80; ₹50 for the makers' co-op, a price list).
        const [coop] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: "Dharavi Makers Co-op" })
        const { data: house } = await api.get("/store/tool-houses/kala-killa-tool-house", store)
        const bench = house.tool_house.units.find((u: any) => u.name === "Work bench 1")
        const otherBench = house.tool_house.units.find((u: any) => u.name === "Work bench 2")
        const { data: wheel } = await api.post(
          `/admin/tool-houses/${house.tool_house.id}/units`,
          { name: "Pottery wheel", kind: "machine" },
          admin
        )
        const { data: regions } = await api.get("/store/regions", store)
        const india = regions.regions.find((r: any) => r.currency_code === "inr")

        const checkout = async (token: string, unitId: string, day: number, hour: number) => {
          const as = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
          const { data: c } = await api.post("/store/carts", { region_id: india.id }, as)
          const { data: held } = await api.post(
            "/store/bookings",
            { unit_id: unitId, starts_at: ist(day, hour), ends_at: ist(day, hour + 2), cart_id: c.cart.id },
            as
          )
          return { as, cartId: c.cart.id as string, booking: held.booking }
        }
        const pay = async (as: any, cartId: string) => {
          const address = {
            first_name: "Asif",
            last_name: "Khan",
            address_1: "Kala Killa",
            city: "Mumbai",
            postal_code: "400017",
            country_code: "in",
          }
          await api.post(`/store/carts/${cartId}`, { email: "booker@dharavi.test", billing_address: address }, as)
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, as)
          await api.post(
            `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            as
          )
          return api.post(`/store/carts/${cartId}/complete`, {}, as)
        }

        const guest = await customerToken(api, store, "Asif Khan")
        const first = await checkout(guest.token, bench.id, 2, 10)
        expect(first.booking).toMatchObject({
          status: "held",
          amount: 160,
          currency_code: "inr",
          cart_id: first.cartId,
        })
        const { data: cart } = await api.get(`/store/carts/${first.cartId}`, first.as)
        expect(cart.cart.items).toEqual([
          expect.objectContaining({
            unit_price: 160,
            requires_shipping: false,
            metadata: expect.objectContaining({
              booking_id: first.booking.id,
              hourly_price: 80,
              timezone: "Asia/Kolkata",
            }),
          }),
        ])
        const { data: done } = await pay(first.as, first.cartId)
        expect(done.type).toBe("order")
        const makerspace = container.resolve(MAKERSPACE_MODULE)
        const confirmed = await waitFor(async () => {
          const b = await makerspace.retrieveBooking(first.booking.id)
          return b.status === "confirmed" ? b : undefined
        }, "the order to confirm the booking")
        expect(confirmed).toMatchObject({ order_id: done.order.id, hold_expires_at: null })

        // A buyer abroad pays the hour's USD price from Medusa pricing, in their cart's currency.
        const international = regions.regions.find((r: any) => r.currency_code === "usd")
        const { data: time } = await api.get(
          "/admin/products?handle=tool-house-time&fields=variants.id,variants.prices.amount,variants.prices.currency_code",
          admin
        )
        const benchHour = time.products[0].variants.find((v: any) => v.id === bench.variant_id)
        const usdHour = Number(benchHour.prices.find((p: any) => p.currency_code === "usd").amount)
        const abroad = await customerToken(api, store, "Maria Import")
        const asAbroad = { headers: { ...store.headers, authorization: `Bearer ${abroad.token}` } }
        const { data: usdCart } = await api.post("/store/carts", { region_id: international.id }, asAbroad)
        const { data: usdHeld } = await api.post(
          "/store/bookings",
          { unit_id: bench.id, starts_at: ist(3, 14), ends_at: ist(3, 16), cart_id: usdCart.cart.id },
          asAbroad
        )
        expect(usdHeld.booking).toMatchObject({ currency_code: "usd", amount: Math.round(usdHour * 2 * 100) / 100 })

        // A co-op member pays the member rate.
        const member = await customerToken(api, store, "Rehana Co-op")
        await container
          .resolve(Modules.CUSTOMER)
          .addCustomerToGroup({ customer_id: member.customer_id, customer_group_id: coop.id })
        const second = await checkout(member.token, otherBench.id, 2, 10)
        expect(second.booking.amount).toBe(100)

        // A lapsed hold cannot be paid for: the slot may be someone else's by now.
        await makerspace.updateBookings({ id: second.booking.id, hold_expires_at: new Date(Date.now() - 1000) })
        const lapsed = await failure(pay(second.as, second.cartId))
        expect(lapsed.status).toBe(400)
        expect(lapsed.data.message).toMatch(/has lapsed/)

        // Someone else's cart cannot take a booking, and a unit without an online price is refused.
        const other = await customerToken(api, store)
        const foreignCart = await failure(
          api.post(
            "/store/bookings",
            { unit_id: bench.id, starts_at: ist(3, 10), ends_at: ist(3, 11), cart_id: first.cartId },
            { headers: { ...store.headers, authorization: `Bearer ${other.token}` } }
          )
        )
        expect(foreignCart.status).toBe(404)
        const unpricedUnit = wheel.unit
        const unpriced = await failure(
          api.post(
            "/store/bookings",
            { unit_id: unpricedUnit.id, starts_at: ist(3, 10), ends_at: ist(3, 11), cart_id: second.cartId },
            second.as
          )
        )
        expect(unpriced.status).toBe(400)
        expect(unpriced.data.message).toMatch(/no online price/)
        // Each refused request held its slot first; compensation released it (nothing stays held).
        const attempts = await makerspace.listBookings({
          unit_id: [bench.id, unpricedUnit.id],
          starts_at: new Date(ist(3, 10)),
        })
        expect(attempts.map((b: any) => b.status)).toEqual(["expired", "expired"])
      })

      it("captures a booking when the order is placed, refunds cancellations through Medusa, and frees the slot when the card is declined", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))
        const makerspace = container.resolve(MAKERSPACE_MODULE)
        const payments = container.resolve(Modules.PAYMENT)
        const { data: house } = await api.get("/store/tool-houses/kala-killa-tool-house", store)
        const bench = (name: string) => house.tool_house.units.find((u: any) => u.name === name)
        const { data: regions } = await api.get("/store/regions", store)
        const india = regions.regions.find((r: any) => r.currency_code === "inr")
        await api.post(
          `/admin/regions/${india.id}`,
          { payment_providers: ["pp_system_default", TEST_CARD_PROVIDER] },
          admin
        )

        const book = async (as: any, unitId: string, day: number, hour: number) => {
          const { data: c } = await api.post("/store/carts", { region_id: india.id }, as)
          const { data: held } = await api.post(
            "/store/bookings",
            { unit_id: unitId, starts_at: ist(day, hour), ends_at: ist(day, hour + 2), cart_id: c.cart.id },
            as
          )
          const address = {
            first_name: "Sana",
            last_name: "Shaikh",
            address_1: "90 Feet Road",
            city: "Mumbai",
            postal_code: "400017",
            country_code: "in",
          }
          await api.post(`/store/carts/${c.cart.id}`, { email: "sana@dharavi.test", billing_address: address }, as)
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, as)
          return {
            cartId: c.cart.id as string,
            booking: held.booking,
            collectionId: pc.payment_collection.id as string,
          }
        }
        const pay = async (
          as: any,
          b: { cartId: string; collectionId: string },
          provider_id: string,
          data?: Record<string, unknown>
        ) => {
          await api.post(`/store/payment-collections/${b.collectionId}/payment-sessions`, { provider_id, data }, as)
          return api.post(`/store/carts/${b.cartId}/complete`, {}, as).catch((e: any) => e.response)
        }
        const confirmedBooking = (id: string) =>
          waitFor(async () => {
            const b = await makerspace.retrieveBooking(id)
            return b.status === "confirmed" && b.payment_id ? b : undefined
          }, "the order to confirm and capture the booking")
        const paymentOf = (id: string) => payments.retrievePayment(id, { relations: ["captures", "refunds"] })

        const sana = await customerToken(api, store, "Sana Shaikh")
        const as = { headers: { ...store.headers, authorization: `Bearer ${sana.token}` } }

        // Paid with a card: the booking's price (2 h x ₹80) is captured when the order is placed.
        const early = await book(as, bench("Work bench 3").id, 3, 10)
        const placed = await pay(as, early, TEST_CARD_PROVIDER, { card: "4242424242424242" })
        expect(placed.data.type).toBe("order")
        const paid = await confirmedBooking(early.booking.id)
        const payment = await paymentOf(paid.payment_id)
        expect(payment.captures!.map((c: any) => Number(c.amount))).toEqual([160])

        // Cancelled days ahead: the whole price goes back through Medusa's refund, on the same payment.
        const { data: cancelled } = await api.post(`/store/bookings/${early.booking.id}/cancel`, {}, as)
        expect(cancelled).toMatchObject({
          refund_amount: 160,
          booking: { status: "cancelled", refund_id: expect.stringMatching(/^ref/) },
        })
        const refunded = await paymentOf(paid.payment_id)
        expect(refunded.refunds!.map((r: any) => [Number(r.amount), r.id])).toEqual([
          [160, cancelled.booking.refund_id],
        ])
        const { data: order } = await api.get(
          `/admin/orders/${placed.data.order.id}?fields=id,summary.*,transactions.*`,
          admin
        )
        expect(order.order.transactions.map((t: any) => [t.reference, Number(t.amount)]).sort()).toEqual([
          ["capture", 160],
          ["refund", -160],
        ])

        // Cancelled with the start two hours away: half is kept as the late fee, half is refunded.
        const late = await book(as, bench("Work bench 4").id, 3, 14)
        expect((await pay(as, late, "pp_system_default")).data.type).toBe("order")
        const lateBooking = await confirmedBooking(late.booking.id)
        const soon = Date.now() + 2 * 3600_000
        // The day has come: move the booking (and its blocked range) to two hours from now.
        await makerspace.updateBookings({
          id: lateBooking.id,
          starts_at: new Date(soon),
          ends_at: new Date(soon + 2 * 3600_000),
          blocked_from: new Date(soon),
          blocked_until: new Date(soon + 2 * 3600_000),
        })
        const { data: lateCancel } = await api.post(`/store/bookings/${late.booking.id}/cancel`, {}, as)
        expect(lateCancel.refund_amount).toBe(80)
        const latePayment = await paymentOf(lateBooking.payment_id)
        expect(latePayment.captures!.map((c: any) => Number(c.amount))).toEqual([160])
        expect(latePayment.refunds!.map((r: any) => Number(r.amount))).toEqual([80])

        // Cancelling again changes nothing and refunds nothing more.
        const again = await failure(api.post(`/store/bookings/${late.booking.id}/cancel`, {}, as))
        expect([again.status, again.data.code]).toEqual([409, "booking_not_cancellable"])
        expect((await paymentOf(lateBooking.payment_id)).refunds).toHaveLength(1)

        // A hold cancelled before paying leaves the cart too (nothing is charged for it).
        const changedMind = await book(as, bench("Work bench 6").id, 4, 14)
        const { data: dropped } = await api.post(`/store/bookings/${changedMind.booking.id}/cancel`, {}, as)
        expect(dropped).toMatchObject({ refund_amount: 0, booking: { status: "cancelled" } })
        const { data: emptied } = await api.get(`/store/carts/${changedMind.cartId}`, as)
        expect(emptied.cart.items).toEqual([])

        // A declined card: checkout fails and the hold is released at once, not after 15 minutes...
        const declined = await book(as, bench("Work bench 5").id, 4, 10)
        const refused = await pay(as, declined, TEST_CARD_PROVIDER, { card: DECLINED_CARD })
        expect(refused.data.type).not.toBe("order")
        expect(JSON.stringify(refused.data)).toMatch(/not authorized|declined|authoriz/i)
        expect(await makerspace.retrieveBooking(declined.booking.id)).toMatchObject({ status: "expired" })
        // ...so someone else can book that very slot straight away.
        const next = await customerToken(api, store, "Imran Next")
        const { status } = await api.post(
          "/store/bookings",
          { unit_id: bench("Work bench 5").id, starts_at: ist(4, 10), ends_at: ist(4, 12) },
          { headers: { ...store.headers, authorization: `Bearer ${next.token}` } }
        )
        expect(status).toBe(201)
      })
    })
  },
})
