import {
  startMeilisearchDouble,
  type MeilisearchDouble,
  type RecordedRequest,
} from "../../../../integration-tests/meilisearch-double"
import { MeilisearchSearchProvider, filterString, settings } from "../providers/meilisearch"
import { SEARCH_TYPES, type SearchDocumentInput, type SearchParams, type SearchType } from "../types"

const INDEX = "test_index"
const KEY = "test-master-key"

function doc(
  fields: Partial<SearchDocumentInput> & Pick<SearchDocumentInput, "type" | "ref_id" | "title">
): SearchDocumentInput {
  return {
    handle: null,
    title_i18n: null,
    subtitle: null,
    body: null,
    keywords: [],
    categories: [],
    category_labels: {},
    crafts: [],
    area: null,
    languages: [],
    prices: {},
    wholesale: false,
    thumbnail: null,
    data: {},
    ...fields,
  }
}

const BAG_BODY =
  "Hand-stitched from vegetable-tanned goat leather in a Dharavi workshop that has made bags for export houses for thirty years; " +
  "now sold direct, with a lining of block-printed cotton and brass buckles cast in Kumbharwada."

const CATALOGUE: SearchDocumentInput[] = [
  doc({
    type: "product",
    ref_id: "prod_bag",
    handle: "leather-messenger-bag",
    title: "Leather messenger bag",
    title_i18n: { hi: "चमड़े का मैसेंजर बैग" },
    subtitle: "Rafiq Leather Works",
    body: BAG_BODY,
    keywords: ["satchel", "चमड़ा"],
    categories: ["bags"],
    category_labels: { bags: "Bags" },
    crafts: ["leather"],
    area: "90 Feet Road",
    prices: { inr: { min: 1800, max: 2200 }, usd: { min: 22, max: 27 } },
    wholesale: true,
    thumbnail: "/uploads/bag.jpg",
    data: { material: "goat leather" },
  }),
  doc({
    type: "product",
    ref_id: "prod_pot",
    title: "Terracotta water pot",
    categories: ["kitchen"],
    category_labels: { kitchen: "Kitchen" },
    crafts: ["pottery"],
    area: "Kumbharwada",
    prices: { inr: { min: 450, max: 600 } },
  }),
  doc({
    type: "product",
    ref_id: "prod_diya",
    title: "Clay diya set",
    categories: ["decor", "kitchen"],
    category_labels: { decor: "Decor", kitchen: "Kitchen" },
    crafts: ["pottery"],
    area: "Kumbharwada",
    prices: { inr: { min: 300, max: 300 }, usd: { min: 4, max: 4 } },
    wholesale: true,
  }),
  doc({
    type: "product",
    ref_id: "prod_wallet",
    title: "Leather wallet",
    categories: ["accessories"],
    category_labels: { accessories: "Accessories" },
    crafts: ["leather"],
    area: "Koliwada",
    prices: { inr: { min: 700, max: 900 }, usd: { min: 9, max: 11 } },
  }),
  doc({
    type: "maker",
    ref_id: "sel_potters",
    title: "Kumbharwada Potters Collective",
    crafts: ["pottery"],
    area: "Kumbharwada",
  }),
  doc({
    type: "course",
    ref_id: "course_stitch",
    title: "Leather stitching basics",
    crafts: ["leather"],
    languages: ["hi", "mr"],
    prices: { inr: { min: 1500, max: 1500 } },
  }),
  doc({
    type: "job",
    ref_id: "jobpost_zari",
    title: "Zari embroidery karigar wanted",
    crafts: ["zari_embroidery"],
    area: "Koliwada",
    data: { wage: "18000/month" },
  }),
]

const params = (fields: Partial<SearchParams> = {}): SearchParams => ({
  currency: "inr",
  limit: 20,
  offset: 0,
  facets: false,
  ...fields,
})

const callsOf = (requests: RecordedRequest[]) => requests.map((r) => `${r.method} ${r.path}`)
const searchesOf = (requests: RecordedRequest[]) =>
  requests
    .filter((r) => r.path === "/multi-search")
    .map((r) => (r.body as { queries: Array<Record<string, any>> }).queries)

/** The facets of `craft: "pottery"` over CATALOGUE, the same from the double and a real server. */
const POTTERY_FACETS = {
  type: [
    { value: "product", count: 2 },
    { value: "maker", count: 1 },
  ],
  category: [
    { value: "kitchen", label: "Kitchen", count: 2 },
    { value: "decor", label: "Decor", count: 1 },
  ],
  // Choosing pottery still shows the leather goods.
  craft: [
    { value: "leather", count: 3 },
    { value: "pottery", count: 3 },
    { value: "zari_embroidery", count: 1 },
  ],
  area: [{ value: "Kumbharwada", count: 3 }],
  language: [],
  price: [{ value: "0-500", count: 2, min: 0, max: 500 }],
  // One of the three pottery matches sells wholesale.
  wholesale: [{ value: "true", count: 1 }],
}

describe("MeilisearchSearchProvider against the Meilisearch double", () => {
  let double: MeilisearchDouble
  let provider: MeilisearchSearchProvider

  beforeEach(async () => {
    double = await startMeilisearchDouble({ apiKey: KEY })
    provider = new MeilisearchSearchProvider({ host: double.url, apiKey: KEY, indexUid: INDEX })
  })
  afterEach(() => double.close())

  it("creates the index with primary key id and sends the settings before the first search, once per process", async () => {
    await provider.search(params({ q: "bag" }))
    const calls = callsOf(double.requests)
    const create = double.requests.find((r) => r.method === "POST" && r.path === "/indexes")
    expect(create?.body).toEqual({ uid: INDEX, primaryKey: "id" })
    const patch = double.requests.find((r) => r.method === "PATCH")
    expect(patch?.path).toBe(`/indexes/${INDEX}/settings`)
    expect(patch?.body).toEqual(settings)
    expect(settings.searchableAttributes).toEqual(["title", "title_hi", "title_mr", "subtitle", "keywords", "body"])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "type",
        "ref_id",
        "categories",
        "crafts",
        "area",
        "languages",
        "wholesale",
        "price_inr_min",
        "price_eur_max",
      ])
    )
    // The settings task is waited for before the search goes out.
    const settingsTask = double.requests.findIndex((r) => r.method === "GET" && r.path.startsWith("/tasks/"))
    expect(calls.indexOf(`PATCH /indexes/${INDEX}/settings`)).toBeLessThan(settingsTask)
    expect(settingsTask).toBeLessThan(calls.indexOf("POST /multi-search"))
    expect(double.indexes.get(INDEX)?.primaryKey).toBe("id")

    // Configured once per process.
    double.requests.length = 0
    await provider.search(params({ q: "pot" }))
    await provider.upsert(CATALOGUE)
    expect(callsOf(double.requests).filter((c) => c.startsWith("PATCH") || c === "POST /indexes")).toEqual([])

    // A new process finds the index and its settings in place and sends nothing again.
    double.requests.length = 0
    const restarted = new MeilisearchSearchProvider({ host: double.url, apiKey: KEY, indexUid: INDEX })
    await restarted.search(params({ q: "pot" }))
    expect(callsOf(double.requests)).toEqual([
      `GET /indexes/${INDEX}`,
      `GET /indexes/${INDEX}/settings`,
      "POST /multi-search",
    ])
  })

  it("sends settings again when the index has other ones", async () => {
    await provider.counts()
    double.indexes.get(INDEX)!.settings.searchableAttributes = ["*"]
    double.requests.length = 0
    await new MeilisearchSearchProvider({ host: double.url, apiKey: KEY, indexUid: INDEX }).counts()
    expect(double.requests.find((r) => r.method === "PATCH")?.body).toEqual(settings)
    expect(double.indexes.get(INDEX)?.settings.searchableAttributes).toEqual(settings.searchableAttributes)
  })

  it("sends documents flattened, picking the contract's fields and nothing else", async () => {
    const leaky = {
      ...CATALOGUE[0],
      contact: { phone: "+91 98200 11111", email: "rafiq@example.com" },
      phone: "+91 98200 11111",
      payout_account: "HDFC 0000111122223333",
    } as unknown as SearchDocumentInput
    await provider.upsert([leaky])

    const post = double.requests.find((r) => r.method === "POST" && r.path === `/indexes/${INDEX}/documents`)
    expect(post?.query.primaryKey).toBe("id")
    expect(JSON.stringify(post?.body)).not.toMatch(/98200|example\.com|contact|phone|payout|HDFC/)
    const expected = {
      id: "product-prod_bag",
      type: "product",
      ref_id: "prod_bag",
      handle: "leather-messenger-bag",
      title: "Leather messenger bag",
      title_hi: "चमड़े का मैसेंजर बैग",
      title_mr: null,
      subtitle: "Rafiq Leather Works",
      body: BAG_BODY,
      keywords: ["satchel", "चमड़ा"],
      categories: ["bags"],
      category_labels: [JSON.stringify(["bags", "Bags"])],
      crafts: ["leather"],
      area: "90 Feet Road",
      languages: [],
      price_inr_min: 1800,
      price_inr_max: 2200,
      price_usd_min: 22,
      price_usd_max: 27,
      price_eur_min: null,
      price_eur_max: null,
      wholesale: true,
      thumbnail: "/uploads/bag.jpg",
      data: { material: "goat leather" },
    }
    expect(post?.body).toEqual([expected])
    expect(double.documents(INDEX)).toEqual([expected])
  })

  it("replaces a document written again, under the same id", async () => {
    await provider.upsert(CATALOGUE)
    await provider.upsert([{ ...CATALOGUE[1], title: "Terracotta matka", prices: {} }])
    const stored = double.documents(INDEX).filter((d) => d.ref_id === "prod_pot")
    expect(stored).toEqual([
      expect.objectContaining({ id: "product-prod_pot", title: "Terracotta matka", price_inr_min: null }),
    ])
    expect(double.documents(INDEX)).toHaveLength(CATALOGUE.length)
  })

  it("refuses a source id Meilisearch cannot take, before sending anything", async () => {
    await expect(
      provider.upsert([...CATALOGUE, doc({ type: "product", ref_id: "prod/1", title: "Bad id" })])
    ).rejects.toThrow(/document ids allow only/)
    expect(double.requests).toEqual([])
  })

  it("authenticates with the API key as a Bearer token, and fails without it", async () => {
    await provider.upsert(CATALOGUE)
    await provider.search(params({ q: "leather", facets: true }))
    await provider.counts()
    expect(double.requests.length).toBeGreaterThan(5)
    for (const request of double.requests) expect(request.headers.authorization).toBe(`Bearer ${KEY}`)

    const keyless = new MeilisearchSearchProvider({ host: double.url, indexUid: INDEX })
    await expect(keyless.search(params({ q: "bag" }))).rejects.toThrow(/Authorization header is missing/)
    const wrongKey = new MeilisearchSearchProvider({ host: double.url, apiKey: "guess", indexUid: INDEX })
    await expect(wrongKey.search(params({ q: "bag" }))).rejects.toThrow(/API key is invalid/)
  })

  it("builds the filter from every parameter, escaping the shopper's quotes and backslashes", async () => {
    await provider.upsert(CATALOGUE)
    double.requests.length = 0
    await provider.search(
      params({
        q: "  leather bag ",
        type: "product",
        category: "bags",
        craft: 'ka"la\\',
        area: "90 Feet Road",
        language: "hi",
        price_min: 500,
        price_max: 2500,
        wholesale: true,
        limit: 12,
        offset: 24,
      })
    )
    const [queries] = searchesOf(double.requests)
    expect(queries).toHaveLength(1)
    expect(queries[0]).toMatchObject({
      indexUid: INDEX,
      q: "leather bag",
      matchingStrategy: "all",
      offset: 24,
      limit: 12,
    })
    expect(queries[0].filter).toBe(
      'type = "product" AND categories = "bags" AND crafts = "ka\\"la\\\\" AND area = "90 Feet Road" AND languages = "hi"' +
        " AND price_inr_min >= 500 AND price_inr_min < 2500 AND wholesale = true"
    )
    expect(filterString('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"')
  })

  it("finds a value with quotes and backslashes through its escaped filter, and nothing through an injected one", async () => {
    await provider.upsert([
      ...CATALOGUE,
      doc({ type: "product", ref_id: "prod_odd", title: "Odd craft", crafts: ['ka"la\\'] }),
    ])
    const found = await provider.search(params({ craft: 'ka"la\\' }))
    expect(found.hits.map((h) => h.id)).toEqual(["prod_odd"])
    const injected = await provider.search(params({ craft: 'x" OR type = "product' }))
    expect(injected).toEqual({ hits: [], count: 0, facets: null })
  })

  it("maps hits to SearchHit with the price in the asked currency, null when it has none", async () => {
    await provider.upsert(CATALOGUE)
    const result = await provider.search(params({ q: "leather", currency: "usd" }))
    expect(result.count).toBe(3)
    expect(result.facets).toBeNull()
    expect(result.hits.map((h) => h.id).sort()).toEqual(["course_stitch", "prod_bag", "prod_wallet"])
    const bag = result.hits.find((h) => h.id === "prod_bag")
    expect(bag).toEqual({
      type: "product",
      id: "prod_bag",
      handle: "leather-messenger-bag",
      title: "Leather messenger bag",
      title_i18n: { hi: "चमड़े का मैसेंजर बैग" },
      subtitle: "Rafiq Leather Works",
      snippet: expect.stringMatching(/^Hand-stitched from vegetable-tanned .*…$/),
      thumbnail: "/uploads/bag.jpg",
      area: "90 Feet Road",
      crafts: ["leather"],
      categories: ["bags"],
      languages: [],
      price: { currency: "usd", min: 22, max: 27 },
      wholesale: true,
      data: { material: "goat leather" },
    })
    expect(bag?.snippet?.length).toBeLessThanOrEqual(161)
    const course = result.hits.find((h) => h.id === "course_stitch")
    expect(course).toMatchObject({
      type: "course",
      price: null,
      title_i18n: null,
      snippet: null,
      languages: ["hi", "mr"],
    })
    // Only the fields a hit shows, in the asked currency, are asked for.
    const [queries] = searchesOf(double.requests)
    expect(queries[0].attributesToRetrieve).toEqual(expect.arrayContaining(["price_usd_min", "price_usd_max", "body"]))
    expect(queries[0].attributesToRetrieve).not.toContain("price_inr_min")
    expect(queries[0].attributesToRetrieve).not.toContain("keywords")
  })

  it("counts each facet with every filter but its own, and prices in buckets of the lowest price", async () => {
    await provider.upsert(CATALOGUE)
    double.requests.length = 0
    const result = await provider.search(params({ craft: "pottery", facets: true }))
    expect(result.count).toBe(3)
    expect(result.hits.map((h) => h.id)).toEqual(["prod_diya", "sel_potters", "prod_pot"])
    expect(result.facets).toEqual(POTTERY_FACETS)
    // One multi-search: the hits, the craft facet without its filter, and five price buckets.
    const [queries] = searchesOf(double.requests)
    expect(queries).toHaveLength(7)
    expect(queries[1]).toMatchObject({ limit: 0, facets: ["crafts"] })
    expect(queries[1].filter).toBeUndefined()
    expect(queries.slice(2).map((q) => q.filter)).toEqual([
      'crafts = "pottery" AND price_inr_min >= 0 AND price_inr_min < 500',
      'crafts = "pottery" AND price_inr_min >= 500 AND price_inr_min < 1000',
      'crafts = "pottery" AND price_inr_min >= 1000 AND price_inr_min < 2500',
      'crafts = "pottery" AND price_inr_min >= 2500 AND price_inr_min < 5000',
      'crafts = "pottery" AND price_inr_min >= 5000',
    ])
  })

  it("keeps the other filters on a facet's count, and leaves the price filter off the price facet", async () => {
    await provider.upsert(CATALOGUE)
    const result = await provider.search(
      params({ type: "product", craft: "leather", price_min: 1000, currency: "inr", facets: true })
    )
    expect(result.hits.map((h) => h.id)).toEqual(["prod_bag"])
    expect(result.count).toBe(1)
    expect(result.facets?.type).toEqual([
      { value: "course", count: 1 },
      { value: "product", count: 1 },
    ])
    expect(result.facets?.craft).toEqual([{ value: "leather", count: 1 }])
    expect(result.facets?.category).toEqual([{ value: "bags", label: "Bags", count: 1 }])
    expect(result.facets?.price).toEqual([
      { value: "500-1000", count: 1, min: 500, max: 1000 },
      { value: "1000-2500", count: 1, min: 1000, max: 2500 },
    ])

    const usd = await provider.search(params({ currency: "usd", facets: true }))
    expect(usd.facets?.price).toEqual([
      { value: "0-10", count: 2, min: 0, max: 10 },
      { value: "10-25", count: 1, min: 10, max: 25 },
    ])
    expect(usd.facets?.language).toEqual([
      { value: "hi", count: 1 },
      { value: "mr", count: 1 },
    ])
    expect(usd.facets?.area).toEqual([
      { value: "Kumbharwada", count: 3 },
      { value: "Koliwada", count: 2 },
      { value: "90 Feet Road", count: 1 },
    ])
  })

  it("labels a category only when its documents give a label", async () => {
    await provider.upsert([
      doc({
        type: "product",
        ref_id: "prod_x",
        title: "Unlabelled",
        categories: ["misc", "bags"],
        category_labels: { bags: "Bags" },
      }),
    ])
    const result = await provider.search(params({ facets: true }))
    expect(result.facets?.category).toEqual([
      { value: "bags", label: "Bags", count: 1 },
      { value: "misc", count: 1 },
    ])
  })

  it("counts every match whatever the page, browsing by title", async () => {
    await provider.upsert(CATALOGUE)
    const titles = CATALOGUE.map((d) => d.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))
    const first = await provider.search(params({ limit: 2, offset: 0 }))
    expect(first.count).toBe(7)
    expect(first.hits.map((h) => h.title)).toEqual(titles.slice(0, 2))
    const unaligned = await provider.search(params({ limit: 2, offset: 3 }))
    expect(unaligned.count).toBe(7)
    expect(unaligned.hits.map((h) => h.title)).toEqual(titles.slice(3, 5))
    const past = await provider.search(params({ limit: 5, offset: 10 }))
    expect(past).toEqual({ hits: [], count: 7, facets: null })
    const none = await provider.search(params({ q: "nothing-like-this" }))
    expect(none.count).toBe(0)
  })

  it("removes documents by id, and prunes the ones a reindex did not keep", async () => {
    await provider.upsert(CATALOGUE)
    double.requests.length = 0
    await provider.remove("product", ["prod_pot", "prod_pot", "never/indexed"])
    expect(double.requests.find((r) => r.path.endsWith("/documents/delete-batch"))?.body).toEqual(["product-prod_pot"])
    expect(double.documents(INDEX).map((d) => d.id)).not.toContain("product-prod_pot")

    expect(await provider.prune("product", ["prod_bag"])).toBe(2)
    const fetch = double.requests.find((r) => r.path.endsWith("/documents/fetch"))
    expect(fetch?.body).toMatchObject({ filter: 'type = "product"', fields: ["id", "ref_id"], offset: 0 })
    expect(
      double
        .documents(INDEX)
        .map((d) => d.id)
        .sort()
    ).toEqual(["course-course_stitch", "job-jobpost_zari", "maker-sel_potters", "product-prod_bag"].sort())
    expect(await provider.prune("tool_house", [])).toBe(0)
    await provider.remove("maker", [])
  })

  it("writes and prunes many documents in pages", async () => {
    const jobs = Array.from({ length: 1205 }, (_, i) =>
      doc({ type: "job", ref_id: `jobpost_${i}`, title: `Karigar wanted ${i}` })
    )
    await provider.upsert(jobs)
    expect(double.requests.filter((r) => r.method === "POST" && r.path.endsWith("/documents"))).toHaveLength(2)
    expect(double.documents(INDEX)).toHaveLength(1205)
    double.requests.length = 0
    expect(await provider.prune("job", ["jobpost_0", "jobpost_1204"])).toBe(1203)
    expect(
      double.requests
        .filter((r) => r.path.endsWith("/documents/fetch"))
        .map((r) => (r.body as { offset: number }).offset)
    ).toEqual([0, 1000])
    expect(double.requests.filter((r) => r.path.endsWith("/delete-batch"))).toHaveLength(2)
    expect(double.documents(INDEX).map((d) => d.ref_id)).toEqual(["jobpost_0", "jobpost_1204"])
  })

  it("counts documents per type, zero for the types it has none of", async () => {
    const zero = Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>
    expect(await provider.counts()).toEqual(zero)
    await provider.upsert(CATALOGUE)
    expect(await provider.counts()).toEqual({ ...zero, product: 4, maker: 1, course: 1, job: 1 })
  })

  it("reports health", async () => {
    expect(await provider.health()).toBe(true)
    double.setDown(true)
    expect(await provider.health()).toBe(false)
  })

  it("throws when Meilisearch answers with an error, instead of answering empty", async () => {
    await provider.upsert(CATALOGUE)
    double.setDown(true)
    await expect(provider.search(params({ q: "leather" }))).rejects.toThrow(/unavailable/)
    await expect(provider.upsert(CATALOGUE)).rejects.toThrow(/unavailable/)
    await expect(provider.remove("product", ["prod_bag"])).rejects.toThrow(/unavailable/)
    await expect(provider.prune("product", [])).rejects.toThrow(/unavailable/)
    await expect(provider.counts()).rejects.toThrow(/unavailable/)
    // Back up: it answers again without a restart.
    double.setDown(false)
    expect((await provider.search(params({ q: "leather" }))).count).toBe(3)
  })

  it("throws when Meilisearch cannot be reached, and configures the index again once it can", async () => {
    await double.close()
    await expect(provider.search(params({ q: "leather" }))).rejects.toThrow(/has failed/)
    double = await startMeilisearchDouble({ apiKey: KEY })
    const next = new MeilisearchSearchProvider({ host: double.url, apiKey: KEY, indexUid: INDEX })
    await expect(next.search(params({ q: "leather" }))).resolves.toEqual({ hits: [], count: 0, facets: null })
  })

  it("throws when a write task fails", async () => {
    double.indexes.set(INDEX, {
      uid: INDEX,
      primaryKey: "uid",
      createdAt: "",
      updatedAt: "",
      settings: { ...(settings as Record<string, unknown>) },
      documents: new Map(),
    })
    await expect(provider.upsert(CATALOGUE)).rejects.toThrow(
      /task \d+ \(documentAdditionOrUpdate\) failed: .*primary key/
    )
  })

  it("times out on a server that does not answer", async () => {
    const quick = new MeilisearchSearchProvider({ host: double.url, apiKey: KEY, indexUid: INDEX, timeoutMs: 150 })
    await quick.search(params({ q: "bag" }))
    double.setHang(true)
    const started = Date.now()
    await expect(quick.search(params({ q: "bag" }))).rejects.toThrow(/has failed/)
    await expect(
      quick.search(params({ q: "bag" })).catch((e: { cause?: { message?: string } }) => String(e.cause?.message))
    ).resolves.toMatch(/timed out after 150ms/)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

const REAL_HOST = process.env.MEILISEARCH_HOST
const describeReal = REAL_HOST ? describe : describe.skip

describeReal(
  `MeilisearchSearchProvider against a real Meilisearch server (${REAL_HOST ? `MEILISEARCH_HOST=${REAL_HOST}` : "skipped: MEILISEARCH_HOST is not set"})`,
  () => {
    const apiKey = process.env.MEILISEARCH_API_KEY || undefined
    // One index per run, deleted afterwards, so runs never see each other's documents.
    const indexUid = `dharavi_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
    const host = REAL_HOST ?? ""
    const provider = new MeilisearchSearchProvider({ host, apiKey, indexUid, timeoutMs: 10_000 })

    beforeAll(async () => {
      expect(await provider.health()).toBe(true)
      await provider.upsert(CATALOGUE)
    })
    afterAll(async () => {
      const base = /^https?:\/\//.test(host) ? host : `http://${host}`
      await fetch(new URL(`indexes/${indexUid}`, base.endsWith("/") ? base : `${base}/`), {
        method: "DELETE",
        headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
      })
    })

    it("finds a document by its title", async () => {
      const result = await provider.search(params({ q: "messenger" }))
      expect(result.hits[0]).toMatchObject({
        id: "prod_bag",
        title: "Leather messenger bag",
        price: { currency: "inr", min: 1800, max: 2200 },
      })
      expect(result.count).toBe(1)
    })

    it("finds leather when the shopper types lether", async () => {
      const result = await provider.search(params({ q: "lether" }))
      expect(result.hits.map((h) => h.id).sort()).toEqual(["course_stitch", "prod_bag", "prod_wallet"])
    })

    it("filters, and counts facets as the PostgreSQL provider does", async () => {
      const result = await provider.search(params({ craft: "pottery", facets: true }))
      expect(result.hits.map((h) => h.id).sort()).toEqual(["prod_diya", "prod_pot", "sel_potters"])
      expect(result.count).toBe(3)
      expect(result.facets).toEqual(POTTERY_FACETS)
      const ranged = await provider.search(params({ q: "leather", currency: "usd", price_max: 10 }))
      expect(ranged.hits.map((h) => h.id)).toEqual(["prod_wallet"])
    })

    it("counts, removes and prunes", async () => {
      expect(await provider.counts()).toEqual({ product: 4, maker: 1, course: 1, job: 1, tool_house: 0 })
      await provider.remove("product", ["prod_pot"])
      expect((await provider.search(params({ q: "terracotta" }))).count).toBe(0)
      expect(await provider.prune("product", ["prod_bag"])).toBe(2)
      expect((await provider.counts()).product).toBe(1)
    })
  }
)
