import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { startMeilisearchDouble, type MeilisearchDouble } from "../meilisearch-double"
import { APP_DIR, adminToken, bearer, eventually, maker, product, search, storeFixture } from "../helpers"

jest.setTimeout(300_000)

const KEY = "dharavi-test-key"
const INDEX = "dharavi_search"
let meili: MeilisearchDouble

// The application reads MEILISEARCH_HOST when it boots (the runner's beforeAll, which runs after this one).
beforeAll(async () => {
  meili = await startMeilisearchDouble({ apiKey: KEY })
  Object.assign(process.env, { MEILISEARCH_HOST: meili.url, MEILISEARCH_API_KEY: KEY, MEILISEARCH_RETRY_MS: "1000" })
})
afterAll(async () => {
  for (const name of ["MEILISEARCH_HOST", "MEILISEARCH_API_KEY", "MEILISEARCH_RETRY_MS"]) delete process.env[name]
  await meili?.close()
})

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("search with Meilisearch configured (against a double of its HTTP API)", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      let imran: { id: string; token: string }

      beforeEach(async () => {
        const container = getContainer()
        store = (await storeFixture(container)).store
        const adminJwt = await adminToken(api, container)
        admin = bearer(adminJwt)
        imran = await maker(api, adminJwt, "imran-leather", {
          name: "Imran Leather Works",
          crafts: ["leather"],
          area: "Kumbharwada",
        })
      })

      it("writes changes to both indexes, answers from Meilisearch, and falls back to PostgreSQL with a warning while it is down", async () => {
        const bag = await product(api, imran.id, imran.token, {
          title: "Leather Messenger Bag",
          inr: 2400,
          hi: "चमड़े का मैसेंजर बैग",
        })
        await eventually(async () => {
          const answer = await search(api, store, { q: "messenger" })
          expect([answer.provider, answer.hits.map((h) => h.id)]).toEqual(["meilisearch", [bag.id]])
        })
        // Meilisearch got the settings and the documents, with the key, and no private field.
        const docs = meili.documents(INDEX)
        expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining([`product-${bag.id}`, `maker-${imran.id}`]))
        expect(JSON.stringify(docs)).not.toMatch(/98200 00000|@example\.in|@upi/)
        expect(meili.requests.some((r) => r.method === "PATCH" && r.path === `/indexes/${INDEX}/settings`)).toBe(true)
        expect(
          meili.requests.filter((r) => r.path !== "/health").every((r) => r.headers.authorization === `Bearer ${KEY}`)
        ).toBe(true)
        const { data: status } = await api.get("/admin/search", admin)
        expect(status.search).toMatchObject({
          provider: "meilisearch",
          meilisearch: { healthy: true, counts: { product: 1, maker: 1 } },
          counts: { product: 1, maker: 1 },
        })

        // Down: the shopper still gets an answer (from PostgreSQL), and the log says why.
        const logger = getContainer().resolve("logger")
        const warn = jest.spyOn(logger, "warn")
        meili.setDown(true)
        const fallback = await search(api, store, { q: "messenger" })
        expect([fallback.provider, fallback.hits.map((h) => h.id)]).toEqual(["postgres", [bag.id]])
        expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Meilisearch failed .*PostgreSQL answers searches/))
        // Within the retry window, searches do not wait on Meilisearch again.
        const asked = meili.requests.length
        expect((await search(api, store, { q: "चमड़े" })).provider).toBe("postgres")
        expect(meili.requests.length).toBe(asked)

        // A change made while it is down reaches PostgreSQL at once; Meilisearch's failed write is logged.
        await api.post(
          `/vendors/sellers/${imran.id}/products/${bag.id}`,
          { title: "Leather Laptop Bag" },
          bearer(imran.token)
        )
        await eventually(async () =>
          expect((await search(api, store, { q: "laptop" })).hits.map((h) => h.id)).toEqual([bag.id])
        )
        await eventually(async () =>
          expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Meilisearch could not index documents/))
        )
        const { data: downStatus } = await api.get("/admin/search", admin)
        expect(downStatus.search.meilisearch).toMatchObject({ healthy: false, counts: null })

        // Back up: after the retry window Meilisearch answers again; a reindex brings it in step.
        meili.setDown(false)
        await new Promise((r) => setTimeout(r, 1100))
        await api.post("/admin/search/reindex", {}, admin)
        const back = await search(api, store, { q: "laptop" })
        expect([back.provider, back.hits.map((h) => h.id)]).toEqual(["meilisearch", [bag.id]])
        expect(meili.documents(INDEX).find((d) => d.id === `product-${bag.id}`)).toMatchObject({
          title: "Leather Laptop Bag",
          title_hi: "चमड़े का मैसेंजर बैग",
        })
        warn.mockRestore()
      })
    })
  },
})
