import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  APP_DIR,
  adminToken,
  bearer,
  customerToken,
  seedDemo,
  waitFor,
} from "../../../../backend/integration-tests/utils"
import { MAKERSPACE_MODULE } from "../../src/modules/makerspace"
import { addDays, localDate, zonedToUtc } from "../../src/lib/zoned-time"

// Parallel requests on one booking: exactly one changes it, the others are told why, nothing is
// half done, and no payment is moved twice.
jest.setTimeout(300_000)

const IST = "Asia/Kolkata"
const ist = (days: number, hour: number) =>
  zonedToUtc(addDays(localDate(new Date(), IST), days), hour * 60, IST).toISOString()
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
    describe("makerspace races", () => {
      let store: { headers: Record<string, string> }
      let units: any[]
      let india: any

      beforeEach(async () => {
        store = await seedDemo(getContainer())
        const { data: house } = await api.get("/store/tool-houses/kala-killa-tool-house", store)
        units = house.tool_house.units
        const { data: regions } = await api.get("/store/regions", store)
        india = regions.regions.find((r: any) => r.currency_code === "inr")
      })

      const bench = (name: string) => units.find((u: any) => u.name === name)
      const customer = async (name: string) => {
        const c = await customerToken(api, store, name)
        return { ...c, as: { headers: { ...store.headers, authorization: `Bearer ${c.token}` } } }
      }
      /** A 2-hour booking held in a new cart that is ready to complete (system payment provider). */
      const cartWithBooking = async (as: any, unitId: string, day: number, hour: number) => {
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
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as
        )
        return { cartId: c.cart.id as string, booking: held.booking }
      }
      const confirmed = (id: string) =>
        waitFor(async () => {
          const b = await getContainer().resolve(MAKERSPACE_MODULE).retrieveBooking(id)
          return b.status === "confirmed" && b.payment_id ? b : undefined
        }, "the order to confirm and capture the booking")
      const paymentOf = (id: string) =>
        getContainer()
          .resolve(Modules.PAYMENT)
          .retrievePayment(id, { relations: ["captures", "refunds"] })

      it("cancels a paid booking once under 6 parallel cancels: one refund, the slot free again, later cancels 409", async () => {
        const sana = await customer("Sana Shaikh")
        const { cartId, booking } = await cartWithBooking(sana.as, bench("Work bench 3").id, 3, 10)
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, sana.as)).data.type).toBe("order")
        const paid = await confirmed(booking.id)
        expect((await paymentOf(paid.payment_id)).captures!.map((c: any) => Number(c.amount))).toEqual([160])

        const answers = await all(
          Array.from({ length: 6 }, () => api.post(`/store/bookings/${booking.id}/cancel`, {}, sana.as))
        )
        const won = answers.filter((a) => a.status === 200)
        const lost = answers.filter((a) => a.status !== 200)
        expect(won).toHaveLength(1)
        expect(won[0].data).toMatchObject({
          refund_amount: 160,
          booking: { status: "cancelled", refund_id: expect.stringMatching(/^ref/) },
        })
        expect(lost.map((a) => [a.status, a.data.code])).toEqual(Array(5).fill([409, "booking_not_cancellable"]))
        expect(lost[0].data.details).toEqual({ status: "cancelled" })

        const payment = await paymentOf(paid.payment_id)
        expect(payment.refunds!.map((r: any) => Number(r.amount))).toEqual([160])
        expect(await getContainer().resolve(MAKERSPACE_MODULE).retrieveBooking(booking.id)).toMatchObject({
          status: "cancelled",
          refund_id: payment.refunds![0].id,
        })

        // The slot can be booked again, and a later cancel is a clear 409 that refunds nothing.
        const next = await customer("Imran Next")
        const rebook = await api.post(
          "/store/bookings",
          { unit_id: bench("Work bench 3").id, starts_at: ist(3, 10), ends_at: ist(3, 12) },
          next.as
        )
        expect(rebook.status).toBe(201)
        const later = (await all([api.post(`/store/bookings/${booking.id}/cancel`, {}, sana.as)]))[0]
        expect([later.status, later.data.code]).toEqual([409, "booking_not_cancellable"])
        expect((await paymentOf(paid.payment_id)).refunds).toHaveLength(1)
      })

      it("rolls a cancellation back when its refund fails: the booking stays confirmed and can be cancelled later", async () => {
        const makerspace = getContainer().resolve(MAKERSPACE_MODULE)
        const sana = await customer("Sana Shaikh")
        const { cartId, booking } = await cartWithBooking(sana.as, bench("Work bench 4").id, 3, 14)
        expect((await api.post(`/store/carts/${cartId}/complete`, {}, sana.as)).data.type).toBe("order")
        const paid = await confirmed(booking.id)
        // More than was captured: Medusa refuses the refund, so every cancel fails and rolls back.
        await makerspace.updateBookings({ id: booking.id, amount: 500 })
        const answers = await all(
          Array.from({ length: 5 }, () => api.post(`/store/bookings/${booking.id}/cancel`, {}, sana.as))
        )
        expect(answers.every((a) => a.status >= 400)).toBe(true)
        expect(await makerspace.retrieveBooking(booking.id)).toMatchObject({
          status: "confirmed",
          cancelled_at: null,
          refund_amount: null,
          refund_id: null,
        })
        expect((await paymentOf(paid.payment_id)).refunds).toEqual([])
        // Still blocking its slot.
        const other = await customer("Imran Other")
        expect(
          (
            await all([
              api.post(
                "/store/bookings",
                { unit_id: bench("Work bench 4").id, starts_at: ist(3, 14), ends_at: ist(3, 16) },
                other.as
              ),
            ])
          )[0].status
        ).toBe(409)

        await makerspace.updateBookings({ id: booking.id, amount: 160 })
        const { data } = await api.post(`/store/bookings/${booking.id}/cancel`, {}, sana.as)
        expect(data).toMatchObject({ refund_amount: 160, booking: { status: "cancelled" } })
        expect((await paymentOf(paid.payment_id)).refunds!.map((r: any) => Number(r.amount))).toEqual([160])
      })

      it("checks a booking in once under 6 parallel scans; the others get 409 booking_already_checked_in", async () => {
        const makerspace = getContainer().resolve(MAKERSPACE_MODULE)
        const admin = bearer(await adminToken(api, getContainer()))
        const sana = await customer("Sana Shaikh")
        const { data } = await api.post(
          "/store/bookings",
          { unit_id: bench("Work bench 5").id, starts_at: ist(1, 9), ends_at: ist(1, 10) },
          sana.as
        )
        const soon = { starts_at: new Date(Date.now() + 10 * 60_000), ends_at: new Date(Date.now() + 70 * 60_000) }
        await makerspace.updateBookings({
          id: data.booking.id,
          status: "confirmed",
          ...soon,
          blocked_from: soon.starts_at,
          blocked_until: soon.ends_at,
        })

        const answers = await all(
          Array.from({ length: 6 }, () =>
            api.post("/admin/bookings/check-in", { code: data.booking.check_in_code }, admin)
          )
        )
        const won = answers.filter((a) => a.status === 200)
        expect(won).toHaveLength(1)
        expect(won[0].data.booking).toMatchObject({ id: data.booking.id, status: "checked_in" })
        const lost = answers.filter((a) => a.status !== 200)
        expect(lost.map((a) => [a.status, a.data.code])).toEqual(Array(5).fill([409, "booking_already_checked_in"]))
        expect(await makerspace.retrieveBooking(data.booking.id)).toMatchObject({
          status: "checked_in",
          checked_in_at: expect.any(Date),
        })
      })

      it("answers a booking cart's repeated and parallel completions with the same order, and places one", async () => {
        const sana = await customer("Sana Shaikh")
        const once = await cartWithBooking(sana.as, bench("Work bench 1").id, 2, 10)
        const first = await api.post(`/store/carts/${once.cartId}/complete`, {}, sana.as)
        expect(first.data.type).toBe("order")
        await confirmed(once.booking.id)
        // Completed again after the booking is confirmed: the same order, not "your hold has lapsed".
        const again = await api.post(`/store/carts/${once.cartId}/complete`, {}, sana.as)
        expect([again.status, again.data.type, again.data.order?.id]).toEqual([200, "order", first.data.order.id])

        const racing = await cartWithBooking(sana.as, bench("Work bench 2").id, 2, 10)
        const answers = await all(
          Array.from({ length: 5 }, () => api.post(`/store/carts/${racing.cartId}/complete`, {}, sana.as))
        )
        expect(answers.map((a) => [a.status, a.data.type])).toEqual(Array(5).fill([200, "order"]))
        expect(new Set(answers.map((a) => a.data.order.id)).size).toBe(1)
        const paid = await confirmed(racing.booking.id)
        expect(paid.order_id).toBe(answers[0].data.order.id)
        const { data: links } = await getContainer()
          .resolve("query")
          .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: racing.cartId } })
        expect(links).toHaveLength(1)
        expect((await paymentOf(paid.payment_id)).captures!.map((c: any) => Number(c.amount))).toEqual([160])
        // Completing a confirmed booking's cart again changes nothing about the booking.
        expect(await getContainer().resolve(MAKERSPACE_MODULE).retrieveBooking(once.booking.id)).toMatchObject({
          status: "confirmed",
        })
      })
    })
  },
})
