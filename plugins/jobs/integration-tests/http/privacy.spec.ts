import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { JobsErrors } from "@dharavi/jobs/contract"
import { JOBS_MODULE } from "../../src/modules/jobs"
import {
  APP_DIR,
  adminToken,
  as,
  bearer,
  businessEmployer,
  failure,
  karigar,
  postBody,
  sellerEmployer,
  storeFixture,
} from "../helpers"

jest.setTimeout(300_000)

/** Every way a contact could be written: as stored, digits only, the last ten digits. */
const forms = (contact: { phone: string; email: string }) => {
  const digits = contact.phone.replace(/\D/g, "")
  return [contact.phone, digits, digits.slice(-10), contact.email]
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("jobs: contact privacy, consent, the reveal log and limit, who sees what", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>

      const jobs = () => getContainer().resolve(JOBS_MODULE) as any

      beforeEach(async () => {
        const container = getContainer()
        store = (await storeFixture(container)).store
        admin = bearer(await adminToken(api, container))
      })

      it("reveals no phone or email on any route before both sides agree; then both see each other's, and every reveal is logged", async () => {
        const employer = await businessEmployer(api, store, "Private")
        const seller = await sellerEmployer(api, "jobs-private-seller")
        const k = await karigar(api, store, "Kiran")
        const other = await karigar(api, store, "Onlooker")
        const emp = as(store, employer.token)
        const { data: created } = await api.post("/store/jobs/employer/posts", postBody(), emp)
        const post = created.post
        await api.post(`/admin/jobs/posts/${post.id}/moderate`, { status: "live" }, admin)
        const { data: sellerPost } = await api.post(
          `/vendors/sellers/${seller.seller_id}/jobs/posts`,
          postBody({ title: "Seller's cutter" }),
          seller.auth
        )
        await api.post(`/admin/jobs/posts/${sellerPost.post.id}/moderate`, { status: "live" }, admin)
        const { data: applied } = await api.post(
          `/store/jobs/posts/${post.id}/apply`,
          { note: "I can start tomorrow" },
          as(store, k.token)
        )
        const { data: appliedSeller } = await api.post(
          `/store/jobs/posts/${sellerPost.post.id}/apply`,
          {},
          as(store, k.token)
        )
        const app = applied.application.id
        const sApp = appliedSeller.application.id

        const karigarSecrets = [...forms(k.contact), k.email]
        const employerSecrets = [...forms(employer.contact), employer.email, ...forms(seller.contact)]

        /** Every read of the plugin, by who makes it and whose contact it must not show. */
        const walk = (): [string, () => Promise<any>, string[]][] => [
          ["public board", () => api.get("/store/jobs/posts", store), [...karigarSecrets, ...employerSecrets]],
          [
            "public post",
            () => api.get(`/store/jobs/posts/${post.id}`, store),
            [...karigarSecrets, ...employerSecrets],
          ],
          [
            "public seller post",
            () => api.get(`/store/jobs/posts/${sellerPost.post.id}`, store),
            [...karigarSecrets, ...employerSecrets],
          ],
          ["public karigar", () => api.get(`/store/jobs/karigars/${k.karigar_id}`, store), karigarSecrets],
          ["trades", () => api.get("/store/jobs/trades", store), [...karigarSecrets, ...employerSecrets]],
          ["karigar: post", () => api.get(`/store/jobs/posts/${post.id}`, as(store, k.token)), employerSecrets],
          ["karigar: matches", () => api.get("/store/jobs/matches", as(store, k.token)), employerSecrets],
          ["karigar: applications", () => api.get("/store/jobs/applications", as(store, k.token)), employerSecrets],
          [
            "karigar: application",
            () => api.get(`/store/jobs/applications/${app}`, as(store, k.token)),
            employerSecrets,
          ],
          [
            "karigar: seller application",
            () => api.get(`/store/jobs/applications/${sApp}`, as(store, k.token)),
            employerSecrets,
          ],
          [
            "other karigar: matches",
            () => api.get("/store/jobs/matches", as(store, other.token)),
            [...karigarSecrets, ...employerSecrets],
          ],
          [
            "other karigar: post",
            () => api.get(`/store/jobs/posts/${post.id}`, as(store, other.token)),
            [...karigarSecrets, ...employerSecrets],
          ],
          ["employer: profile", () => api.get("/store/jobs/employer", emp), karigarSecrets],
          ["employer: posts", () => api.get("/store/jobs/employer/posts", emp), karigarSecrets],
          ["employer: post", () => api.get(`/store/jobs/employer/posts/${post.id}`, emp), karigarSecrets],
          [
            "employer: applications",
            () => api.get(`/store/jobs/employer/posts/${post.id}/applications`, emp),
            karigarSecrets,
          ],
          ["employer: matches", () => api.get(`/store/jobs/employer/posts/${post.id}/matches`, emp), karigarSecrets],
          ["employer: application", () => api.get(`/store/jobs/employer/applications/${app}`, emp), karigarSecrets],
          [
            "seller: profile",
            () => api.get(`/vendors/sellers/${seller.seller_id}/jobs/employer`, seller.auth),
            karigarSecrets,
          ],
          [
            "seller: posts",
            () => api.get(`/vendors/sellers/${seller.seller_id}/jobs/posts`, seller.auth),
            karigarSecrets,
          ],
          [
            "seller: post",
            () => api.get(`/vendors/sellers/${seller.seller_id}/jobs/posts/${sellerPost.post.id}`, seller.auth),
            karigarSecrets,
          ],
          [
            "seller: applications",
            () =>
              api.get(
                `/vendors/sellers/${seller.seller_id}/jobs/posts/${sellerPost.post.id}/applications`,
                seller.auth
              ),
            karigarSecrets,
          ],
          [
            "seller: matches",
            () => api.get(`/vendors/sellers/${seller.seller_id}/jobs/posts/${sellerPost.post.id}/matches`, seller.auth),
            karigarSecrets,
          ],
          [
            "seller: application",
            () => api.get(`/vendors/sellers/${seller.seller_id}/jobs/applications/${sApp}`, seller.auth),
            karigarSecrets,
          ],
        ]
        const assertNoLeak = async (stage: string) => {
          for (const [name, read, secrets] of walk()) {
            const { data } = await read()
            const body = JSON.stringify(data)
            for (const secret of secrets)
              expect([stage, name, body.includes(secret) ? secret : null]).toEqual([stage, name, null])
          }
        }
        const refuse = async (stage: string) => {
          for (const [name, attempt] of [
            ["employer reveal", () => api.post(`/store/jobs/employer/applications/${app}/contact`, {}, emp)],
            [
              "seller reveal",
              () => api.post(`/vendors/sellers/${seller.seller_id}/jobs/applications/${sApp}/contact`, {}, seller.auth),
            ],
            ["karigar reveal", () => api.post(`/store/jobs/applications/${app}/contact`, {}, as(store, k.token))],
            [
              "karigar reveal (seller)",
              () => api.post(`/store/jobs/applications/${sApp}/contact`, {}, as(store, k.token)),
            ],
          ] as const) {
            const res = await failure(attempt())
            expect([stage, name, res.status, JSON.stringify(res.data).includes("@")]).toEqual([stage, name, 403, false])
          }
        }

        await assertNoLeak("applied")
        await refuse("applied")
        // The employer shortlists: still nothing until the karigar agrees.
        await api.post(`/store/jobs/employer/applications/${app}/shortlist`, {}, emp)
        await api.post(`/vendors/sellers/${seller.seller_id}/jobs/applications/${sApp}/shortlist`, {}, seller.auth)
        await assertNoLeak("shortlisted")
        await refuse("shortlisted")
        expect(await jobs().listContactReveals({})).toEqual([])

        // The karigar shares on the first application only.
        const { data: shared } = await api.post(`/store/jobs/applications/${app}/share-contact`, {}, as(store, k.token))
        expect(shared.application).toMatchObject({ contact_shared: true, contact_available: true })
        const { data: seen } = await api.post(`/store/jobs/employer/applications/${app}/contact`, {}, emp)
        expect(seen.contact).toEqual({ name: "Kiran", phone: k.contact.phone, email: k.contact.email })
        const { data: seenBack } = await api.post(`/store/jobs/applications/${app}/contact`, {}, as(store, k.token))
        expect(seenBack.contact).toEqual({
          name: "Private Leather Works",
          phone: employer.contact.phone,
          email: employer.contact.email,
        })
        // Not on the seller's application, which the karigar did not share.
        expect(
          (
            await failure(
              api.post(`/vendors/sellers/${seller.seller_id}/jobs/applications/${sApp}/contact`, {}, seller.auth)
            )
          ).status
        ).toBe(403)
        // Reads stay clean: contact comes only from the reveal routes.
        const { data: list } = await api.get(`/store/jobs/employer/posts/${post.id}/applications`, emp)
        expect(JSON.stringify(list)).not.toContain(k.contact.email)

        const { data: log } = await api.get(`/admin/jobs/reveals?application_id=${app}`, admin)
        expect(log.reveals.map((r: any) => [r.viewer_type, r.viewer_id, r.subject_type, r.subject_id]).sort()).toEqual(
          [
            ["employer", employer.employer_id, "karigar", k.karigar_id],
            ["karigar", k.karigar_id, "employer", employer.employer_id],
          ].sort()
        )
        expect(log.reveals.every((r: any) => r.created_at && r.actor_id)).toBe(true)
        // The log names both sides and the post for the admin screen, never their contact.
        expect(log.reveals.map((r: any) => [r.viewer_name, r.subject_name, r.post.title]).sort()).toEqual(
          [
            ["Kiran", "Private Leather Works", post.title],
            ["Private Leather Works", "Kiran", post.title],
          ].sort()
        )
        for (const secret of [...karigarSecrets, ...employerSecrets]) expect(JSON.stringify(log)).not.toContain(secret)

        // Taking consent back closes it again.
        await api.post(`/store/jobs/applications/${app}/share-contact`, { share: false }, as(store, k.token))
        expect((await failure(api.post(`/store/jobs/employer/applications/${app}/contact`, {}, emp))).status).toBe(403)
      })

      it("limits each employer's reveals per day (429 reveal_limit with the limit and Retry-After); repeat looks at the same applicant are free", async () => {
        const employer = await businessEmployer(api, store, "Limited")
        const emp = as(store, employer.token)
        const { data: created } = await api.post("/store/jobs/employer/posts", postBody({ openings: 5 }), emp)
        await api.post(`/admin/jobs/posts/${created.post.id}/moderate`, { status: "live" }, admin)
        const apps: string[] = []
        for (const name of ["L1", "L2", "L3"]) {
          const k = await karigar(api, store, name)
          const { data } = await api.post(`/store/jobs/posts/${created.post.id}/apply`, {}, as(store, k.token))
          await api.post(`/store/jobs/employer/applications/${data.application.id}/shortlist`, {}, emp)
          await api.post(
            `/store/jobs/applications/${data.application.id}/share-contact`,
            { share: true },
            as(store, k.token)
          )
          apps.push(data.application.id)
        }
        const settings = jobs().settings()
        const before = settings.reveal_limit_per_day
        settings.reveal_limit_per_day = 2
        try {
          expect(
            (await api.post(`/store/jobs/employer/applications/${apps[0]}/contact`, {}, emp)).data.reveal
          ).toMatchObject({ used_today: 1, limit_per_day: 2 })
          expect(
            (await api.post(`/store/jobs/employer/applications/${apps[0]}/contact`, {}, emp)).data.reveal.used_today
          ).toBe(1)
          expect(
            (await api.post(`/store/jobs/employer/applications/${apps[1]}/contact`, {}, emp)).data.reveal.used_today
          ).toBe(2)
          const limited = await failure(api.post(`/store/jobs/employer/applications/${apps[2]}/contact`, {}, emp))
          expect([limited.status, limited.data]).toEqual([
            429,
            expect.objectContaining({
              code: JobsErrors.REVEAL_LIMIT,
              message: expect.stringMatching(/2 applicants a day/),
              details: { limit: 2, retry_after: expect.any(Number) },
            }),
          ])
          const answer = limited as unknown as {
            headers: Record<string, string>
            data: { details: { retry_after: number } }
          }
          expect(Number(answer.headers["retry-after"])).toBe(answer.data.details.retry_after)
          expect(await jobs().listContactReveals({ application_id: apps[2] })).toEqual([])
        } finally {
          settings.reveal_limit_per_day = before
        }
      })

      it("keeps each party to their own: employers never see another employer's applicants, karigars only their applications", async () => {
        const a = await businessEmployer(api, store, "Employer A")
        const b = await businessEmployer(api, store, "Employer B")
        const { data: created } = await api.post("/store/jobs/employer/posts", postBody(), as(store, a.token))
        const postId = created.post.id
        await api.post(`/admin/jobs/posts/${postId}/moderate`, { status: "live" }, admin)
        const k1 = await karigar(api, store, "First")
        const k2 = await karigar(api, store, "Second")
        const { data: applied } = await api.post(`/store/jobs/posts/${postId}/apply`, {}, as(store, k1.token))
        const app = applied.application.id

        // Employer B: A's post, applicants and applications do not exist.
        const asB = as(store, b.token)
        for (const attempt of [
          () => api.get(`/store/jobs/employer/posts/${postId}`, asB),
          () => api.get(`/store/jobs/employer/posts/${postId}/applications`, asB),
          () => api.get(`/store/jobs/employer/posts/${postId}/matches`, asB),
          () => api.post(`/store/jobs/employer/posts/${postId}/close`, {}, asB),
          () => api.get(`/store/jobs/employer/applications/${app}`, asB),
          () => api.post(`/store/jobs/employer/applications/${app}/shortlist`, {}, asB),
          () => api.post(`/store/jobs/employer/applications/${app}/reject`, {}, asB),
          () => api.post(`/store/jobs/employer/applications/${app}/hire`, {}, asB),
          () => api.post(`/store/jobs/employer/applications/${app}/contact`, {}, asB),
        ]) {
          expect((await failure(attempt())).status).toBe(404)
        }
        expect((await api.get("/store/jobs/employer/posts", asB)).data.posts).toEqual([])

        // Karigar 2: karigar 1's application does not exist.
        const asK2 = as(store, k2.token)
        for (const attempt of [
          () => api.get(`/store/jobs/applications/${app}`, asK2),
          () => api.post(`/store/jobs/applications/${app}/share-contact`, {}, asK2),
          () => api.post(`/store/jobs/applications/${app}/withdraw`, {}, asK2),
          () => api.post(`/store/jobs/applications/${app}/contact`, {}, asK2),
        ]) {
          expect((await failure(attempt())).status).toBe(404)
        }
        expect((await api.get("/store/jobs/applications", asK2)).data.applications).toEqual([])
        // A karigar is not an employer, and an employer route needs a login.
        expect(
          (await failure(api.get(`/store/jobs/employer/posts/${postId}/applications`, as(store, k1.token)))).status
        ).toBe(404)
        expect((await failure(api.get("/store/jobs/applications", store))).status).toBe(401)
        expect((await failure(api.get("/store/jobs/employer/posts", store))).status).toBe(401)
        // Customers are not admins.
        for (const path of [
          "/admin/jobs/posts",
          "/admin/jobs/reports",
          "/admin/jobs/reveals",
          "/admin/jobs/karigars",
          "/admin/jobs/employers",
        ]) {
          expect((await failure(api.get(path, as(store, a.token)))).status).toBe(401)
        }
        expect(
          (await failure(api.post(`/admin/jobs/posts/${postId}/moderate`, { status: "removed" }, as(store, a.token))))
            .status
        ).toBe(401)
        // The application is untouched.
        expect((await jobs().retrieveJobApplication(app)).status).toBe("applied")
        // Bad bodies on these routes are 400s that change nothing.
        expect(
          (
            await failure(
              api.post(`/store/jobs/employer/applications/${app}/hire`, { force: true }, as(store, a.token))
            )
          ).status
        ).toBe(400)
        expect(
          (
            await failure(
              api.post(`/store/jobs/applications/${app}/share-contact`, { share: "yes" }, as(store, k1.token))
            )
          ).status
        ).toBe(400)
        expect((await jobs().retrieveJobApplication(app)).status).toBe("applied")
      })
    })
  },
})
