import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { JOBS_MODULE } from "../../src/modules/jobs"
import { APP_DIR, adminToken, as, bearer, businessEmployer, karigar, postBody, storeFixture } from "../helpers"

jest.setTimeout(300_000)

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

/**
 * A request that lost the race: 409 with the "moved" code when it read the record before the winner
 * changed it, or — when it read it after — the plain answer for a record in that state, which the
 * older specs pin at 400 (with its own code now). Never a 500, never an answer without a code.
 */
const expectLosers = (answers: Answer[], winners: number, codes: { moved: string; notOpen: string }) => {
  expect(answers.filter((a) => a.status >= 200 && a.status < 300)).toHaveLength(winners)
  for (const a of answers.filter((x) => x.status >= 300)) {
    expect([
      [409, codes.moved],
      [400, codes.notOpen],
    ]).toContainEqual([a.status, a.data?.code])
  }
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("jobs: parallel changes of one application, post or report end in one consistent state", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      const jobs = () => getContainer().resolve(JOBS_MODULE) as any
      /** Counts the events of one name the application really emits from now on (its own event bus). */
      const listen = (eventName: string, match: (data: any) => boolean) => {
        const seen = { count: 0 }
        ;(getContainer().resolve(Modules.EVENT_BUS) as any).subscribe(eventName, async (event: any) => {
          if (match(event.data)) seen.count++
        })
        return { count: async () => (await new Promise((r) => setTimeout(r, 500)), seen.count) }
      }

      const livePost = async (employer: { token: string }, over: Record<string, unknown> = {}) => {
        const { data } = await api.post("/store/jobs/employer/posts", postBody(over), as(store, employer.token))
        await api.post(`/admin/jobs/posts/${data.post.id}/moderate`, { status: "live" }, admin)
        return data.post as { id: string }
      }
      const applyAs = async (postId: string, name: string) => {
        const k = await karigar(api, store, name)
        const { data } = await api.post(`/store/jobs/posts/${postId}/apply`, {}, as(store, k.token))
        return { ...k, application_id: data.application.id as string }
      }

      beforeEach(async () => {
        const container = getContainer()
        store = (await storeFixture(container)).store
        admin = bearer(await adminToken(api, container))
      })

      it("withdraw: 8 parallel withdrawals give one withdrawal; the others are told, with a code", async () => {
        const employer = await businessEmployer(api, store, "Withdraw Race")
        const post = await livePost(employer)
        const k = await applyAs(post.id, "Wasim")
        const answers = await together(
          times(
            8,
            () => () => api.post(`/store/jobs/applications/${k.application_id}/withdraw`, {}, as(store, k.token))
          )
        )
        expectLosers(answers, 1, { moved: "application_moved", notOpen: "application_not_open" })
        expect((await jobs().retrieveJobApplication(k.application_id)).status).toBe("withdrawn")
      })

      it("share-contact: 8 parallel taps all answer 200 (idempotent) with one consent time, the stored one", async () => {
        const employer = await businessEmployer(api, store, "Share Race")
        const post = await livePost(employer)
        const k = await applyAs(post.id, "Shakeel")
        const shared = listen("application.contact_shared", (d) => d.id === k.application_id)
        const answers = await together(
          times(
            8,
            () => () => api.post(`/store/jobs/applications/${k.application_id}/share-contact`, {}, as(store, k.token))
          )
        )
        expect(answers.map((a) => [a.status, a.data.application.contact_shared])).toEqual(times(8, () => [200, true]))
        const first = (await jobs().retrieveJobApplication(k.application_id)).contact_shared_at
        expect(first).toBeTruthy()
        // One consent, announced once, its time kept by later taps.
        expect(await shared.count()).toBe(1)
        await api.post(`/store/jobs/applications/${k.application_id}/share-contact`, {}, as(store, k.token))
        expect((await jobs().retrieveJobApplication(k.application_id)).contact_shared_at).toEqual(first)
      })

      it("share-contact racing withdraw: one withdrawal; a share that lands after it is refused with a code, never written on a withdrawn application", async () => {
        const employer = await businessEmployer(api, store, "Share Withdraw")
        const post = await livePost(employer)
        const k = await applyAs(post.id, "Salim")
        const asK = as(store, k.token)
        const answers = await together([
          ...times(4, () => () => api.post(`/store/jobs/applications/${k.application_id}/withdraw`, {}, asK)),
          ...times(4, () => () => api.post(`/store/jobs/applications/${k.application_id}/share-contact`, {}, asK)),
        ])
        expectLosers(answers.slice(0, 4), 1, { moved: "application_moved", notOpen: "application_not_open" })
        for (const a of answers.slice(4).filter((x) => x.status !== 200))
          expect([
            [409, "application_moved"],
            [400, "application_not_open"],
          ]).toContainEqual([a.status, a.data?.code])
        const stored = await jobs().retrieveJobApplication(k.application_id)
        expect(stored.status).toBe("withdrawn")
        // Any consent that got in was given before the withdrawal, never after it.
        if (stored.contact_shared_at)
          expect(new Date(stored.contact_shared_at).getTime()).toBeLessThanOrEqual(
            new Date(stored.updated_at).getTime()
          )
        const late = await together([
          () => api.post(`/store/jobs/applications/${k.application_id}/share-contact`, {}, asK),
        ])
        expect([late[0].status, late[0].data?.code]).toEqual([400, "application_not_open"])
      })

      it("shortlist and reject: 8 parallel decisions on one application give one decision", async () => {
        const employer = await businessEmployer(api, store, "Decide Race")
        const post = await livePost(employer)
        const [a, b] = [await applyAs(post.id, "Anwar"), await applyAs(post.id, "Babu")]
        const emp = as(store, employer.token)
        const shortlists = await together(
          times(8, () => () => api.post(`/store/jobs/employer/applications/${a.application_id}/shortlist`, {}, emp))
        )
        expectLosers(shortlists, 1, { moved: "application_moved", notOpen: "application_not_open" })
        expect((await jobs().retrieveJobApplication(a.application_id)).status).toBe("shortlisted")
        const rejects = await together(
          times(8, () => () => api.post(`/store/jobs/employer/applications/${b.application_id}/reject`, {}, emp))
        )
        expectLosers(rejects, 1, { moved: "application_moved", notOpen: "application_not_open" })
        expect((await jobs().retrieveJobApplication(b.application_id)).status).toBe("rejected")
      })

      it("hire: 8 parallel hires of one applicant take one opening; hire racing withdraw ends hired or withdrawn, with the count to match", async () => {
        const employer = await businessEmployer(api, store, "Hire Race")
        const post = await livePost(employer, { openings: 3 })
        const emp = as(store, employer.token)
        const a = await applyAs(post.id, "Harun")
        const hires = await together(
          times(8, () => () => api.post(`/store/jobs/employer/applications/${a.application_id}/hire`, {}, emp))
        )
        expectLosers(hires, 1, { moved: "application_moved", notOpen: "application_not_open" })
        expect((await jobs().retrieveJobPost(post.id)).filled).toBe(1)

        const b = await applyAs(post.id, "Bashir")
        const mixed = await together([
          ...times(4, () => () => api.post(`/store/jobs/employer/applications/${b.application_id}/hire`, {}, emp)),
          ...times(
            4,
            () => () => api.post(`/store/jobs/applications/${b.application_id}/withdraw`, {}, as(store, b.token))
          ),
        ])
        expectLosers(mixed, 1, { moved: "application_moved", notOpen: "application_not_open" })
        const [app, stored] = [
          await jobs().retrieveJobApplication(b.application_id),
          await jobs().retrieveJobPost(post.id),
        ]
        expect(stored.filled).toBe(app.status === "hired" ? 2 : 1)
        expect(["hired", "withdrawn"]).toContain(app.status)
        expect(await jobs().listJobApplications({ post_id: post.id, status: "hired" })).toHaveLength(stored.filled)
      })

      it("close: 8 parallel closes close once; closing racing the hire of the last opening leaves a filled post or a closed one, never both", async () => {
        const employer = await businessEmployer(api, store, "Close Race")
        const emp = as(store, employer.token)
        const post = await livePost(employer)
        const closed = listen("job_post.closed", (d) => d.id === post.id)
        const closes = await together(
          times(8, () => () => api.post(`/store/jobs/employer/posts/${post.id}/close`, {}, emp))
        )
        expectLosers(closes, 1, { moved: "post_moved", notOpen: "post_not_open" })
        expect((await jobs().retrieveJobPost(post.id)).status).toBe("closed")
        expect(await closed.count()).toBe(1)

        const last = await livePost(employer, { openings: 1 })
        const k = await applyAs(last.id, "Lateef")
        const answers = await together([
          () => api.post(`/store/jobs/employer/applications/${k.application_id}/hire`, {}, emp),
          ...times(5, () => () => api.post(`/store/jobs/employer/posts/${last.id}/close`, {}, emp)),
        ])
        const stored = await jobs().retrieveJobPost(last.id)
        const app = await jobs().retrieveJobApplication(k.application_id)
        if (answers[0].status === 200) {
          expect([stored.status, stored.filled, app.status]).toEqual(["filled", 1, "hired"])
          expect(answers.slice(1).every((a) => a.status !== 200)).toBe(true)
        } else {
          expect([stored.status, stored.filled, app.status]).toEqual(["closed", 0, "applied"])
          expect([answers[0].status, answers[0].data?.code]).toEqual([400, "post_not_open"])
          expectLosers(answers.slice(1), 1, { moved: "post_moved", notOpen: "post_not_open" })
        }
        for (const a of answers.slice(1).filter((x) => x.status !== 200))
          expect([
            [409, "post_moved"],
            [400, "post_not_open"],
          ]).toContainEqual([a.status, a.data?.code])
      })

      it("moderate: 8 parallel approvals of a pending post approve it once", async () => {
        const employer = await businessEmployer(api, store, "Moderate Race")
        const { data } = await api.post("/store/jobs/employer/posts", postBody(), as(store, employer.token))
        const approved = listen("job_post.approved", (d) => d.id === data.post.id)
        const answers = await together(
          times(
            8,
            () => () => api.post(`/admin/jobs/posts/${data.post.id}/moderate`, { status: "live", note: "ok" }, admin)
          )
        )
        expectLosers(answers, 1, { moved: "post_moved", notOpen: "post_not_open" })
        expect((await jobs().retrieveJobPost(data.post.id)).status).toBe("live")
        expect(await approved.count()).toBe(1)
      })

      it("report: a double tap files one report (422 already_reported for the rest); six reporters at once count six and suspend the post once", async () => {
        const employer = await businessEmployer(api, store, "Report Race")
        const post = await livePost(employer)
        const r = await karigar(api, store, "Reporter")
        const taps = await together(
          times(
            6,
            () => () =>
              api.post(`/store/jobs/posts/${post.id}/report`, { reason: "asks_for_money" }, as(store, r.token))
          )
        )
        expect(taps.filter((a) => a.status === 201)).toHaveLength(1)
        for (const a of taps.filter((x) => x.status !== 201))
          expect([a.status, a.data?.code]).toEqual([422, "already_reported"])
        expect(await jobs().listJobReports({ post_id: post.id })).toHaveLength(1)

        const other = await livePost(employer, { title: "Second post" })
        const reporters = []
        for (let i = 0; i < 6; i++) reporters.push(await karigar(api, store, `Reporter ${i}`))
        const suspended = listen("job_post.suspended", (d) => d.id === other.id)
        const answers = await together(
          reporters.map(
            (k) => () => api.post(`/store/jobs/posts/${other.id}/report`, { reason: "fake_job" }, as(store, k.token))
          )
        )
        expect(answers.map((a) => a.status)).toEqual(times(6, () => 201))
        const stored = await jobs().retrieveJobPost(other.id)
        expect([stored.report_count, stored.status]).toEqual([6, "pending"])
        expect(await jobs().listJobReports({ post_id: other.id })).toHaveLength(6)
        expect(await suspended.count()).toBe(1)
      })

      it("resolve report: 6 parallel resolutions by admins resolve it once", async () => {
        const employer = await businessEmployer(api, store, "Resolve Race")
        const post = await livePost(employer)
        const r = await karigar(api, store, "Resolver")
        const { data } = await api.post(
          `/store/jobs/posts/${post.id}/report`,
          { reason: "wrong_wage" },
          as(store, r.token)
        )
        const answers = await together(
          times(
            6,
            () => () =>
              api.post(`/admin/jobs/reports/${data.report.id}`, { status: "dismissed", note: "looked" }, admin)
          )
        )
        expectLosers(answers, 1, { moved: "report_moved", notOpen: "report_closed" })
        expect((await jobs().retrieveJobReport(data.report.id)).status).toBe("dismissed")
      })
    })
  },
})
