import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminToken, APP_DIR, bearer, customerToken, failure, seedDemo, waitFor } from "../../../../backend/integration-tests/utils"
import { MAKERSPACE_MODULE } from "../../src/modules/makerspace"
import { addDays, localDate, zonedToUtc } from "../../src/lib/zoned-time"

jest.setTimeout(240_000)

const IST = "Asia/Kolkata"
const ist = (days: number, hour: number) => zonedToUtc(addDays(localDate(new Date(), IST), days), hour * 60, IST).toISOString()

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
        const { data: wheel } = await api.post(`/admin/tool-houses/${house.tool_house.id}/units`, { name: "Pottery wheel", kind: "machine" }, admin)
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
          const address = { first_name: "Asif", last_name: "Khan", address_1: "Kala Killa", city: "Mumbai", postal_code: "400017", country_code: "in" }
          await api.post(`/store/carts/${cartId}`, { email: "booker@dharavi.test", billing_address: address }, as)
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, as)
          await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, as)
          return api.post(`/store/carts/${cartId}/complete`, {}, as)
        }

        const guest = await customerToken(api, store, "Asif Khan")
        const first = await checkout(guest.token, bench.id, 2, 10)
        expect(first.booking).toMatchObject({ status: "held", amount: 160, currency_code: "inr", cart_id: first.cartId })
        const { data: cart } = await api.get(`/store/carts/${first.cartId}`, first.as)
        expect(cart.cart.items).toEqual([
          expect.objectContaining({ unit_price: 160, requires_shipping: false, metadata: expect.objectContaining({ booking_id: first.booking.id, hourly_price: 80, timezone: "Asia/Kolkata" }) }),
        ])
        const { data: done } = await pay(first.as, first.cartId)
        expect(done.type).toBe("order")
        const makerspace = container.resolve(MAKERSPACE_MODULE)
        const confirmed = await waitFor(async () => {
          const b = await makerspace.retrieveBooking(first.booking.id)
          return b.status === "confirmed" ? b : undefined
        }, "the order to confirm the booking")
        expect(confirmed).toMatchObject({ order_id: done.order.id, hold_expires_at: null })

        // A co-op member pays the member rate.
        const member = await customerToken(api, store, "Rehana Co-op")
        await container.resolve(Modules.CUSTOMER).addCustomerToGroup({ customer_id: member.customer_id, customer_group_id: coop.id })
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
          api.post("/store/bookings", { unit_id: bench.id, starts_at: ist(3, 10), ends_at: ist(3, 11), cart_id: first.cartId }, { headers: { ...store.headers, authorization: `Bearer ${other.token}` } })
        )
        expect(foreignCart.status).toBe(404)
        const unpricedUnit = wheel.unit
        const unpriced = await failure(
          api.post("/store/bookings", { unit_id: unpricedUnit.id, starts_at: ist(3, 10), ends_at: ist(3, 11), cart_id: second.cartId }, second.as)
        )
        expect(unpriced.status).toBe(400)
        expect(unpriced.data.message).toMatch(/no online price/)
        // Each refused request held its slot first; compensation released it (nothing stays held).
        const attempts = await makerspace.listBookings({ unit_id: [bench.id, unpricedUnit.id], starts_at: new Date(ist(3, 10)) })
        expect(attempts.map((b: any) => b.status)).toEqual(["expired", "expired"])
      })
    })
  },
})
