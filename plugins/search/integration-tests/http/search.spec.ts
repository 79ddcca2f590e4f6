import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SEARCH_MODULE } from "../../src/modules/search"
import { customerToken } from "../../../../backend/integration-tests/utils"
import {
  APP_DIR,
  adminToken,
  bearer,
  eventually,
  failure,
  liveJob,
  maker,
  product,
  search,
  storeFixture,
} from "../helpers"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("search on PostgreSQL: products, makers, courses, jobs and tool-houses", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>
      let imran: { id: string; token: string }
      let noor: { id: string; token: string }
      let items: Record<"bag" | "wallet" | "tote" | "pot" | "draft", { id: string; handle: string }>
      let job: { id: string; employer: { headers: Record<string, string> } }
      let toolHouseId: string

      const titles = (hits: Array<{ title: string }>) => hits.map((h) => h.title)

      beforeEach(async () => {
        const container = getContainer()
        store = (await storeFixture(container)).store
        const adminJwt = await adminToken(api, container)
        admin = bearer(adminJwt)
        const category = async (handle: string, name: string, hi: string) =>
          (
            await api.post(
              "/admin/product-categories",
              { handle, name, is_active: true, is_internal: false, metadata: { i18n: { hi: { name: hi } } } },
              admin
            )
          ).data.product_category.id as string
        const leather = await category("leather-goods", "Leather goods", "चमड़े का सामान")
        const pottery = await category("pottery", "Pottery", "मिट्टी के बर्तन")

        imran = await maker(api, adminJwt, "imran-leather", {
          name: "Imran Leather Works",
          crafts: ["leather"],
          area: "Kumbharwada",
          story: { en: "Three generations of leather cutting near 90 Feet Road.", hi: "तीन पीढ़ियों से चमड़े की कटाई।" },
        })
        noor = await maker(api, adminJwt, "noor-pottery", {
          name: "Noor Clay Studio",
          crafts: ["pottery"],
          area: "Kumbharwada",
          story: { en: "Wheel-thrown pots fired in the Kumbharwada kilns." },
        })
        items = {
          bag: await product(api, imran.id, imran.token, {
            title: "Leather Messenger Bag",
            inr: 2400,
            usd: 30,
            hi: "चमड़े का मैसेंजर बैग",
            category_ids: [leather],
          }),
          wallet: await product(api, imran.id, imran.token, {
            title: "Leather Wallet",
            inr: 650,
            hi: "चमड़े का बटुआ",
            category_ids: [leather],
          }),
          tote: await product(api, imran.id, imran.token, {
            title: "Canvas Tote",
            inr: 300,
            description: "A roomy shopping bag of recycled canvas",
          }),
          pot: await product(api, noor.id, noor.token, {
            title: "Terracotta Water Pot",
            inr: 450,
            hi: "मिट्टी का मटका",
            mr: "मातीचे माठ",
            category_ids: [pottery],
          }),
          draft: await product(api, imran.id, imran.token, {
            title: "Secret Leather Sample",
            inr: 999,
            status: "draft",
          }),
        }
        await api.post(
          "/admin/courses",
          {
            handle: "leather-cutting-basics",
            title: "Leather cutting for beginners",
            title_i18n: { hi: "शुरुआती लोगों के लिए चमड़े की कटाई" },
            summary: "Read a hide and cut panels with little waste",
            teacher_name: "Ismail Shaikh",
            languages: ["hi", "en"],
            level: "beginner",
            craft: "leather",
            status: "published",
            prices: [{ currency_code: "inr", amount: 500 }],
          },
          admin
        )
        job = await liveJob(api, store, admin)
        const { data } = await api.post(
          "/admin/tool-houses",
          {
            handle: "kala-killa",
            name: "Kala Killa Tool House",
            area: "Kala Killa",
            description: { en: "Benches, a laser cutter and storage bays by the hour." },
            opening_hours: { mon: [["09:00", "21:00"]] },
          },
          admin
        )
        toolHouseId = data.tool_house.id
        // Everything above reached the index through events: wait until all nine are there.
        await eventually(async () => expect((await search(api, store, { limit: 50 })).count).toBe(9))
      })

      it("finds by words in titles, names and descriptions, title matches first; facets count every other filter", async () => {
        // The tote matches through its maker's name only, so it comes after every title match.
        const leather = await search(api, store, { q: "leather" })
        expect(new Set(titles(leather.hits).slice(0, 4))).toEqual(
          new Set(["Leather Messenger Bag", "Leather Wallet", "Imran Leather Works", "Leather cutting for beginners"])
        )
        expect(titles(leather.hits).slice(4)).toEqual(["Canvas Tote"])
        expect(leather.provider).toBe("postgres")
        expect(Object.fromEntries(leather.facets!.type.map((f) => [f.value, f.count]))).toEqual({
          product: 3,
          maker: 1,
          course: 1,
        })

        // "bag" is in one title and in another product's description: the title wins.
        const bag = await search(api, store, { q: "bag", type: "product" })
        expect(titles(bag.hits)).toEqual(["Leather Messenger Bag", "Canvas Tote"])
        // Prefixes match as you type; every word must match.
        expect(titles((await search(api, store, { q: "mess" })).hits)).toEqual(["Leather Messenger Bag"])
        expect(titles((await search(api, store, { q: "leather pot" })).hits)).toEqual([])
        // A draft never shows.
        expect(titles((await search(api, store, { q: "secret" })).hits)).toEqual([])

        // Facets over everything, then with a category chosen: the category facet still counts the others.
        const all = await search(api, store, { limit: 50 })
        const count = (facet: string, r = all) => Object.fromEntries(r.facets![facet].map((f) => [f.value, f.count]))
        expect(all.facets!.category).toEqual(
          expect.arrayContaining([
            { value: "leather-goods", label: "Leather goods", count: 2 },
            { value: "pottery", label: "Pottery", count: 1 },
          ])
        )
        expect(count("type")).toEqual({ product: 4, maker: 2, course: 1, job: 1, tool_house: 1 })
        expect(count("craft")).toMatchObject({ leather: 5, pottery: 2, zari_embroidery: 1 })
        expect(count("area")).toEqual({ Kumbharwada: 6, Koliwada: 1, "Kala Killa": 1 })
        expect(count("language")).toEqual({ hi: 1, en: 1 })
        expect(all.facets!.wholesale).toEqual([])
        expect(all.facets!.price).toEqual([
          { value: "0-500", count: 2, min: 0, max: 500 },
          { value: "500-1000", count: 2, min: 500, max: 1000 },
          { value: "1000-2500", count: 1, min: 1000, max: 2500 },
        ])
        const potteryOnly = await search(api, store, { category: "pottery" })
        expect(titles(potteryOnly.hits)).toEqual(["Terracotta Water Pot"])
        expect(count("category", potteryOnly)).toEqual({ "leather-goods": 2, pottery: 1 })
        expect(count("type", potteryOnly)).toEqual({ product: 1 })

        // Filters: craft, area, language, price range, type.
        expect(titles((await search(api, store, { craft: "pottery" })).hits).sort()).toEqual([
          "Noor Clay Studio",
          "Terracotta Water Pot",
        ])
        expect(titles((await search(api, store, { area: "koliwada" })).hits)).toEqual([
          "Zari karigar for wedding blouses",
        ])
        expect(titles((await search(api, store, { language: "hi" })).hits)).toEqual(["Leather cutting for beginners"])
        // A price range is about the lowest price, from price_min up to (not including) price_max:
        // the tote's sizes cost 300 and 500, so it is not in 400-700; a 450 pot is, and in 450-451.
        expect(
          titles((await search(api, store, { price_min: 400, price_max: 700, type: "product" })).hits).sort()
        ).toEqual(["Leather Wallet", "Terracotta Water Pot"])
        expect(titles((await search(api, store, { price_min: 450, price_max: 451 })).hits)).toEqual([
          "Terracotta Water Pot",
        ])
        expect(titles((await search(api, store, { price_min: 300, price_max: 450, type: "product" })).hits)).toEqual([
          "Canvas Tote",
        ])
        // Any value a facet offers is a valid filter, commas included.
        expect((await search(api, store, { area: "90 Feet Road, Dharavi" })).count).toBe(0)
        const jobs = await search(api, store, { type: "job" })
        expect(jobs.hits).toEqual([
          expect.objectContaining({
            id: job.id,
            subtitle: "Qureshi Bag House",
            area: "Koliwada",
            data: expect.objectContaining({
              wage_amount: 650,
              currency_code: "inr",
              wage_period: "day",
              employment_type: "daily",
            }),
          }),
        ])

        // Pages.
        const first = await search(api, store, { limit: 4, offset: 0 })
        const second = await search(api, store, { limit: 4, offset: 4 })
        expect([first.count, first.hits.length, second.hits.length]).toEqual([9, 4, 4])
        expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(8)
        // Instant results skip the facet counts.
        expect((await search(api, store, { q: "leather", facets: false, limit: 3 })).facets).toBeNull()
      })

      it("prices each hit in the shopper's currency, from retail prices only", async () => {
        const inr = await search(api, store, { q: "messenger" })
        expect(inr.hits[0].price).toEqual({ currency: "inr", min: 2400, max: 2600 })
        const usd = await search(api, store, { q: "leather", type: "product", currency: "usd" })
        const byTitle = Object.fromEntries(usd.hits.map((h) => [h.title, h.price]))
        expect(byTitle).toEqual({
          "Leather Messenger Bag": { currency: "usd", min: 30, max: 33 },
          "Leather Wallet": null,
          "Canvas Tote": null,
        })
        expect(titles((await search(api, store, { currency: "usd", price_min: 25 })).hits)).toEqual([
          "Leather Messenger Bag",
        ])
        expect((await search(api, store, { currency: "usd" })).facets!.price).toEqual([
          { value: "25-50", count: 1, min: 25, max: 50 },
        ])
      })

      it("finds Hindi and Marathi titles by their Devanagari words, and English words with a typo", async () => {
        expect(titles((await search(api, store, { q: "मटका" })).hits)).toEqual(["Terracotta Water Pot"])
        expect(titles((await search(api, store, { q: "माठ" })).hits)).toEqual(["Terracotta Water Pot"])
        // A prefix typed so far, and the same word typed without the nukta.
        expect(titles((await search(api, store, { q: "मिट्" })).hits)).toEqual(
          expect.arrayContaining(["Terracotta Water Pot"])
        )
        // Hindi titles first; the tote is found by its leather maker's craft.
        const chamde = await search(api, store, { q: "चमड़े", type: "product" })
        expect(titles(chamde.hits)).toEqual([
          expect.stringMatching(/^Leather (Messenger Bag|Wallet)$/),
          expect.stringMatching(/^Leather (Messenger Bag|Wallet)$/),
          "Canvas Tote",
        ])
        expect(titles((await search(api, store, { q: "चमडे", type: "product" })).hits)).toEqual(titles(chamde.hits))
        expect(chamde.hits.find((h) => h.title === "Leather Wallet")!.title_i18n).toEqual({ hi: "चमड़े का बटुआ" })
        // Another inflection of the same word: चमड़ा (the shopper) and चमड़े (the title).
        expect(titles((await search(api, store, { q: "चमड़ा बैग" })).hits)).toEqual(["Leather Messenger Bag"])
        // Category names in Hindi find their products; a course's Hindi title finds it.
        expect(titles((await search(api, store, { q: "मिट्टी के बर्तन" })).hits)).toEqual(["Terracotta Water Pot"])
        expect(titles((await search(api, store, { q: "कटाई" })).hits)).toEqual(
          expect.arrayContaining(["Leather cutting for beginners"])
        )

        // Typos in Latin words.
        expect(titles((await search(api, store, { q: "lether wallet" })).hits)).toEqual(["Leather Wallet"])
        expect(titles((await search(api, store, { q: "terracota" })).hits)).toEqual(["Terracotta Water Pot"])
        expect(titles((await search(api, store, { q: "mesenger" })).hits)).toEqual(["Leather Messenger Bag"])
        expect((await search(api, store, { q: "xylophone" })).count).toBe(0)
      })

      it("never indexes or answers private fields: contact, payout details, a job's address, drafts", async () => {
        const everything = JSON.stringify(await search(api, store, { limit: 50 }))
        for (const secret of [
          "98200 00000",
          "imran-leather@example.in",
          "noor-pottery@example.in",
          "@upi",
          "99870 55555",
          "hr.private",
          "Room 7",
          "Chawl",
          "Secret Leather",
        ]) {
          expect(everything).not.toContain(secret)
        }
        const rows = await getContainer().resolve(SEARCH_MODULE).listSearchDocuments({}, { take: 100 })
        expect(rows).toHaveLength(9)
        expect(JSON.stringify(rows)).not.toMatch(/98200 00000|@example\.in|@upi|99870 55555|Room 7|Chawl/)
        // Searching for a secret finds nothing.
        for (const q of ["Chawl", "upi", "hr.private"]) expect((await search(api, store, { q })).count).toBe(0)
      })

      it("keeps in step on update, unpublish, delete, suspension, closing a job and renaming a tool-house; no lost update in a burst", async () => {
        await api.post(
          `/vendors/sellers/${imran.id}/products/${items.wallet.id}`,
          { title: "Leather Card Holder" },
          bearer(imran.token)
        )
        await eventually(async () =>
          expect(titles((await search(api, store, { q: "holder" })).hits)).toEqual(["Leather Card Holder"])
        )
        // The old title is gone; "wallet" now finds it only by its description.
        expect(titles((await search(api, store, { q: "wallet" })).hits)).toEqual(["Leather Card Holder"])

        await api.post(
          `/vendors/sellers/${imran.id}/products/${items.tote.id}`,
          { status: "draft" },
          bearer(imran.token)
        )
        await eventually(async () => expect((await search(api, store, { q: "canvas" })).count).toBe(0))

        await api.delete(`/vendors/sellers/${noor.id}/products/${items.pot.id}`, bearer(noor.token))
        await eventually(async () => expect((await search(api, store, { q: "terracotta" })).count).toBe(0))

        await api.post(`/admin/sellers/${imran.id}`, { status: "suspended" }, admin)
        await eventually(async () =>
          expect(titles((await search(api, store, { q: "leather" })).hits)).toEqual(["Leather cutting for beginners"])
        )

        await api.post(`/store/jobs/employer/posts/${job.id}/close`, {}, job.employer)
        await eventually(async () => expect((await search(api, store, { type: "job" })).count).toBe(0))

        await api.post(`/admin/tool-houses/${toolHouseId}`, { name: "Kala Killa Makerspace" }, admin)
        await eventually(async () =>
          expect(titles((await search(api, store, { q: "makerspace kala" })).hits)).toEqual(["Kala Killa Makerspace"])
        )

        // Twelve products listed at once by the same maker: every one is indexed.
        const burst = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            product(api, noor.id, noor.token, { title: `Kulhad set ${i + 1}`, inr: 120 + i })
          )
        )
        await eventually(async () => expect((await search(api, store, { q: "kulhad", limit: 50 })).count).toBe(12))
        expect(new Set((await search(api, store, { q: "kulhad", limit: 50 })).hits.map((h) => h.id))).toEqual(
          new Set(burst.map((p) => p.id))
        )
      })

      it("rebuilds the index from the records (admin reindex), dropping what drifted", async () => {
        const service = getContainer().resolve(SEARCH_MODULE)
        // Drift: one document lost, one stale document for a record that does not exist.
        await service.removeDocuments("product", [items.bag.id])
        await service.indexDocuments([
          {
            ...(await service.findDocuments("product", [items.wallet.id]))[0],
            ref_id: "prod_gone",
            title: "Ghost Lantern",
          },
        ])
        expect((await search(api, store, { q: "ghost" })).count).toBe(1)

        const { data: status } = await api.get("/admin/search", admin)
        expect(status.search).toEqual({
          provider: "postgres",
          counts: { product: 4, maker: 2, course: 1, job: 1, tool_house: 1 },
          meilisearch: null,
        })

        const { data } = await api.post("/admin/search/reindex", {}, admin)
        expect(data.reindexed).toMatchObject({
          product: { indexed: 4, removed: 1 },
          maker: { indexed: 2, removed: 0 },
          course: { indexed: 1, removed: 0 },
          job: { indexed: 1, removed: 0 },
          tool_house: { indexed: 1, removed: 0 },
        })
        expect((await search(api, store, { q: "ghost" })).count).toBe(0)
        expect(titles((await search(api, store, { q: "messenger" })).hits)).toEqual(["Leather Messenger Bag"])
        const { data: after } = await api.get("/admin/search", admin)
        expect(after.search.counts).toEqual({ product: 4, maker: 2, course: 1, job: 1, tool_house: 1 })

        // One type only.
        const { data: one } = await api.post("/admin/search/reindex", { types: ["tool_house"] }, admin)
        expect(Object.keys(one.reindexed)).toEqual(["tool_house"])
      })

      it("refuses bad input with a 400 naming the field, and keeps the admin routes for admins", async () => {
        const cases: [Record<string, string>, RegExp][] = [
          [{ type: "karigar" }, /type/],
          [{ limit: "0" }, /limit/],
          [{ limit: "51" }, /limit/],
          [{ offset: "-1" }, /offset/],
          [{ currency: "gbp" }, /currency/],
          [{ price_min: "900", price_max: "100" }, /price_min/],
          [{ price_min: "cheap" }, /price_min/],
          [{ q: "x".repeat(201) }, /q/],
          [{ language: "french" }, /language/],
          [{ wholesale: "yes" }, /wholesale/],
          [{ craft: "x".repeat(101) }, /craft/],
          [{ area: "Koli\u0000wada" }, /area/],
          [{ sort: "price" }, /sort/],
        ]
        for (const [params, field] of cases) {
          const res = await failure(api.get(`/store/search?${new URLSearchParams(params)}`, store))
          expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(field)])
        }
        // Store routes need the publishable key.
        expect((await failure(api.get("/store/search?q=bag"))).status).toBe(400)

        // Admin routes: not for visitors or customers; a bad reindex body changes nothing.
        const customer = await customerToken(api, store, "Meera Patil")
        expect((await failure(api.get("/admin/search"))).status).toBe(401)
        expect((await failure(api.post("/admin/search/reindex", {}, bearer(customer.token)))).status).toBe(401)
        const bad = await failure(api.post("/admin/search/reindex", { types: ["karigar"] }, admin))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/types/)])
        expect((await failure(api.post("/admin/search/reindex", { everything: true }, admin))).status).toBe(400)
        expect((await search(api, store, { limit: 50 })).count).toBe(9)
      })
    })
  },
})
