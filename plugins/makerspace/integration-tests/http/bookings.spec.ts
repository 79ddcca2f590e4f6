import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  APP_DIR,
  adminToken,
  bearer,
  customerToken,
  failure,
  storeFixture,
} from "../../../../backend/integration-tests/utils"
import { MakerspaceErrors } from "@dharavi/makerspace/contract"
import { MAKERSPACE_MODULE } from "../../src/modules/makerspace"
import { addDays, localDate, zonedToUtc } from "../../src/lib/zoned-time"

jest.setTimeout(240_000)

const IST = "Asia/Kolkata"
const everyDay = (open: string, close: string) =>
  Object.fromEntries(["sun", "mon", "tue", "wed", "thu", "fri", "sat"].map((d) => [d, [[open, close]]]))
/** A local time in Mumbai `days` days from today, as an ISO string with its offset. */
const ist = (days: number, hhmm: string) => {
  const date = addDays(localDate(new Date(), IST), days)
  return zonedToUtc(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), IST).toISOString()
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("makerspace bookings", () => {
      let admin: ReturnType<typeof bearer>
      let store: { headers: Record<string, string> }
      let house: any
      let benches: any[]
      let laser: any
      let qualification: any

      const asCustomer = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })

      beforeEach(async () => {
        admin = bearer(await adminToken(api, getContainer()))
        store = (await storeFixture(getContainer())).store
        house = (
          await api.post(
            "/admin/tool-houses",
            {
              handle: "kala-killa-tool-house",
              name: "Kala Killa Tool House",
              area: "Kala Killa",
              timezone: IST,
              opening_hours: everyDay("06:00", "22:00"),
            },
            admin
          )
        ).data.tool_house
        benches = []
        for (let i = 1; i <= 5; i++) {
          benches.push(
            (await api.post(`/admin/tool-houses/${house.id}/units`, { name: `Bench ${i}`, kind: "bench" }, admin)).data
              .unit
          )
        }
        qualification = (
          await api.post(
            "/admin/qualifications",
            { code: "laser-safety", name: { en: "Laser cutter safety", hi: "लेज़र कटर सुरक्षा" } },
            admin
          )
        ).data.qualification
        laser = (
          await api.post(
            `/admin/tool-houses/${house.id}/units`,
            {
              name: "Laser cutter",
              kind: "machine",
              required_qualification_id: qualification.id,
              buffer_after_minutes: 30,
              daily_cap_minutes: 180,
            },
            admin
          )
        ).data.unit
      })

      it("rejects bad tool-house and unit input with clear 400s and writes nothing", async () => {
        const badClock = await failure(
          api.post(
            "/admin/tool-houses",
            { handle: "x-house", name: "X", opening_hours: { mon: [["9:00", "25:00"]] } },
            admin
          )
        )
        expect(badClock.status).toBe(400)
        expect(badClock.data.message).toMatch(/HH:MM/)
        const badZone = await failure(
          api.post(
            "/admin/tool-houses",
            { handle: "y-house", name: "Y", timezone: "Mars/Olympus", opening_hours: {} },
            admin
          )
        )
        expect(badZone.data.message).toMatch(/IANA/)
        const badUnit = await failure(
          api.post(
            `/admin/tool-houses/${house.id}/units`,
            { name: "Kiln", kind: "machine", min_minutes: 120, max_minutes: 60 },
            admin
          )
        )
        expect(badUnit.status).toBe(400)
        const badKind = await failure(
          api.post(`/admin/tool-houses/${house.id}/units`, { name: "Kiln", kind: "oven" }, admin)
        )
        expect(badKind.status).toBe(400)
        const { data } = await api.get("/admin/tool-houses", admin)
        expect(data.tool_houses.map((h: any) => h.handle)).toEqual(["kala-killa-tool-house"])
        expect(data.tool_houses[0].units).toHaveLength(6)
        expect((await failure(api.get("/admin/tool-houses"))).status).toBe(401)
      })

      it("offers free slots in the tool-house's timezone, excluding bookings, buffers and outages", async () => {
        const c = await customerToken(api, store)
        await api.post(
          "/store/bookings",
          { unit_id: benches[0].id, starts_at: ist(1, "10:00"), ends_at: ist(1, "12:00") },
          asCustomer(c.token)
        )
        await api.post(
          `/admin/tool-houses/${house.id}/outages`,
          { unit_id: benches[1].id, starts_at: ist(1, "06:00"), ends_at: ist(1, "14:00"), reason: "motor repair" },
          admin
        )
        const date = addDays(localDate(new Date(), IST), 1)
        const { data } = await api.get(
          `/store/tool-houses/${house.handle}/availability?from=${date}&days=1&kind=bench&duration=60`,
          store
        )
        expect(data.timezone).toBe(IST)
        const slots = (unitId: string) =>
          data.units.find((u: any) => u.unit_id === unitId).slots.map((s: any) => s.starts_at)
        expect(slots(benches[2].id)[0]).toBe(ist(1, "06:00"))
        expect(slots(benches[2].id)).toHaveLength(31) // 06:00 .. 21:00 every 30 minutes
        expect(slots(benches[0].id)).not.toContain(ist(1, "11:00"))
        expect(slots(benches[0].id)).toContain(ist(1, "12:00"))
        expect(slots(benches[1].id)[0]).toBe(ist(1, "14:00"))
        const at10 = data.any.find((s: any) => s.starts_at === ist(1, "10:00"))
        expect(at10.free_units).toBe(3)
        const bad = await failure(api.get(`/store/tool-houses/${house.id}/availability?from=tomorrow`, store))
        expect(bad.status).toBe(400)
      })

      it("lets exactly one of 50 parallel overlapping requests hold a unit; the rest get a clear 409", async () => {
        const customers = await Promise.all(Array.from({ length: 5 }, () => customerToken(api, store)))
        const starts = ["10:00", "10:30", "11:00", "11:30"]
        const responses = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            api
              .post(
                "/store/bookings",
                {
                  unit_id: benches[0].id,
                  starts_at: ist(2, starts[i % 4]),
                  ends_at: ist(2, `${String(12 + (i % 4 > 1 ? 1 : 0)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`),
                },
                asCustomer(customers[i % 5].token)
              )
              .then((r: any) => ({ status: r.status, data: r.data }))
              .catch((e: any) => ({ status: e.response?.status, data: e.response?.data }))
          )
        )
        const won = responses.filter((r) => r.status === 201)
        const lost = responses.filter((r) => r.status === 409)
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(49)
        expect(lost[0].data).toEqual({
          type: "conflict",
          code: MakerspaceErrors.SLOT_TAKEN,
          message: expect.stringMatching(/just booked by someone else/),
          details: { starts_at: expect.any(String), ends_at: expect.any(String) },
        })
        const live = await getContainer()
          .resolve(MAKERSPACE_MODULE)
          .listBookings({ unit_id: benches[0].id, status: ["held", "confirmed"] })
        expect(live).toHaveLength(1)
      })

      it("gives 'any bench' to exactly as many of 50 parallel requests as there are benches", async () => {
        const customers = await Promise.all(Array.from({ length: 5 }, () => customerToken(api, store)))
        const responses = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            api
              .post(
                "/store/bookings",
                { tool_house_id: house.id, kind: "bench", starts_at: ist(3, "14:00"), ends_at: ist(3, "16:00") },
                asCustomer(customers[i % 5].token)
              )
              .then((r: any) => r)
              .catch((e: any) => e.response)
          )
        )
        const won = responses.filter((r: any) => r.status === 201)
        expect(won).toHaveLength(benches.length)
        expect(responses.filter((r: any) => r.status === 409)).toHaveLength(50 - benches.length)
        expect(new Set(won.map((r: any) => r.data.booking.unit_id)).size).toBe(benches.length)
      })

      it("applies the unit's rules: notice, opening hours, qualification, buffers and the daily cap", async () => {
        const c = await customerToken(api, store)
        const as = asCustomer(c.token)
        const soon = new Date(Date.now() + 10 * 60_000)
        soon.setUTCMinutes(soon.getUTCMinutes() < 30 ? 30 : 60, 0, 0)
        const tooSoon = await failure(
          api.post(
            "/store/bookings",
            {
              unit_id: benches[0].id,
              starts_at: soon.toISOString(),
              ends_at: new Date(soon.getTime() + 3600_000).toISOString(),
            },
            as
          )
        )
        expect(tooSoon.status).toBe(400)
        expect(tooSoon.data.message).toMatch(/ahead/)
        expect(tooSoon.data).toMatchObject({
          code: MakerspaceErrors.BOOKING_NOT_BOOKABLE,
          details: { reason: "too_soon", unit_id: benches[0].id },
        })
        const closed = await failure(
          api.post(
            "/store/bookings",
            { unit_id: benches[0].id, starts_at: ist(1, "21:30"), ends_at: ist(1, "22:30") },
            as
          )
        )
        expect(closed.data.message).toMatch(/closed/)
        expect(closed.data.details).toEqual({ reason: "closed", unit_id: benches[0].id })
        const both = await failure(
          api.post(
            "/store/bookings",
            { unit_id: benches[0].id, tool_house_id: house.id, starts_at: ist(1, "10:00"), ends_at: ist(1, "11:00") },
            as
          )
        )
        expect(both.status).toBe(400)

        const unqualified = await failure(
          api.post("/store/bookings", { unit_id: laser.id, starts_at: ist(1, "10:00"), ends_at: ist(1, "11:00") }, as)
        )
        expect(unqualified.status).toBe(403)
        expect(unqualified.data.message).toMatch(/qualification/)
        expect(unqualified.data).toMatchObject({
          code: MakerspaceErrors.QUALIFICATION_REQUIRED,
          details: { unit_id: laser.id, qualification_id: qualification.id },
        })
        await api.post(`/admin/qualifications/${qualification.id}/holders`, { customer_id: c.customer_id }, admin)
        expect(
          (
            await api.post(
              "/store/bookings",
              { unit_id: laser.id, starts_at: ist(1, "10:00"), ends_at: ist(1, "11:00") },
              as
            )
          ).status
        ).toBe(201)

        // The laser's 30-minute cooling buffer blocks 11:00-11:30 for everyone.
        const other = await customerToken(api, store)
        await api.post(`/admin/qualifications/${qualification.id}/holders`, { customer_id: other.customer_id }, admin)
        const inBuffer = await failure(
          api.post(
            "/store/bookings",
            { unit_id: laser.id, starts_at: ist(1, "11:00"), ends_at: ist(1, "12:00") },
            asCustomer(other.token)
          )
        )
        expect(inBuffer.status).toBe(409)
        expect(inBuffer.data.code).toBe(MakerspaceErrors.SLOT_TAKEN)
        expect(
          (
            await api.post(
              "/store/bookings",
              { unit_id: laser.id, starts_at: ist(1, "11:30"), ends_at: ist(1, "12:30") },
              asCustomer(other.token)
            )
          ).status
        ).toBe(201)

        // Daily cap of 180 minutes: 60 booked, 120 more fits, then nothing.
        expect(
          (
            await api.post(
              "/store/bookings",
              { unit_id: laser.id, starts_at: ist(1, "14:00"), ends_at: ist(1, "16:00") },
              as
            )
          ).status
        ).toBe(201)
        const capped = await failure(
          api.post("/store/bookings", { unit_id: laser.id, starts_at: ist(1, "18:00"), ends_at: ist(1, "19:00") }, as)
        )
        expect(capped.status).toBe(400)
        expect(capped.data.message).toMatch(/at most 180 minutes a day/)
      })

      it("lets a lapsed hold go, by itself and by the scheduled job", async () => {
        const a = await customerToken(api, store)
        const b = await customerToken(api, store)
        const slot = { unit_id: benches[0].id, starts_at: ist(4, "09:00"), ends_at: ist(4, "10:00") }
        const { data: held } = await api.post("/store/bookings", slot, asCustomer(a.token))
        expect(held.booking.status).toBe("held")
        expect(new Date(held.booking.hold_expires_at).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000)
        expect((await failure(api.post("/store/bookings", slot, asCustomer(b.token)))).status).toBe(409)

        const service = getContainer().resolve(MAKERSPACE_MODULE)
        await service.updateBookings({ id: held.booking.id, hold_expires_at: new Date(Date.now() - 1000) })
        const { data: taken } = await api.post("/store/bookings", slot, asCustomer(b.token))
        expect(taken.booking.customer_id).toBe(b.customer_id)
        expect((await service.retrieveBooking(held.booking.id)).status).toBe("expired")

        const other = await api.post("/store/bookings", { ...slot, unit_id: benches[1].id }, asCustomer(a.token))
        await service.updateBookings({ id: other.data.booking.id, hold_expires_at: new Date(Date.now() - 1000) })
        const release = (await import("../../src/jobs/release-bookings")).default
        await release(getContainer())
        expect((await service.retrieveBooking(other.data.booking.id)).status).toBe("expired")

        // No-shows: a confirmed booking whose start passed the grace period (30 min) is released by the
        // same job; one still inside the grace period, and one checked in, are left alone.
        const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000)
        const pastBooking = async (unit: any, startedMinutesAgo: number, status: "confirmed" | "checked_in") => {
          const { data } = await api.post(
            "/store/bookings",
            { unit_id: unit.id, starts_at: ist(5, "10:00"), ends_at: ist(5, "11:00") },
            asCustomer(a.token)
          )
          const from = ago(startedMinutesAgo)
          const to = new Date(from.getTime() + 60 * 60_000)
          await service.updateBookings({
            id: data.booking.id,
            status,
            hold_expires_at: null,
            starts_at: from,
            ends_at: to,
            blocked_from: from,
            blocked_until: to,
          })
          return data.booking.id as string
        }
        const noShow = await pastBooking(benches[2], 45, "confirmed")
        const stillComing = await pastBooking(benches[3], 10, "confirmed")
        const arrived = await pastBooking(benches[4], 45, "checked_in")
        await release(getContainer())
        expect((await service.retrieveBooking(noShow)).status).toBe("no_show")
        expect((await service.retrieveBooking(stillComing)).status).toBe("confirmed")
        expect((await service.retrieveBooking(arrived)).status).toBe("checked_in")
      })

      it("cancels under the policy: free a day ahead, half refunded later; only the customer's own", async () => {
        const c = await customerToken(api, store)
        const stranger = await customerToken(api, store)
        const service = getContainer().resolve(MAKERSPACE_MODULE)
        const book = async (unit: any, day: number, from: string, to: string) =>
          (
            await api.post(
              "/store/bookings",
              { unit_id: unit.id, starts_at: ist(day, from), ends_at: ist(day, to) },
              asCustomer(c.token)
            )
          ).data.booking
        const early = await book(benches[0], 3, "10:00", "12:00")
        const late = await book(benches[1], 1, "20:00", "21:00")
        // As if paid: the late one moved to start in two hours (times and blocked range together, or the check constraint refuses).
        const inTwoHours = {
          starts_at: new Date(Date.now() + 2 * 3600_000),
          ends_at: new Date(Date.now() + 3 * 3600_000),
        }
        await service.updateBookings([
          { id: early.id, status: "confirmed", amount: 400, currency_code: "inr" },
          {
            id: late.id,
            status: "confirmed",
            amount: 200,
            currency_code: "inr",
            ...inTwoHours,
            blocked_from: inTwoHours.starts_at,
            blocked_until: inTwoHours.ends_at,
          },
        ])
        expect(
          (await failure(api.post(`/store/bookings/${early.id}/cancel`, {}, asCustomer(stranger.token)))).status
        ).toBe(404)
        const { data: free } = await api.post(`/store/bookings/${early.id}/cancel`, {}, asCustomer(c.token))
        expect(free).toMatchObject({ refund_amount: 400, booking: expect.objectContaining({ status: "cancelled" }) })
        const { data: fee } = await api.post(`/store/bookings/${late.id}/cancel`, {}, asCustomer(c.token))
        expect(fee.refund_amount).toBe(100)
        expect((await failure(api.post(`/store/bookings/${late.id}/cancel`, {}, asCustomer(c.token)))).status).toBe(409) // booking_not_cancellable
        // The cancelled slot is free again.
        expect(
          (
            await api.post(
              "/store/bookings",
              { unit_id: benches[0].id, starts_at: ist(3, "10:00"), ends_at: ist(3, "12:00") },
              asCustomer(stranger.token)
            )
          ).status
        ).toBe(201)
        const mine = await api.get("/store/bookings", asCustomer(c.token))
        expect(mine.data.bookings.map((b: any) => b.id).sort()).toEqual([early.id, late.id].sort())
        expect((await failure(api.get("/store/bookings", store))).status).toBe(401)
      })

      it("checks a confirmed booking in by its QR code", async () => {
        const c = await customerToken(api, store)
        const service = getContainer().resolve(MAKERSPACE_MODULE)
        const { data } = await api.post(
          "/store/bookings",
          { unit_id: benches[2].id, starts_at: ist(1, "09:00"), ends_at: ist(1, "10:00") },
          asCustomer(c.token)
        )
        const code = data.booking.check_in_code
        expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/)
        expect((await failure(api.post("/admin/bookings/check-in", { code }, admin))).status).toBe(400) // still a hold
        const soon = { starts_at: new Date(Date.now() + 10 * 60_000), ends_at: new Date(Date.now() + 70 * 60_000) }
        await service.updateBookings({
          id: data.booking.id,
          status: "confirmed",
          ...soon,
          blocked_from: soon.starts_at,
          blocked_until: soon.ends_at,
        })
        const { data: checked } = await api.post("/admin/bookings/check-in", { code }, admin)
        expect(checked.booking.status).toBe("checked_in")
        expect((await failure(api.post("/admin/bookings/check-in", { code: "not-a-code" }, admin))).status).toBe(400)
        expect((await failure(api.post("/admin/bookings/check-in", { code: "ABCDEFGHJK" }, admin))).status).toBe(404)
      })
    })
  },
})
