import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  adminToken,
  APP_DIR,
  bearer,
  customerToken,
  seedDemo,
  waitFor,
} from "../../../../backend/integration-tests/utils"
import { SKILL_SCHOOL_MODULE } from "../../src/modules/skill-school"

jest.setTimeout(600_000)

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
const day = 24 * 3600_000

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("skill school: parallel changes of one enrolment, seat or session end in one consistent state", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
      const school = () => getContainer().resolve(SKILL_SCHOOL_MODULE) as any

      beforeEach(async () => {
        store = await seedDemo(getContainer())
        admin = bearer(await adminToken(api, getContainer()))
      })

      it("enrol and complete: 8 parallel joins make one enrolment (201 once, 200 after: idempotent); 8 taps on the last lesson issue one certificate and one qualification", async () => {
        const { data: qual } = await api.post(
          "/admin/qualifications",
          { code: "race-safety", name: { en: "Race safety" } },
          admin
        )
        const { data: created } = await api.post(
          "/admin/courses",
          {
            handle: "race-course",
            title: "Racing safely",
            teacher_name: "Team",
            languages: ["hi"],
            craft: "machines",
            status: "published",
            is_free: true,
            grants_qualification_id: qual.qualification.id,
          },
          admin
        )
        const courseId = created.course.id
        const lessons = []
        for (const title of ["One", "Two", "Three"])
          lessons.push(
            (await api.post(`/admin/courses/${courseId}/lessons`, { title, body: "…" }, admin)).data.lesson.id
          )
        const learner = await customerToken(api, store, "Rafiq Racer")

        const joins = await together(
          times(8, () => () => api.post(`/store/courses/${courseId}/enrol`, {}, as(learner.token)))
        )
        expect(joins.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
        expect(new Set(joins.map((a) => a.data.enrolment.id)).size).toBe(1)
        expect(await school().listEnrolments({ course_id: courseId, customer_id: learner.customer_id })).toHaveLength(1)

        const path = (lesson: string) => `/store/courses/${courseId}/lessons/${lesson}/complete`
        await api.post(path(lessons[0]), {}, as(learner.token))
        // The two lessons left, four taps each, at once: whichever lands last completes the course, once.
        const taps = await together([
          ...times(4, () => () => api.post(path(lessons[1]), {}, as(learner.token))),
          ...times(4, () => () => api.post(path(lessons[2]), {}, as(learner.token))),
        ])
        expect(taps.map((a) => a.status)).toEqual(times(8, () => 200))
        const codes = taps.map((a) => a.data.progress.certificate_code).filter(Boolean)
        expect(codes).toHaveLength(1)
        const [enrolment] = await school().listEnrolments({ course_id: courseId, customer_id: learner.customer_id })
        expect(enrolment.completed_at).toBeTruthy()
        const certificates = await school().listCertificates({ enrolment_id: enrolment.id })
        expect(certificates.map((c: any) => c.code)).toEqual(codes)
        expect(await school().listLessonProgresses({ enrolment_id: enrolment.id })).toHaveLength(3)
        const makerspace = getContainer().resolve("makerspace") as any
        // Granted by the makerspace's subscriber to the one enrolment.qualification_earned event.
        const granted = () =>
          makerspace.listCustomerQualifications({
            customer_id: learner.customer_id,
            qualification_id: qual.qualification.id,
          })
        await waitFor(
          async () => ((await granted()).length ? true : undefined),
          "the qualification earned by completing the course"
        )
        expect(await granted()).toHaveLength(1)
        // Tapping again later changes nothing.
        const again = await together(times(4, () => () => api.post(path(lessons[2]), {}, as(learner.token))))
        expect(again.map((a) => [a.status, a.data.progress.completed, a.data.progress.certificate_code])).toEqual(
          times(4, () => [200, true, null])
        )
        expect(await school().listCertificates({ enrolment_id: enrolment.id })).toHaveLength(1)
      })

      it("seats and sessions: 8 parallel cancels of a held seat cancel it once and take its line out of the cart; a free seat the same; the admin's limit never goes under the seats held at the same moment", async () => {
        const { data: created } = await api.post(
          "/admin/courses",
          {
            handle: "race-workshop",
            title: "Race workshop",
            teacher_name: "Meena",
            languages: ["mr"],
            craft: "printing",
            status: "published",
            prices: [{ currency_code: "inr", amount: 900 }],
          },
          admin
        )
        const courseId = created.course.id
        const session = (over: Record<string, unknown>) => ({
          starts_at: new Date(Date.now() + 7 * day).toISOString(),
          ends_at: new Date(Date.now() + 7 * day + 3 * 3600_000).toISOString(),
          mode: "in_person",
          place: "Kumbharwada",
          language: "mr",
          seat_limit: 5,
          ...over,
        })
        const india = (await api.get("/store/regions", store)).data.regions.find((r: any) => r.currency_code === "inr")
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const cartLines = async (cartId: string) =>
          (
            (await query.graph({ entity: "cart", fields: ["items.id"], filters: { id: cartId } })).data[0] as any
          ).items.filter(Boolean)

        // A paid seat held in a cart.
        const paid = (
          await api.post(
            `/admin/courses/${courseId}/sessions`,
            session({ prices: [{ currency_code: "inr", amount: 250 }] }),
            admin
          )
        ).data.session
        const buyer = await customerToken(api, store, "Held Buyer")
        const { data: cart } = await api.post("/store/carts", { region_id: india.id }, as(buyer.token))
        const { data: hold } = await api.post(
          `/store/workshops/${paid.id}/seats`,
          { cart_id: cart.cart.id },
          as(buyer.token)
        )
        expect(await cartLines(cart.cart.id)).toHaveLength(1)
        const cancels = await together(
          times(8, () => () => api.post(`/store/workshop-seats/${hold.seat.id}/cancel`, {}, as(buyer.token)))
        )
        expect(cancels.filter((a) => a.status === 200)).toHaveLength(1)
        // The losers: 409 seat_moved (read the seat before the winner changed it), or the plain answer
        // for a seat already cancelled (400 seat_not_cancellable).
        for (const a of cancels.filter((x) => x.status !== 200))
          expect([
            [409, "seat_moved"],
            [400, "seat_not_cancellable"],
          ]).toContainEqual([a.status, a.data?.code])
        expect((await school().retrieveWorkshopSeat(hold.seat.id)).status).toBe("cancelled")
        expect(await cartLines(cart.cart.id)).toHaveLength(0)

        // A free seat: cancelled once, and the seat is free again.
        const free = (await api.post(`/admin/courses/${courseId}/sessions`, session({ seat_limit: 1 }), admin)).data
          .session
        const visitor = await customerToken(api, store, "Free Visitor")
        const { data: seat } = await api.post(`/store/workshops/${free.id}/seats`, {}, as(visitor.token))
        const frees = await together(
          times(8, () => () => api.post(`/store/workshop-seats/${seat.seat.id}/cancel`, {}, as(visitor.token)))
        )
        expect(frees.filter((a) => a.status === 200)).toHaveLength(1)
        for (const a of frees.filter((x) => x.status !== 200))
          expect([
            [409, "seat_moved"],
            [400, "seat_not_cancellable"],
          ]).toContainEqual([a.status, a.data?.code])
        expect((await school().takenSeats([free.id]))[free.id] ?? 0).toBe(0)

        // The admin lowers the limit to 2 while four people take seats: never more seats than the limit.
        const tight = (await api.post(`/admin/courses/${courseId}/sessions`, session({ seat_limit: 6 }), admin)).data
          .session
        const people = await Promise.all(times(4, () => null).map((_, i) => customerToken(api, store, `Tight ${i}`)))
        const answers = await together([
          () => api.post(`/admin/workshops/${tight.id}`, { seat_limit: 2 }, admin),
          ...people.map((p) => () => api.post(`/store/workshops/${tight.id}/seats`, {}, as(p.token))),
        ])
        expect(answers.every((a) => a.status < 500)).toBe(true)
        if (answers[0].status !== 200)
          expect([answers[0].status, answers[0].data?.code]).toEqual([400, "seat_limit_below_taken"])
        const stored = await school().retrieveWorkshopSession(tight.id)
        const taken = (await school().takenSeats([tight.id]))[tight.id] ?? 0
        expect(taken).toBeLessThanOrEqual(stored.seat_limit)
        expect(taken).toBe(answers.slice(1).filter((a) => a.status === 201).length)

        // Six admins cancel the session at once: cancelled (idempotent: each answers 200 with the
        // same state), and no seat can be taken afterwards.
        const cancelled = await together(
          times(6, () => () => api.post(`/admin/workshops/${tight.id}`, { status: "cancelled" }, admin))
        )
        expect(cancelled.map((a) => [a.status, a.data.session.status])).toEqual(times(6, () => [200, "cancelled"]))
        const late = await customerToken(api, store, "Too Late")
        const refused = await together([() => api.post(`/store/workshops/${tight.id}/seats`, {}, as(late.token))])
        expect(refused[0].status).toBe(400)
      })
    })
  },
})
