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
import { SKILL_COURSES } from "../../../../backend/src/scripts/seed/skill-school"
import { SkillSchoolEvents } from "@dharavi/skill-school/contract"
import { SKILL_SCHOOL_MODULE } from "../../src/modules/skill-school"

jest.setTimeout(300_000)

const PDF = Buffer.from("%PDF-1.4\n% a tiny lesson sheet\n%%EOF\n")

/** Handles of the courses in a response, leaving out the demo seed's own courses. */
const notSeeded = (courses: { handle: string }[]) =>
  courses.map((c) => c.handle).filter((h) => !SKILL_COURSES.some((s) => s.handle === h))

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("courses", () => {
      it("sells courses as products, serves lessons only to learners, tracks progress and issues a verifiable certificate", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))
        const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
        const school = container.resolve(SKILL_SCHOOL_MODULE) as any

        // --- Bad input: a clear 400 naming the field, and nothing written.
        const course = (over: Record<string, unknown> = {}) => ({
          handle: "leather-cutting-basics",
          title: "Leather cutting for beginners",
          title_i18n: { hi: "शुरुआती लोगों के लिए चमड़ा कटिंग" },
          summary: "Read a hide, cut panels with little waste",
          teacher_name: "Ismail Shaikh",
          languages: ["hi", "en"],
          level: "beginner",
          craft: "leather",
          status: "published",
          prices: [
            { currency_code: "inr", amount: 500 },
            { currency_code: "usd", amount: 8 },
          ],
          ...over,
        })
        const before = (await school.listCourses({})).length
        for (const [bad, field] of [
          [course({ prices: [] }), "prices"],
          [course({ prices: [{ currency_code: "usd", amount: 8 }] }), "prices"],
          [course({ handle: "Bad Handle" }), "handle"],
          [course({ languages: [] }), "languages"],
          [course({ teacher_type: "seller" }), "teacher_seller_id"],
          [course({ is_free: true }), "prices"],
          [course({ level: "expert" }), "level"],
          [course({ surprise: 1 }), "surprise"],
        ] as const) {
          const res = await failure(api.post("/admin/courses", bad, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
        }
        expect((await school.listCourses({})).length).toBe(before)

        // --- A paid course is a Medusa product priced in INR and USD, with lessons and a private sheet.
        const { data: created } = await api.post("/admin/courses", course(), admin)
        const paid = created.course
        expect(paid.product_id).toBeTruthy()
        const { data: product } = await api.get(
          `/admin/products/${paid.product_id}?fields=*variants,*variants.prices`,
          admin
        )
        expect(product.product.variants).toHaveLength(1)
        expect(product.product.variants[0].manage_inventory).toBe(false)
        expect(product.product.variants[0].prices.map((p: any) => [p.currency_code, p.amount]).sort()).toEqual([
          ["inr", 500],
          ["usd", 8],
        ])
        expect((await failure(api.post("/admin/courses", course(), admin))).data.message).toContain("taken")

        const { data: l1 } = await api.post(
          `/admin/courses/${paid.id}/lessons`,
          { title: "Reading a hide", kind: "text", body: "Feel the grain…", is_preview: true },
          admin
        )
        const { data: l2 } = await api.post(
          `/admin/courses/${paid.id}/lessons`,
          { title: "Cutting panels", kind: "video", video_url: "https://video.example/cutting" },
          admin
        )
        expect(l2.lesson.position).toBe(1)
        const badLesson = await failure(
          api.post(`/admin/courses/${paid.id}/lessons`, { title: "No video", kind: "video" }, admin)
        )
        expect(badLesson.status).toBe(400)
        expect(badLesson.data.message).toContain("video_url")
        const badFile = await failure(
          api.post(
            `/admin/courses/${paid.id}/lessons/${l2.lesson.id}/files`,
            { filename: "x.exe", mime_type: "application/x-msdownload", content_base64: "AAAA" },
            admin
          )
        )
        expect(badFile.status).toBe(400)
        const { data: withFile } = await api.post(
          `/admin/courses/${paid.id}/lessons/${l2.lesson.id}/files`,
          { filename: "panel-layout.pdf", mime_type: "application/pdf", content_base64: PDF.toString("base64") },
          admin
        )
        expect(withFile.lesson.files).toEqual([
          {
            index: 0,
            name: "panel-layout.pdf",
            mime_type: "application/pdf",
            size: PDF.length,
            download_path: `/store/courses/${paid.id}/lessons/${l2.lesson.id}/files/0`,
          },
        ])
        // Reordering takes every lesson once.
        expect(
          (await failure(api.post(`/admin/courses/${paid.id}/lesson-order`, { ids: [l2.lesson.id] }, admin))).status
        ).toBe(400)
        await api.post(`/admin/courses/${paid.id}/lesson-order`, { ids: [l1.lesson.id, l2.lesson.id] }, admin)

        const { data: second } = await api.post(
          "/admin/courses",
          course({
            handle: "zari-borders",
            title: "Zari borders",
            craft: "embroidery",
            level: "intermediate",
            languages: ["hi"],
            prices: [{ currency_code: "inr", amount: 300 }],
          }),
          admin
        )
        await api.post(
          `/admin/courses/${second.course.id}/lessons`,
          { title: "Frame and needle", kind: "text", body: "…" },
          admin
        )
        await api.post(
          "/admin/courses",
          course({ handle: "draft-course", status: "draft", prices: [{ currency_code: "inr", amount: 100 }] }),
          admin
        )

        // --- Catalogue filters; drafts stay out.
        const titles = async (q: string) => notSeeded((await api.get(`/store/courses${q}`, store)).data.courses).sort()
        expect(await titles("")).toEqual(["leather-cutting-basics", "zari-borders"])
        expect(await titles("?craft=embroidery")).toEqual(["zari-borders"])
        expect(await titles("?language=en")).toEqual(["leather-cutting-basics"])
        expect(await titles("?level=beginner")).toEqual(["leather-cutting-basics"])
        expect(await titles("?free=true")).toEqual([])
        expect(await titles("?q=zari")).toEqual(["zari-borders"])
        expect((await failure(api.get("/store/courses?level=guru", store))).status).toBe(400)
        expect((await failure(api.get("/store/courses/draft-course", store))).status).toBe(404)

        // --- The course page lists lessons without their content; no file key leaves the server anywhere.
        const { data: page } = await api.get(`/store/courses/leather-cutting-basics`, store)
        expect(page.course.lessons.map((l: any) => [l.title, l.is_preview, l.file_count])).toEqual([
          ["Reading a hide", true, 0],
          ["Cutting panels", false, 1],
        ])
        expect(page.course.variant_id).toBe(product.product.variants[0].id)
        expect(JSON.stringify(page)).not.toMatch(/video\.example|private-|Feel the grain/)
        expect(page.enrolment).toBeNull()

        // --- Lessons: the preview for anyone; the rest 401 to visitors and 403 to customers who have not joined.
        const lessonPath = (l: any) => `/store/courses/${paid.id}/lessons/${l.lesson.id}`
        expect((await api.get(lessonPath(l1), store)).data.lesson.body).toBe("Feel the grain…")
        expect((await failure(api.get(lessonPath(l2), store))).status).toBe(401)
        expect((await failure(api.get(`${lessonPath(l2)}/files/0`, store))).status).toBe(401)
        const learner = await customerToken(api, store, "Sunita Pawar")
        const outsider = await customerToken(api, store, "Raju Outsider")
        expect((await failure(api.get(lessonPath(l2), as(outsider.token)))).status).toBe(403)
        expect((await failure(api.get(`${lessonPath(l2)}/files/0`, as(outsider.token)))).status).toBe(403)
        expect((await failure(api.post(`${lessonPath(l1)}/complete`, {}, as(outsider.token)))).status).toBe(400)
        // Paid courses are bought, not joined.
        expect((await failure(api.post(`/store/courses/${paid.id}/enrol`, {}, as(learner.token)))).status).toBe(400)

        // --- Buying two courses in one order enrols the buyer in both.
        const { data: regions } = await api.get("/store/regions", store)
        const india = regions.regions.find((r: any) => r.currency_code === "inr")
        const { data: cart } = await api.post("/store/carts", { region_id: india.id }, as(learner.token))
        const { data: secondPage } = await api.get(`/store/courses/zari-borders`, store)
        for (const variant_id of [page.course.variant_id, secondPage.course.variant_id]) {
          await api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id, quantity: 1 }, as(learner.token))
        }
        const { data: filled } = await api.get(`/store/carts/${cart.cart.id}`, as(learner.token))
        expect(filled.cart.items.every((i: any) => i.requires_shipping === false)).toBe(true)
        expect(filled.cart.total).toBe(800)
        const address = {
          first_name: "Sunita",
          last_name: "Pawar",
          address_1: "Kumbharwada",
          city: "Mumbai",
          postal_code: "400017",
          country_code: "in",
        }
        await api.post(`/store/carts/${cart.cart.id}`, { billing_address: address }, as(learner.token))
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cart.cart.id }, as(learner.token))
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as(learner.token)
        )
        const { data: done } = await api.post(`/store/carts/${cart.cart.id}/complete`, {}, as(learner.token))
        expect(done.type).toBe("order")
        const mine = await waitFor(async () => {
          const { data } = await api.get("/store/enrolments", as(learner.token))
          return data.enrolments.length === 2 ? data.enrolments : undefined
        }, "the enrolments of the order")
        expect(
          mine.map((e: any) => [e.course.handle, e.source, e.order_id, e.lessons_done, e.lessons_total]).sort()
        ).toEqual([
          ["leather-cutting-basics", "order", done.order.id, 0, 2],
          ["zari-borders", "order", done.order.id, 0, 1],
        ])
        // The same order placed again (a redelivered event) changes nothing.
        const { enrolFromOrderWorkflow } = await import("@dharavi/skill-school/workflows")
        await enrolFromOrderWorkflow(container).run({ input: { order_id: done.order.id } })
        expect((await school.listEnrolments({ customer_id: learner.customer_id })).length).toBe(2)

        // A second purchase of a course already owned is refused at checkout (the checkout rule runs
        // in completeCartWorkflow's validate hook, after Medusa checks a payment was started and
        // before anything is authorised).
        const { data: again } = await api.post("/store/carts", { region_id: india.id }, as(learner.token))
        await api.post(
          `/store/carts/${again.cart.id}/line-items`,
          { variant_id: page.course.variant_id, quantity: 1 },
          as(learner.token)
        )
        const { data: againPc } = await api.post(
          "/store/payment-collections",
          { cart_id: again.cart.id },
          as(learner.token)
        )
        await api.post(
          `/store/payment-collections/${againPc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          as(learner.token)
        )
        const owned = await failure(api.post(`/store/carts/${again.cart.id}/complete`, {}, as(learner.token)))
        expect(owned.status).toBe(400)
        expect(owned.data.message).toContain("already have the course")

        // --- Now the lesson, its video and its file are the learner's (and still not the outsider's).
        const { data: lesson } = await api.get(lessonPath(l2), as(learner.token))
        expect(lesson.lesson.video_url).toBe("https://video.example/cutting")
        const file = await api.get(`${lessonPath(l2)}/files/0`, {
          ...as(learner.token),
          responseType: "arraybuffer",
        } as any)
        expect(file.headers["content-type"]).toContain("application/pdf")
        expect(file.headers["cache-control"]).toContain("no-store")
        expect(Buffer.from(file.data)).toEqual(PDF)
        expect((await failure(api.get(`${lessonPath(l2)}/files/0`, as(outsider.token)))).status).toBe(403)
        expect((await failure(api.get(`${lessonPath(l2)}/files/7`, as(learner.token)))).status).toBe(404)

        // --- Progress; the last lesson completes the course once, however often it is tapped.
        const { data: p1 } = await api.post(`${lessonPath(l1)}/complete`, {}, as(learner.token))
        expect(p1.progress).toMatchObject({
          lessons_done: 1,
          lessons_total: 2,
          completed: false,
          certificate_code: null,
        })
        const taps = await Promise.all(
          [1, 2, 3].map(() => api.post(`${lessonPath(l2)}/complete`, {}, as(learner.token)))
        )
        const codes = taps.map((t) => t.data.progress.certificate_code).filter(Boolean)
        expect(codes).toHaveLength(1)
        expect(taps.every((t) => t.data.progress.completed)).toBe(true)
        expect(await school.listCertificates({ customer_id: learner.customer_id })).toHaveLength(1)
        const { data: course1 } = await api.get(`/store/courses/leather-cutting-basics`, as(learner.token))
        expect(course1.enrolment).toMatchObject({ lessons_done: 2, lessons_total: 2, certificate_code: codes[0] })
        expect(course1.enrolment.lessons_completed.sort()).toEqual([l1.lesson.id, l2.lesson.id].sort())

        // --- The certificate: a PDF for its holder only, checkable by anyone by its code (as typed).
        const enrolment = mine.find((e: any) => e.course.handle === "leather-cutting-basics")
        const pdf = await api.get(`/store/enrolments/${enrolment.id}/certificate`, {
          ...as(learner.token),
          responseType: "arraybuffer",
        } as any)
        expect(pdf.headers["content-type"]).toBe("application/pdf")
        expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
        expect(
          (await failure(api.get(`/store/enrolments/${enrolment.id}/certificate`, as(outsider.token)))).status
        ).toBe(404)
        const zari = mine.find((e: any) => e.course.handle === "zari-borders")
        expect((await failure(api.get(`/store/enrolments/${zari.id}/certificate`, as(learner.token)))).status).toBe(400)
        const { data: verified } = await api.get(
          `/store/certificates/${codes[0].toLowerCase().replace(/-/g, " ")}`,
          store
        )
        expect(verified.certificate).toEqual({
          code: codes[0],
          holder_name: "Sunita Pawar",
          course_title: "Leather cutting for beginners",
          course_id: paid.id,
          teacher_name: "Ismail Shaikh",
          issued_at: expect.any(String),
        })
        expect((await failure(api.get("/store/certificates/DHV-2222-2222", store))).status).toBe(404)

        // --- Admin: learners with progress; retiring a course takes its product off sale.
        const { data: learners } = await api.get(`/admin/courses/${paid.id}/enrolments`, admin)
        expect(learners.enrolments).toEqual([
          expect.objectContaining({
            lessons_done: 2,
            certificate_code: codes[0],
            customer: expect.objectContaining({ id: learner.customer_id }),
          }),
        ])
        await api.delete(`/admin/courses/${second.course.id}`, admin)
        const { data: retired } = await api.get(`/admin/products/${second.course.product_id}`, admin)
        expect(retired.product.status).toBe("draft")
        expect((await failure(api.get(`/store/courses/zari-borders`, store))).status).toBe(404)
        // Customers are not platform users.
        expect((await failure(api.get("/admin/courses", as(learner.token)))).status).toBe(401)
      })

      it("enrols in a free course with one tap and grants its makerspace qualification on completion", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = bearer(await adminToken(api, container))
        const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
        const { data: qual } = await api.post(
          "/admin/qualifications",
          { code: "kiln-safety", name: { en: "Kiln safety", hi: "भट्ठी सुरक्षा" } },
          admin
        )
        const { data: created } = await api.post(
          "/admin/courses",
          {
            handle: "laser-safety",
            title: "Laser cutter safety",
            teacher_name: "Makerspace team",
            languages: ["hi", "mr", "en"],
            craft: "machines",
            status: "published",
            is_free: true,
            grants_qualification_id: qual.qualification.id,
          },
          admin
        )
        expect(created.course).toMatchObject({ is_free: true, product_id: null })
        const { data: lesson } = await api.post(
          `/admin/courses/${created.course.id}/lessons`,
          { title: "Before you switch it on", body: "Goggles, extraction, fire blanket." },
          admin
        )
        expect(notSeeded((await api.get("/store/courses?free=true&language=mr", store)).data.courses)).toEqual([
          "laser-safety",
        ])

        const karigar = await customerToken(api, store, "Farhan Ansari")
        const first = await api.post(`/store/courses/${created.course.id}/enrol`, {}, as(karigar.token))
        expect(first.status).toBe(201)
        const twice = await api.post(`/store/courses/laser-safety/enrol`, {}, as(karigar.token))
        expect(twice.status).toBe(200)
        expect(twice.data.enrolment.id).toBe(first.data.enrolment.id)
        expect((await failure(api.post(`/store/courses/laser-safety/enrol`, {}, store))).status).toBe(401)

        const makerspace = container.resolve("makerspace") as any
        expect(await makerspace.listCustomerQualifications({ customer_id: karigar.customer_id })).toHaveLength(0)
        const { data: done } = await api.post(
          `/store/courses/${created.course.id}/lessons/${lesson.lesson.id}/complete`,
          {},
          as(karigar.token)
        )
        expect(done.progress.completed).toBe(true)
        // Granted by the makerspace's subscriber to enrolment.qualification_earned, once the completion is committed.
        const held = await waitFor(async () => {
          const rows = await makerspace.listCustomerQualifications({ customer_id: karigar.customer_id })
          return rows.length ? rows : undefined
        }, "the qualification earned by completing the course")
        expect(held).toEqual([
          expect.objectContaining({
            qualification_id: qual.qualification.id,
            source: `skill-school:${created.course.id}`,
          }),
        ])
        const [certificate] = await (container.resolve(SKILL_SCHOOL_MODULE) as any).listCertificates({
          customer_id: karigar.customer_id,
        })
        expect(certificate.qualification_id).toBe(qual.qualification.id)
        // The event delivered again, twice at once: the makerspace grants nothing new.
        const { default: grantEarned } = await import("@dharavi/makerspace/subscribers/qualification-earned")
        const event = {
          name: SkillSchoolEvents.QUALIFICATION_EARNED,
          data: {
            enrolment_id: first.data.enrolment.id,
            customer_id: karigar.customer_id,
            course_id: created.course.id,
            qualification_id: qual.qualification.id,
            certificate_id: certificate.id,
          },
        }
        await Promise.all([grantEarned({ event, container } as any), grantEarned({ event, container } as any)])
        expect(await makerspace.listCustomerQualifications({ customer_id: karigar.customer_id })).toHaveLength(1)
      })
    })
  },
})
