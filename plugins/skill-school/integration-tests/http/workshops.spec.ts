import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  adminToken,
  APP_DIR,
  bearer,
  customerToken,
  failure,
  seedDemo,
  waitFor,
} from "../../../../backend/integration-tests/utils"
import { SKILL_SCHOOL_MODULE } from "../../src/modules/skill-school"

jest.setTimeout(400_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("workshops", () => {
      it("never sells more seats than exist, holds them through checkout and shows the online link to attendees only", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))
        const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
        const school = container.resolve(SKILL_SCHOOL_MODULE) as any
        const day = 24 * 3600_000

        const { data: created } = await api.post(
          "/admin/courses",
          {
            handle: "block-printing-live",
            title: "Block printing, live",
            teacher_name: "Meena Kamble",
            languages: ["mr", "hi"],
            craft: "printing",
            status: "published",
            prices: [{ currency_code: "inr", amount: 900 }],
          },
          admin
        )
        const courseId = created.course.id
        const session = (over: Record<string, unknown> = {}) => ({
          starts_at: new Date(Date.now() + 7 * day).toISOString(),
          ends_at: new Date(Date.now() + 7 * day + 3 * 3600_000).toISOString(),
          mode: "online",
          online_url: "https://meet.example/block-printing",
          language: "mr",
          seat_limit: 5,
          prices: [{ currency_code: "inr", amount: 250 }],
          ...over,
        })

        // --- Bad sessions: 400 naming the field, nothing written.
        for (const [bad, field] of [
          [session({ online_url: undefined }), "online_url"],
          [session({ mode: "in_person", online_url: undefined }), "place"],
          [session({ seat_limit: 0 }), "seat_limit"],
          [session({ ends_at: new Date(Date.now() + 6 * day).toISOString() }), "ends_at"],
          [
            session({ starts_at: new Date(Date.now() - day).toISOString(), ends_at: new Date().toISOString() }),
            "starts_at",
          ],
        ] as const) {
          const res = await failure(api.post(`/admin/courses/${courseId}/sessions`, bad, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect(await school.listWorkshopSessions({ course_id: courseId })).toHaveLength(0)

        const { data: made } = await api.post(`/admin/courses/${courseId}/sessions`, session(), admin)
        const workshop = made.session
        expect(workshop).toMatchObject({
          seat_limit: 5,
          seats_left: 5,
          is_free: false,
          online_url: "https://meet.example/block-printing",
        })
        const { data: schedule } = await api.get("/store/workshops?language=mr", store)
        expect(schedule.workshops.map((w: any) => w.id)).toEqual([workshop.id])
        expect(schedule.workshops[0].online_url).toBeUndefined()
        expect(JSON.stringify(schedule)).not.toContain("meet.example")

        // --- 50 buyers race for 5 seats: exactly 5 holds, 45 clear "seats gone".
        const { data: regions } = await api.get("/store/regions", store)
        const india = regions.regions.find((r: any) => r.currency_code === "inr")
        const buyers = [] as { token: string; customer_id: string; cart_id: string }[]
        for (let i = 0; i < 50; i++) {
          const c = await customerToken(api, store, `Buyer ${i}`)
          const { data: cart } = await api.post("/store/carts", { region_id: india.id }, as(c.token))
          buyers.push({ ...c, cart_id: cart.cart.id })
        }
        const answers = await Promise.all(
          buyers.map((b) =>
            api
              .post(`/store/workshops/${workshop.id}/seats`, { cart_id: b.cart_id }, as(b.token))
              .catch((e: any) => e.response)
          )
        )
        const held = answers.filter((a) => a.status === 201)
        const refused = answers.filter((a) => a.status === 409)
        expect(held).toHaveLength(5)
        expect(refused).toHaveLength(45)
        expect(refused.every((r) => r.data.code === "seats_gone" && /just taken/.test(r.data.message))).toBe(true)
        expect((await api.get(`/store/workshops/${workshop.id}`, store)).data.workshop.seats_left).toBe(0)
        // The losers' carts are untouched; the winners' carry the seat at its Medusa price.
        const winners = buyers.filter((_, i) => answers[i].status === 201)
        const losers = buyers.filter((_, i) => answers[i].status === 409)
        expect((await api.get(`/store/carts/${losers[0].cart_id}`, as(losers[0].token))).data.cart.items).toHaveLength(
          0
        )
        const { data: winnerCart } = await api.get(`/store/carts/${winners[0].cart_id}`, as(winners[0].token))
        expect(winnerCart.cart.items).toEqual([
          expect.objectContaining({
            unit_price: 250,
            requires_shipping: false,
            metadata: expect.objectContaining({ seat_id: held[0].data.seat.id, session_id: workshop.id }),
          }),
        ])
        // One seat per person.
        const twice = await failure(
          api.post(`/store/workshops/${workshop.id}/seats`, { cart_id: winners[0].cart_id }, as(winners[0].token))
        )
        expect(twice.status).toBe(409)
        expect(twice.data.code).toBe("already_seated")
        // Bad input and strangers.
        expect(
          (await failure(api.post(`/store/workshops/${workshop.id}/seats`, { cart_id: 7 }, as(losers[0].token)))).status
        ).toBe(400)
        expect((await failure(api.post(`/store/workshops/${workshop.id}/seats`, {}, as(losers[0].token)))).status).toBe(
          400
        )
        expect(
          (await failure(api.post(`/store/workshops/${workshop.id}/seats`, { cart_id: losers[0].cart_id }, store)))
            .status
        ).toBe(401)

        // --- A seat line added by hand (no hold) cannot be bought.
        const { data: cheat } = await api.post(
          `/store/carts/${losers[1].cart_id}/line-items`,
          { variant_id: workshop.variant_id, quantity: 1 },
          as(losers[1].token)
        )
        expect(cheat.cart.items).toHaveLength(1)
        // (The checkout rule runs in completeCartWorkflow's validate hook, once a payment was started.)
        const { data: cheatPc } = await api.post(
          "/store/payment-collections",
          { cart_id: losers[1].cart_id },
          as(losers[1].token)
        )
        await api.post(
          `/store/payment-collections/${cheatPc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as(losers[1].token)
        )
        const refusedCheat = await failure(
          api.post(`/store/carts/${losers[1].cart_id}/complete`, {}, as(losers[1].token))
        )
        expect(refusedCheat.status).toBe(400)
        expect(refusedCheat.data.message).toContain("seat hold has lapsed")

        // --- Someone who lets their hold go frees the seat (and their cart line) for the next person.
        const leaving = winners[4]
        const leavingSeat = held[4].data.seat
        const other = await customerToken(api, store, "Nosy Neighbour")
        expect(
          (await failure(api.post(`/store/workshop-seats/${leavingSeat.id}/cancel`, {}, as(other.token)))).status
        ).toBe(404)
        await api.post(`/store/workshop-seats/${leavingSeat.id}/cancel`, {}, as(leaving.token))
        expect((await api.get(`/store/carts/${leaving.cart_id}`, as(leaving.token))).data.cart.items).toHaveLength(0)
        const late = losers[2]
        expect(
          (await api.post(`/store/workshops/${workshop.id}/seats`, { cart_id: late.cart_id }, as(late.token))).status
        ).toBe(201)

        // --- Checkout confirms the seat, enrols the attendee in the course and shows them (only them) the link.
        const pay = async (b: { token: string; cart_id: string }) => {
          const address = {
            first_name: "Meera",
            last_name: "Jadhav",
            address_1: "Koliwada",
            city: "Mumbai",
            postal_code: "400017",
            country_code: "in",
          }
          await api.post(`/store/carts/${b.cart_id}`, { billing_address: address }, as(b.token))
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: b.cart_id }, as(b.token))
          await api.post(
            `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
            { provider_id: "pp_system_default" },
            as(b.token)
          )
          return api.post(`/store/carts/${b.cart_id}/complete`, {}, as(b.token))
        }
        const attendee = winners[0]
        const { data: order } = await pay(attendee)
        expect(order.type).toBe("order")
        const seat = await waitFor(async () => {
          const { data } = await api.get("/store/workshop-seats", as(attendee.token))
          return data.seats[0]?.status === "confirmed" ? data.seats[0] : undefined
        }, "the seat to be confirmed")
        expect(seat.order_id).toBe(order.order.id)
        expect(seat.workshop.online_url).toBe("https://meet.example/block-printing")
        expect((await api.get(`/store/workshops/${workshop.id}`, as(attendee.token))).data.workshop.online_url).toBe(
          "https://meet.example/block-printing"
        )
        expect(
          (await api.get(`/store/workshops/${workshop.id}`, as(winners[1].token))).data.workshop.online_url
        ).toBeUndefined()
        expect((await api.get(`/store/workshops/${workshop.id}`, store)).data.workshop.online_url).toBeUndefined()
        const enrolled = await waitFor(async () => {
          const { data } = await api.get("/store/enrolments", as(attendee.token))
          return data.enrolments.length ? data.enrolments : undefined
        }, "the attendee's enrolment")
        expect(enrolled).toEqual([expect.objectContaining({ course_id: courseId, source: "workshop" })])
        // A paid seat is not given up from the storefront.
        expect(
          (await failure(api.post(`/store/workshop-seats/${seat.id}/cancel`, {}, as(attendee.token)))).status
        ).toBe(400)

        // --- A lapsed hold cannot be checked out, and the job gives the seat back.
        const lapsing = winners[1]
        const lapsingSeat = held[1].data.seat
        await school.updateWorkshopSeats({ id: lapsingSeat.id, hold_expires_at: new Date(Date.now() - 1000) })
        const lapsed = await failure(pay(lapsing))
        expect(lapsed.status).toBe(400)
        expect(lapsed.data.message).toContain("seat hold has lapsed")
        const { releaseLapsedSeatsWorkflow } = await import("@dharavi/skill-school/workflows")
        const { result: released } = await releaseLapsedSeatsWorkflow(container).run()
        expect(released).toContain(lapsingSeat.id)
        expect((await releaseLapsedSeatsWorkflow(container).run()).result).not.toContain(lapsingSeat.id)
        expect((await api.get(`/store/workshops/${workshop.id}`, store)).data.workshop.seats_left).toBe(1)

        // --- The admin sees attendees; the limit never drops below the seats taken.
        const { data: list } = await api.get(`/admin/workshops/${workshop.id}/attendees`, admin)
        expect(list.attendees.filter((a: any) => a.status === "confirmed").map((a: any) => a.customer.id)).toEqual([
          attendee.customer_id,
        ])
        expect(list.attendees).toHaveLength(4)
        const lower = await failure(api.post(`/admin/workshops/${workshop.id}`, { seat_limit: 2 }, admin))
        expect(lower.status).toBe(400)
        expect(lower.data.message).toContain("already taken")
        await api.post(`/admin/workshops/${workshop.id}`, { seat_limit: 6 }, admin)
        expect((await api.get(`/store/workshops/${workshop.id}`, store)).data.workshop.seats_left).toBe(2)
      })

      it("takes free seats at once, up to the limit, under 50 parallel requests", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))
        const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
        const { data: created } = await api.post(
          "/admin/courses",
          {
            handle: "kiln-open-day",
            title: "Kiln open day",
            teacher_name: "Kumbharwada potters",
            languages: ["hi"],
            craft: "pottery",
            status: "published",
            is_free: true,
          },
          admin
        )
        const starts = Date.now() + 3 * 24 * 3600_000
        const { data: made } = await api.post(
          `/admin/courses/${created.course.id}/sessions`,
          {
            starts_at: new Date(starts).toISOString(),
            ends_at: new Date(starts + 7200_000).toISOString(),
            mode: "in_person",
            place: "Kumbharwada kiln yard",
            seat_limit: 8,
          },
          admin
        )
        expect(made.session.is_free).toBe(true)
        const people = await Promise.all(
          Array.from({ length: 50 }, (_, i) => customerToken(api, store, `Visitor ${i}`))
        )
        const answers = await Promise.all(
          people.map((p) =>
            api.post(`/store/workshops/${made.session.id}/seats`, {}, as(p.token)).catch((e: any) => e.response)
          )
        )
        expect(answers.filter((a) => a.status === 201)).toHaveLength(8)
        expect(answers.filter((a) => a.status === 409 && a.data.code === "seats_gone")).toHaveLength(42)
        expect(answers.filter((a) => a.status === 201).every((a) => a.data.seat.status === "confirmed")).toBe(true)
        const school = container.resolve(SKILL_SCHOOL_MODULE) as any
        expect(await school.listWorkshopSeats({ session_id: made.session.id, status: "confirmed" })).toHaveLength(8)
        // A free seat can be given up, and the next person takes it.
        const first = answers.findIndex((a) => a.status === 201)
        await api.post(`/store/workshop-seats/${answers[first].data.seat.id}/cancel`, {}, as(people[first].token))
        const next = people[answers.findIndex((a) => a.status === 409)]
        expect((await api.post(`/store/workshops/${made.session.id}/seats`, {}, as(next.token))).status).toBe(201)
      })
    })
  },
})
