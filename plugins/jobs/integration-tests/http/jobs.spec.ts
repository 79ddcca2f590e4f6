import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { JobsErrors } from "@dharavi/jobs/contract"
import { archiveExpiredPostsWorkflow } from "@dharavi/jobs/workflows"
import { JOBS_MODULE } from "../../src/modules/jobs"
import { customerToken } from "../../../../backend/integration-tests/utils"
import {
  APP_DIR,
  adminToken,
  as,
  bearer,
  businessEmployer,
  failure,
  inDays,
  karigar,
  postBody,
  sellerEmployer,
  storeFixture,
} from "../helpers"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("jobs: profiles, posts, moderation, applications, hiring, matching", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>

      const jobs = () => getContainer().resolve(JOBS_MODULE) as any
      /** A business employer's post, approved by the platform. */
      const livePost = async (employer: { token: string }, over: Record<string, unknown> = {}) => {
        const { data } = await api.post("/store/jobs/employer/posts", postBody(over), as(store, employer.token))
        await api.post(`/admin/jobs/posts/${data.post.id}/moderate`, { status: "live" }, admin)
        return data.post as { id: string }
      }

      beforeEach(async () => {
        const container = getContainer()
        store = (await storeFixture(container)).store
        admin = bearer(await adminToken(api, container))
      })

      it("validates karigar profiles: 400 naming the field, nothing written; one profile per customer, updated in place", async () => {
        const c = await customerToken(api, store, "Ravi Kamble")
        const good = {
          name: "Ravi Kamble",
          area: "Kumbharwada",
          skills: [{ trade: "zari_embroidery", level: "master" }],
          phone: "+91 98200 12345",
        }
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...good, skills: [] }, /skills/],
          [{ ...good, skills: [{ trade: "rocket_science", level: "master" }] }, /trade/],
          [{ ...good, skills: [{ trade: "pottery", level: "guru" }] }, /level/],
          [
            {
              ...good,
              skills: [
                { trade: "pottery", level: "master" },
                { trade: "pottery", level: "learner" },
              ],
            },
            /skills/,
          ],
          [{ ...good, phone: "call me" }, /phone/],
          [{ ...good, email: "not-an-email" }, /email/],
          [{ ...good, expected_wage: -5 }, /expected_wage/],
          [{ ...good, photo_url: "javascript:alert(1)" }, /photo_url/],
          [{ ...good, available_from: "someday" }, /available_from/],
          [{ ...good, salary: 5 }, /salary/],
        ]
        for (const [body, field] of cases) {
          const res = await failure(api.post("/store/jobs/profile", body, as(store, c.token)))
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        // Creating needs name, area and skills.
        const missing = await failure(api.post("/store/jobs/profile", { name: "Ravi" }, as(store, c.token)))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/area|skills/)
        expect(await jobs().listKarigarProfiles({})).toEqual([])
        expect((await failure(api.post("/store/jobs/profile", good, store))).status).toBe(401)

        const { data, status } = await api.post("/store/jobs/profile", good, as(store, c.token))
        expect(status).toBe(201)
        expect(data.karigar).toMatchObject({
          name: "Ravi Kamble",
          phone: "+91 98200 12345",
          skills: [{ trade: "zari_embroidery", level: "master", name: "Zari embroidery" }],
        })
        const again = await api.post(
          "/store/jobs/profile",
          { years_experience: 12, available_tomorrow: true },
          as(store, c.token)
        )
        expect(again.status).toBe(200)
        expect(again.data.karigar).toMatchObject({
          id: data.karigar.id,
          years_experience: 12,
          available_tomorrow: true,
          area: "Kumbharwada",
        })
        expect(await jobs().listKarigarProfiles({})).toHaveLength(1)
        // The public profile has no contact.
        const { data: pub } = await api.get(`/store/jobs/karigars/${data.karigar.id}`, store)
        expect(pub.karigar.name).toBe("Ravi Kamble")
        expect(pub.karigar).not.toHaveProperty("phone")
        expect(JSON.stringify(pub)).not.toMatch(/98200/)
        const { data: trades } = await api.get("/store/jobs/trades", store)
        expect(trades.trades.find((t: any) => t.code === "pottery").names.hi).toBe("मिट्टी के बर्तन (चाक)")
      })

      it("validates posts, moderates them (pending → live / rejected, removed) and shows only live posts on the board", async () => {
        const employer = await businessEmployer(api, store, "Farooq")
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ ...postBody(), skills: [] }, /skills/],
          [{ ...postBody(), employment_type: "forever" }, /employment_type/],
          [{ ...postBody(), wage_amount: 0 }, /wage_amount/],
          [{ ...postBody(), openings: 0 }, /openings/],
          [{ ...postBody(), starts_on: "soon" }, /starts_on/],
          [{ ...postBody(), employment_type: "short_term" }, /ends_on/],
          [{ ...postBody(), employment_type: "short_term", ends_on: inDays(1), starts_on: inDays(5) }, /ends_on/],
          [{ ...postBody(), starts_on: inDays(-3) }, /starts_on/],
          [{ ...postBody(), shifts: ["graveyard"] }, /shifts/],
          [{ ...postBody(), title: undefined }, /title/],
        ]
        for (const [body, field] of cases) {
          const res = await failure(api.post("/store/jobs/employer/posts", body, as(store, employer.token)))
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        expect(await jobs().listJobPosts({})).toEqual([])
        // No employer profile, no posts.
        const stranger = await customerToken(api, store, "No Profile")
        expect(
          (await failure(api.post("/store/jobs/employer/posts", postBody(), as(store, stranger.token)))).status
        ).toBe(404)

        const { data: created } = await api.post("/store/jobs/employer/posts", postBody(), as(store, employer.token))
        expect(created.post).toMatchObject({
          status: "pending",
          openings: 2,
          filled: 0,
          openings_left: 2,
          address: expect.stringMatching(/Shed 7/),
        })
        const { data: other } = await api.post(
          "/store/jobs/employer/posts",
          postBody({ title: "Cutter wanted, pay after one month trial" }),
          as(store, employer.token)
        )

        // Pending: not on the board, no detail.
        expect((await api.get("/store/jobs/posts", store)).data.posts).toEqual([])
        expect((await failure(api.get(`/store/jobs/posts/${created.post.id}`, store))).status).toBe(404)
        const { data: queue } = await api.get("/admin/jobs/posts?status=pending", admin)
        expect(queue.posts.map((p: any) => p.id)).toEqual([created.post.id, other.post.id])

        expect(
          (await failure(api.post(`/admin/jobs/posts/${created.post.id}/moderate`, { status: "maybe" }, admin))).status
        ).toBe(400)
        const { data: approved } = await api.post(
          `/admin/jobs/posts/${created.post.id}/moderate`,
          { status: "live", note: "Looks fine" },
          admin
        )
        expect(approved.post.status).toBe("live")
        const { data: rejected } = await api.post(
          `/admin/jobs/posts/${other.post.id}/moderate`,
          { status: "rejected", note: "Unpaid trial" },
          admin
        )
        expect(rejected.post).toMatchObject({ status: "rejected", moderation_note: "Unpaid trial" })
        expect(
          (await failure(api.post(`/admin/jobs/posts/${other.post.id}/moderate`, { status: "rejected" }, admin))).status
        ).toBe(400)

        const { data: board } = await api.get("/store/jobs/posts", store)
        expect(board.posts.map((p: any) => p.id)).toEqual([created.post.id])
        expect(board.posts[0]).toMatchObject({
          employer: { name: "Farooq Leather Works", verified: false },
          landmark: "Behind the 90 Feet Road mosque",
        })
        expect(board.posts[0]).not.toHaveProperty("address")
        expect((await failure(api.get(`/store/jobs/posts/${other.post.id}`, store))).status).toBe(404)

        // The employer sees moderation on their own list.
        const { data: mine } = await api.get("/store/jobs/employer/posts", as(store, employer.token))
        expect(mine.posts.map((p: any) => [p.id, p.status]).sort()).toEqual(
          [
            [created.post.id, "live"],
            [other.post.id, "rejected"],
          ].sort()
        )

        // Verified badge by the admin only.
        expect(
          (await failure(api.post(`/admin/jobs/employers/${employer.employer_id}/verify`, { verified: "yes" }, admin)))
            .status
        ).toBe(400)
        await api.post(`/admin/jobs/employers/${employer.employer_id}/verify`, { verified: true }, admin)
        expect((await api.get(`/store/jobs/posts/${created.post.id}`, store)).data.post.employer.verified).toBe(true)
        const badge = await failure(api.post("/store/jobs/employer", { verified: true }, as(store, employer.token)))
        expect([badge.status, badge.data.message]).toEqual([400, expect.stringMatching(/verified/)])

        // Removed: hidden from the board and the detail.
        await api.post(
          `/admin/jobs/posts/${created.post.id}/moderate`,
          { status: "removed", note: "Asked for a deposit" },
          admin
        )
        expect((await api.get("/store/jobs/posts", store)).data.posts).toEqual([])
        expect((await failure(api.get(`/store/jobs/posts/${created.post.id}`, store))).status).toBe(404)
      })

      it("filters the board by skill, area, type and wage range (per day), and refuses bad filters", async () => {
        const employer = await businessEmployer(api, store, "Board")
        const cutter = await livePost(employer, { title: "Leather cutter" })
        const zari = await livePost(employer, {
          title: "Zari karigar",
          skills: [{ trade: "zari_embroidery", level: "master" }],
          area: "Kala Killa",
          wage_amount: 26_000,
          wage_period: "month",
        })
        const daily = await livePost(employer, {
          title: "Sorting helpers",
          skills: [{ trade: "recycling_sorting", level: "learner" }],
          area: "13th Compound",
          employment_type: "daily",
          wage_amount: 450,
        })
        const ids = async (qs: string) =>
          (await api.get(`/store/jobs/posts${qs}`, store)).data.posts.map((p: any) => p.id).sort()
        expect(await ids("")).toEqual([cutter.id, zari.id, daily.id].sort())
        expect(await ids("?skill=zari_embroidery")).toEqual([zari.id])
        expect(await ids("?skill=zari_embroidery,recycling_sorting")).toEqual([zari.id, daily.id].sort())
        expect(await ids("?area=kala%20killa")).toEqual([zari.id])
        expect(await ids("?type=daily")).toEqual([daily.id])
        // 26,000 a month is 1,000 a day.
        expect(await ids("?wage_min=900")).toEqual([zari.id])
        expect(await ids("?wage_min=500&wage_max=800")).toEqual([cutter.id])
        expect(await ids("?q=sorting")).toEqual([daily.id])
        const { data: paged } = await api.get("/store/jobs/posts?limit=1&offset=1", store)
        expect([paged.posts.length, paged.count]).toEqual([1, 3])
        for (const [qs, field] of [
          ["?skill=astronaut", /skill/],
          ["?type=gig", /type/],
          ["?wage_min=900&wage_max=100", /wage_min/],
          ["?limit=1000", /limit/],
          ["?colour=red", /colour/],
        ] as const) {
          const res = await failure(api.get(`/store/jobs/posts${qs}`, store))
          expect([qs, res.status, res.data.message]).toEqual([qs, 400, expect.stringMatching(field)])
        }
      })

      it("runs an application from one tap to hire: shortlist, reject, withdraw, the post closing when full", async () => {
        const employer = await businessEmployer(api, store, "Lifecycle")
        const post = await livePost(employer, { openings: 2 })
        const [a, b, c] = [
          await karigar(api, store, "Asif"),
          await karigar(api, store, "Bilal"),
          await karigar(api, store, "Chandu"),
        ]
        const noProfile = await customerToken(api, store, "Just Looking")
        expect(
          (await failure(api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, noProfile.token)))).status
        ).toBe(400)

        const apps: Record<string, string> = {}
        for (const k of [a, b, c]) {
          const { data, status } = await api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, k.token))
          expect([status, data.application.status]).toEqual([201, "applied"])
          apps[k.karigar_id] = data.application.id
        }
        // One per karigar per post, even when tapped twice at once.
        const twice = await Promise.allSettled(
          [0, 1, 2].map(() => api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, a.token)))
        )
        expect(twice.map((r: any) => r.reason?.response?.status)).toEqual([409, 409, 409])
        expect((twice[0] as any).reason.response.data).toEqual(
          expect.objectContaining({
            code: JobsErrors.ALREADY_APPLIED,
            message: expect.stringMatching(/already applied/),
          })
        )
        expect(await jobs().listJobApplications({ post_id: post.id })).toHaveLength(3)

        const emp = as(store, employer.token)
        const { data: list } = await api.get(`/store/jobs/employer/posts/${post.id}/applications`, emp)
        expect(list.applications.map((x: any) => x.karigar.name).sort()).toEqual(["Asif", "Bilal", "Chandu"])
        expect(list.applications[0].match.score).toBeGreaterThan(0)

        const { data: sl } = await api.post(
          `/store/jobs/employer/applications/${apps[a.karigar_id]}/shortlist`,
          {},
          emp
        )
        expect(sl.application.status).toBe("shortlisted")
        expect(
          (await failure(api.post(`/store/jobs/employer/applications/${apps[a.karigar_id]}/shortlist`, {}, emp))).status
        ).toBe(400)
        await api.post(`/store/jobs/employer/applications/${apps[c.karigar_id]}/reject`, {}, emp)
        const { data: withdrawn } = await api.post(
          `/store/jobs/applications/${apps[b.karigar_id]}/withdraw`,
          {},
          as(store, b.token)
        )
        expect(withdrawn.application.status).toBe("withdrawn")
        expect(
          (await failure(api.post(`/store/jobs/employer/applications/${apps[b.karigar_id]}/hire`, {}, emp))).status
        ).toBe(400)
        expect(
          (await failure(api.post(`/store/jobs/employer/applications/${apps[c.karigar_id]}/hire`, {}, emp))).status
        ).toBe(400)

        const { data: hired } = await api.post(`/store/jobs/employer/applications/${apps[a.karigar_id]}/hire`, {}, emp)
        expect(hired).toMatchObject({
          application: { status: "hired" },
          post: { filled: 1, openings: 2, status: "live" },
        })
        // Hired: the karigar now sees the full address.
        const { data: mine } = await api.get("/store/jobs/applications", as(store, a.token))
        expect(mine.applications[0]).toMatchObject({
          status: "hired",
          post: { id: post.id, address: expect.stringMatching(/Shed 7/) },
        })
        const { data: theirs } = await api.get("/store/jobs/applications", as(store, b.token))
        expect(theirs.applications[0].post).not.toHaveProperty("address")

        // The last opening fills the post; it leaves the board.
        const d = await karigar(api, store, "Dinesh")
        const { data: dApp } = await api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, d.token))
        const { data: full } = await api.post(`/store/jobs/employer/applications/${dApp.application.id}/hire`, {}, emp)
        expect(full.post).toMatchObject({ filled: 2, status: "filled" })
        expect((await api.get("/store/jobs/posts", store)).data.posts).toEqual([])
        const e = await karigar(api, store, "Eknath")
        const late = await failure(api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, e.token)))
        expect([late.status, late.data.message]).toEqual([400, "All openings of this job are filled"])
      })

      it("never overfills: 24 parallel hires on a post with 3 openings give exactly 3 hires and 409s with a reason", async () => {
        const employer = await businessEmployer(api, store, "Rush")
        const post = await livePost(employer, { openings: 3 })
        const ids: string[] = []
        for (let i = 0; i < 24; i++) {
          const k = await karigar(api, store, `Karigar ${String.fromCharCode(65 + i)}`)
          ids.push((await api.post(`/store/jobs/posts/${post.id}/apply`, {}, as(store, k.token))).data.application.id)
        }
        const results = await Promise.allSettled(
          ids.map((id) => api.post(`/store/jobs/employer/applications/${id}/hire`, {}, as(store, employer.token)))
        )
        const statuses = results.map((r: any) =>
          r.status === "fulfilled" ? r.value.status : r.reason.response?.status
        )
        expect(statuses.filter((s) => s === 200)).toHaveLength(3)
        expect(statuses.filter((s) => s === 409)).toHaveLength(21)
        const refused: any = results.find((r: any) => r.status === "rejected")
        expect(refused.reason.response.data).toEqual(
          expect.objectContaining({
            code: JobsErrors.POST_FULL,
            message: expect.stringMatching(/already filled/),
            details: { post_id: post.id, openings: 3, filled: 3 },
          })
        )
        const stored = await jobs().retrieveJobPost(post.id)
        expect([stored.filled, stored.openings, stored.status]).toEqual([3, 3, "filled"])
        expect(await jobs().listJobApplications({ post_id: post.id, status: "hired" })).toHaveLength(3)
        expect(await jobs().listJobApplications({ post_id: post.id, status: "applied" })).toHaveLength(21)
      })

      it("ranks karigars for a post and posts for a karigar: skill with level, area, availability, wage", async () => {
        const employer = await businessEmployer(api, store, "Matcher")
        const post = await livePost(employer, {
          skills: [{ trade: "leather_cutting", level: "skilled" }],
          area: "Kumbharwada",
          wage_amount: 700,
          starts_on: inDays(3),
        })
        const best = await karigar(api, store, "Master Cutter", {
          skills: [{ trade: "leather_cutting", level: "master" }],
        })
        const farAway = await karigar(api, store, "Far Cutter", { area: "Sion" })
        const learner = await karigar(api, store, "New Cutter", {
          skills: [{ trade: "leather_cutting", level: "learner" }],
        })
        const busy = await karigar(api, store, "Busy Cutter", { available_tomorrow: false, available_from: inDays(30) })
        await karigar(api, store, "Potter", { skills: [{ trade: "pottery", level: "master" }] })
        const { data } = await api.get(`/store/jobs/employer/posts/${post.id}/matches`, as(store, employer.token))
        expect(data.matches.map((m: any) => m.karigar.name)).toEqual([
          "Master Cutter",
          "Busy Cutter",
          "Far Cutter",
          "New Cutter",
        ])
        expect(data.matches.map((m: any) => m.match.score)).toEqual([100, 85, 80, 75])
        expect(data.matches[0].karigar.id).toBe(best.karigar_id)
        expect(JSON.stringify(data)).not.toContain(best.contact.email)
        void farAway
        void learner
        void busy

        // For a karigar: same area and skill first.
        await livePost(employer, { title: "Cutter in Sion", area: "Sion" })
        await livePost(employer, { title: "Pottery", skills: [{ trade: "pottery", level: "learner" }] })
        const { data: forMe } = await api.get("/store/jobs/matches", as(store, best.token))
        expect(forMe.matches.map((m: any) => m.post.title)).toEqual([
          "Leather cutter for laptop bags",
          "Cutter in Sion",
        ])
        const { data: detail } = await api.get(`/store/jobs/posts/${post.id}`, as(store, best.token))
        expect(detail.for_me).toMatchObject({ match: { score: 100 }, application: null })
      })

      it("takes reports into the admin queue, suspends a post after three, and archives expired posts (twice is harmless)", async () => {
        const employer = await businessEmployer(api, store, "Reported")
        const post = await livePost(employer)
        const reporters = [
          await karigar(api, store, "R1"),
          await karigar(api, store, "R2"),
          await karigar(api, store, "R3"),
        ]
        const bad = await failure(
          api.post(`/store/jobs/posts/${post.id}/report`, { reason: "bad vibes" }, as(store, reporters[0].token))
        )
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/reason/)])
        await api.post(
          `/store/jobs/posts/${post.id}/report`,
          { reason: "asks_for_money", details: "Wants ₹2,000 registration fee" },
          as(store, reporters[0].token)
        )
        expect(
          (
            await failure(
              api.post(`/store/jobs/posts/${post.id}/report`, { reason: "fake_job" }, as(store, reporters[0].token))
            )
          ).status
        ).toBe(422)
        const { data: queue } = await api.get("/admin/jobs/reports?status=open", admin)
        expect(queue.reports).toEqual([
          expect.objectContaining({
            reason: "asks_for_money",
            post: expect.objectContaining({ id: post.id, status: "live" }),
          }),
        ])
        await api.post(
          `/store/jobs/posts/${post.id}/report`,
          { reason: "asks_for_money" },
          as(store, reporters[1].token)
        )
        await api.post(
          `/store/jobs/posts/${post.id}/report`,
          { reason: "asks_for_money" },
          as(store, reporters[2].token)
        )
        expect((await jobs().retrieveJobPost(post.id)).status).toBe("pending")
        expect((await api.get("/store/jobs/posts", store)).data.posts).toEqual([])

        const { data: resolved } = await api.post(
          `/admin/jobs/reports/${queue.reports[0].id}`,
          { status: "actioned", remove_post: true, note: "Deposit scam" },
          admin
        )
        expect(resolved).toMatchObject({ report: { status: "actioned" }, post: { status: "removed" } })
        expect(
          (await failure(api.post(`/admin/jobs/reports/${queue.reports[0].id}`, { status: "dismissed" }, admin))).status
        ).toBe(400)

        // Expiry
        const old = await livePost(employer, { title: "Old post" })
        await jobs().updateJobPosts({ id: old.id, expires_at: new Date(Date.now() - 60_000) })
        const { result: first } = await archiveExpiredPostsWorkflow(getContainer()).run({ input: {} })
        const { result: second } = await archiveExpiredPostsWorkflow(getContainer()).run({ input: {} })
        expect([first, second]).toEqual([[old.id], []])
        expect((await jobs().retrieveJobPost(old.id)).status).toBe("expired")
        expect((await api.get("/store/jobs/posts", store)).data.posts).toEqual([])
      })

      it("lets a seller hire through its members; another seller's member is told it does not exist", async () => {
        const a = await sellerEmployer(api, "jobs-seller-a")
        const b = await sellerEmployer(api, "jobs-seller-b")
        const { data } = await api.post(`/vendors/sellers/${a.seller_id}/jobs/posts`, postBody(), a.auth)
        expect(data.post.employer).toMatchObject({ kind: "seller", seller_id: a.seller_id })
        await api.post(`/admin/jobs/posts/${data.post.id}/moderate`, { status: "live" }, admin)
        const k = await karigar(api, store, "Seller Applicant")
        const { data: applied } = await api.post(`/store/jobs/posts/${data.post.id}/apply`, {}, as(store, k.token))
        const base = `/vendors/sellers/${a.seller_id}/jobs`
        for (const attempt of [
          () => api.get(`${base}/employer`, b.auth),
          () => api.get(`${base}/posts`, b.auth),
          () => api.post(`${base}/posts`, postBody(), b.auth),
          () => api.get(`${base}/posts/${data.post.id}`, b.auth),
          () => api.get(`${base}/posts/${data.post.id}/applications`, b.auth),
          () => api.get(`${base}/posts/${data.post.id}/matches`, b.auth),
          () => api.post(`${base}/applications/${applied.application.id}/shortlist`, {}, b.auth),
          () => api.post(`${base}/applications/${applied.application.id}/hire`, {}, b.auth),
          () => api.post(`${base}/applications/${applied.application.id}/contact`, {}, b.auth),
          // Through their own seller's routes, A's post and application do not exist either.
          () => api.get(`/vendors/sellers/${b.seller_id}/jobs/posts/${data.post.id}/applications`, b.auth),
          () =>
            api.post(`/vendors/sellers/${b.seller_id}/jobs/applications/${applied.application.id}/hire`, {}, b.auth),
        ]) {
          expect((await failure(attempt())).status).toBe(404)
        }
        expect((await failure(api.get(`${base}/posts`, store))).status).toBe(401)
        const { data: list } = await api.get(`${base}/posts/${data.post.id}/applications`, a.auth)
        expect(list.applications.map((x: any) => x.id)).toEqual([applied.application.id])
        const { data: hired } = await api.post(`${base}/applications/${applied.application.id}/hire`, {}, a.auth)
        expect(hired.application.status).toBe("hired")
      })

      it("shows the admin the account behind each profile through the module links (customer, seller), never a phone or email", async () => {
        const seller = await sellerEmployer(api, "jobs-linked-seller")
        const business = await businessEmployer(api, store, "Linked Business")
        const k = await karigar(api, store, "Linked Karigar")
        const { data: employers } = await api.get("/admin/jobs/employers?limit=100", admin)
        const bySeller = employers.employers.find((e: any) => e.id === seller.employer_id)
        expect(bySeller).toMatchObject({
          kind: "seller",
          seller_id: seller.seller_id,
          seller: { id: seller.seller_id, handle: "jobs-linked-seller", name: "Workshop jobs-linked-seller" },
        })
        const byBusiness = employers.employers.find((e: any) => e.id === business.employer_id)
        expect(byBusiness).toMatchObject({
          kind: "business",
          customer_id: business.customer_id,
          customer: { id: business.customer_id, first_name: "Linked" },
        })
        expect(employers.count).toBeGreaterThanOrEqual(2)
        const { data: karigars } = await api.get("/admin/jobs/karigars?limit=100", admin)
        const mine = karigars.karigars.find((x: any) => x.id === k.karigar_id)
        expect(mine).toMatchObject({
          customer_id: k.customer_id,
          customer: { id: k.customer_id, first_name: "Linked", has_account: true },
          skills: [{ trade: "leather_cutting", name: "Leather cutting" }],
        })
        const { data: one } = await api.get(`/admin/jobs/karigars/${k.karigar_id}`, admin)
        expect(one.karigar.customer).toMatchObject({ id: k.customer_id })
        const text = JSON.stringify([employers, karigars, one])
        for (const secret of [
          k.contact.phone,
          k.contact.email,
          k.email,
          business.contact.phone,
          business.contact.email,
          business.email,
          seller.contact.email,
        ])
          expect(text).not.toContain(secret)
        // The lists' fields are the route's own: a client cannot widen them.
        expect((await failure(api.get("/admin/jobs/karigars?fields=phone", admin))).status).toBe(400)
      })
    })
  },
})
