import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { adminToken, bearer, customerToken, failure, storeFixture } from "../utils"

// The application-wide guards of the Trust issue: sign-in throttling on every auth route, and
// malformed input answered 400 with the field named before any route (ours or Medusa's) sees it.
jest.setTimeout(180_000)

const statusOf = async (request: Promise<{ status: number }>) => {
  try {
    return (await request).status
  } catch (error: any) {
    if (error.response) return error.response.status as number
    throw error
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    beforeEach(async () => {
      store = (await storeFixture(getContainer())).store
    })

    describe("sign-in throttling", () => {
      it("refuses an eleventh wrong password on a customer account, and then the right one, with 429 and Retry-After", async () => {
        const { email } = await customerToken(api, store)
        for (let i = 0; i < 10; i++) {
          const wrong = await failure(api.post("/auth/customer/emailpass", { email, password: `wrong-${i}` }))
          expect(wrong.status).toBe(401)
        }
        const blocked = await failure(api.post("/auth/customer/emailpass", { email, password: "customer-pass-123" }))
        expect(blocked.status).toBe(429)
        expect(blocked.data).toMatchObject({ code: "too_many_attempts", details: { retry_after: expect.any(Number) } })
        expect(Number((blocked as any).headers["retry-after"])).toBeGreaterThan(60)
        expect(blocked.data.message).toMatch(/Try again in \d+ minutes?/)
        // Another account from the same address is still let in.
        const other = await customerToken(api, store)
        expect(
          (await api.post("/auth/customer/emailpass", { email: other.email, password: "customer-pass-123" })).status
        ).toBe(200)
      })

      it("counts a burst of thirty parallel guesses before answering any (seller and admin routes too)", async () => {
        for (const actor of ["seller", "user", "customer"]) {
          const email = `burst-${actor}-${Date.now()}@dharavi.test`
          const statuses = await Promise.all(
            Array.from({ length: 30 }, (_, i) =>
              statusOf(api.post(`/auth/${actor}/emailpass`, { email, password: `guess-${i}` }))
            )
          )
          expect(statuses.filter((s) => s === 429).length).toBe(20)
          expect(statuses.filter((s) => s !== 429).every((s) => s === 401)).toBe(true)
        }
      })

      it("a successful sign-in clears the account's failures", async () => {
        const { email } = await customerToken(api, store)
        for (let i = 0; i < 9; i++) await failure(api.post("/auth/customer/emailpass", { email, password: "nope" }))
        expect((await api.post("/auth/customer/emailpass", { email, password: "customer-pass-123" })).status).toBe(200)
        for (let i = 0; i < 9; i++)
          expect((await failure(api.post("/auth/customer/emailpass", { email, password: "nope" }))).status).toBe(401)
      })

      it("throttles registration and password-reset requests by account too", async () => {
        const email = `reset-${Date.now()}@dharavi.test`
        const statuses: number[] = []
        for (let i = 0; i < 12; i++)
          statuses.push(await statusOf(api.post("/auth/customer/emailpass/reset-password", { identifier: email })))
        expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true)
        expect(statuses.slice(10)).toEqual([429, 429])
      })
    })

    describe("malformed input is a 400 with the field named, on Medusa's routes and ours", () => {
      const bad = async (request: Promise<unknown>, field: string) => {
        const res = await failure(request)
        expect(res.status).toBe(400)
        expect(res.data).toMatchObject({ code: "invalid_input", details: { field } })
        return res
      }

      it("NUL inside a JSON string, at any depth", async () => {
        const { token } = await customerToken(api, store)
        const asCustomer = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
        await bad(api.post("/store/carts", { metadata: { note: "a\u0000b" } }, store), "metadata.note")
        await bad(api.post("/store/customers/me", { first_name: "Imran\u0000" }, asCustomer), "first_name")
        await bad(
          api.post("/store/jobs/profile", { name: "x", skills: [{ trade: "\u0000", level: "skilled" }] }, asCustomer),
          "skills.0.trade"
        )
        const admin = bearer(await adminToken(api, getContainer()))
        await bad(api.post("/admin/products", { title: "Bag\u0000", options: [] }, admin), "title")
        expect(await getContainer().resolve(Modules.PRODUCT).listProducts({})).toHaveLength(0)
      })

      it("negative or broken limit and offset", async () => {
        await bad(api.get("/store/products?limit=-1", store), "limit")
        await bad(api.get("/store/products?offset=-5", store), "offset")
        await bad(api.get("/store/pools?limit=abc", store), "limit")
        await bad(api.get("/store/search?q=bag&limit=99999999", store), "limit")
        const admin = bearer(await adminToken(api, getContainer()))
        await bad(api.get("/admin/orders?offset=-1", admin), "offset")
        expect((await api.get("/store/products?limit=5&offset=0", store)).status).toBe(200)
      })

      it("broken percent-encoding or NUL in a path id or in q", async () => {
        await bad(api.get("/store/pools/%E0%A4", store), "path")
        await bad(api.get("/store/products/%E0%A4%A", store), "path")
        await bad(api.get("/store/tool-houses/abc%00def", store), "path")
        await bad(api.get("/store/products?q=bag%00", store), "q")
        await bad(api.get("/store/search?q=%00", store), "q")
        const admin = bearer(await adminToken(api, getContainer()))
        await bad(api.get("/admin/products/%FF", admin), "path")
      })

      // (Medusa's authentication middleware answers its 401 itself, before any middleware of ours.)
      it("Medusa's own refusals carry a code too (validation, not found)", async () => {
        const invalidBody = await failure(api.post("/store/carts", { region_id: 7 }, store))
        expect(invalidBody.status).toBe(400)
        expect(invalidBody.data.code).toBe("invalid_input")
        const missing = await failure(api.get("/store/products/prod_missing", store))
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("not_found")
      })

      it("a date a person enters must lie in a sane window (a job starting in the year 5138 is refused)", async () => {
        const { token } = await customerToken(api, store)
        const asCustomer = { headers: { ...store.headers, authorization: `Bearer ${token}` } }
        const res = await failure(
          api.post(
            "/store/jobs/employer/posts",
            {
              title: "Leather cutter",
              skills: [{ trade: "leather_cutting", level: "skilled" }],
              employment_type: "daily",
              wage_amount: 600,
              wage_period: "day",
              area: "Kala Killa",
              openings: 1,
              starts_on: 99999999999999,
            },
            asCustomer
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/starts_on must be between 2000-01-01 and \d{4}-\d{2}-\d{2}/)
      })
    })
  },
})
