import {
  clearFacetsHref,
  dataNumber,
  dataString,
  dataStrings,
  facetHref,
  formatPriceRange,
  groupHits,
  hasFacetFilters,
  hitHref,
  hitTitle,
  hitTitleLang,
  instantApiQuery,
  isBlankSearch,
  isFilterValue,
  parsePriceBucket,
  parseSearchParams,
  priceBucketLabel,
  searchApiQuery,
  searchHref,
  typeCounts,
  type SearchFilters,
} from "../search"

const BASE = "/en/search"
const blank = parseSearchParams({})

describe("parseSearchParams", () => {
  test("reads every filter from the URL", () => {
    expect(
      parseSearchParams({
        q: "  leather   bag ",
        type: "product",
        category: "leather-goods",
        craft: "leather_cutting",
        area: " Kumbharwada ",
        language: "hi",
        price: "500-1000",
        wholesale: "true",
        page: "3",
      })
    ).toEqual({
      q: "leather bag",
      type: "product",
      category: "leather-goods",
      craft: "leather_cutting",
      area: "Kumbharwada",
      language: "hi",
      price: "500-1000",
      wholesale: true,
      page: 3,
    })
  })

  test("drops what the plugin would refuse, and keeps the first of repeated params", () => {
    expect(
      parseSearchParams({
        q: ["zari", "other"],
        type: "shop",
        category: "bad\u0000",
        craft: "x".repeat(101),
        area: "\u0007",
        language: "fr",
        price: "cheap",
        wholesale: "yes",
        page: "-2",
      })
    ).toEqual({
      q: "zari",
      type: null,
      category: "",
      craft: "x".repeat(100),
      area: "",
      language: null,
      price: "",
      wholesale: false,
      page: 1,
    })
  })

  test("filter values follow the plugin's rule: any text a facet offers, up to 100 characters, no control characters", () => {
    expect(isFilterValue("Dharavi Main Road")).toBe(true)
    expect(isFilterValue("कुंभारवाड़ा")).toBe(true)
    expect(isFilterValue("Kala Killa (Sion)")).toBe(true)
    expect(isFilterValue("leather_cutting")).toBe(true)
    expect(isFilterValue("90 Feet Road, Dharavi")).toBe(true)
    expect(isFilterValue("x".repeat(101))).toBe(false)
    expect(isFilterValue("tab\u0000")).toBe(false)
    expect(isFilterValue("")).toBe(false)
    expect(parseSearchParams({ area: "  कुंभारवाड़ा " }).area).toBe("कुंभारवाड़ा")
  })

  test("cuts the words at the plugin's 200 characters and keeps Devanagari", () => {
    expect(parseSearchParams({ q: "क".repeat(300) }).q).toHaveLength(200)
    expect(parseSearchParams({ q: "चमड़े का बैग" }).q).toBe("चमड़े का बैग")
  })

  test("a price bucket upside down is dropped", () => {
    expect(parseSearchParams({ price: "1000-500" }).price).toBe("")
    expect(parseSearchParams({ price: "5000-" }).price).toBe("5000-")
  })

  test("blank and filtered searches", () => {
    expect(isBlankSearch(blank)).toBe(true)
    expect(isBlankSearch({ ...blank, type: "maker" })).toBe(false)
    expect(isBlankSearch({ ...blank, q: "x" })).toBe(false)
    expect(hasFacetFilters({ ...blank, type: "maker" })).toBe(false)
    expect(hasFacetFilters({ ...blank, wholesale: true })).toBe(true)
    expect(hasFacetFilters({ ...blank, price: "0-500" })).toBe(true)
  })
})

describe("price buckets", () => {
  test("closed and open buckets", () => {
    expect(parsePriceBucket("500-1000")).toEqual({ min: 500, max: 1000 })
    expect(parsePriceBucket("5000-")).toEqual({ min: 5000, max: null })
    expect(parsePriceBucket("12.5-25")).toEqual({ min: 12.5, max: 25 })
    expect(parsePriceBucket("1000-500")).toBeNull()
    expect(parsePriceBucket("-500")).toBeNull()
    expect(parsePriceBucket("")).toBeNull()
  })

  test("labels in the shopper's currency and the UI language's digits", () => {
    expect(priceBucketLabel("0-500", "inr", "en")).toEqual({ kind: "under", max: "₹500" })
    expect(priceBucketLabel({ value: "1000-2500", count: 3, min: 1000, max: 2500 }, "inr", "en")).toEqual({
      kind: "between",
      min: "₹1,000",
      max: "₹2,500",
    })
    expect(priceBucketLabel("100-", "usd", "en")).toEqual({ kind: "over", min: "$100" })
    expect(priceBucketLabel("10-25", "eur", "en")).toEqual({ kind: "between", min: "€10", max: "€25" })
    expect(priceBucketLabel("5000-", "inr", "mr")).toEqual({ kind: "over", min: "₹५,०००" })
    expect(priceBucketLabel("odd", "inr", "en")).toBeNull()
  })
})

describe("backend query", () => {
  test("a plain query asks for the first page with facets in the shopper's currency", () => {
    expect(searchApiQuery({ ...blank, q: "leather" }, "inr")).toEqual({
      q: "leather",
      currency: "inr",
      limit: "12",
      offset: "0",
    })
  })

  test("every filter, a price bucket as price_min/price_max, the page as an offset", () => {
    const f: SearchFilters = {
      q: "bag",
      type: "product",
      category: "leather-goods",
      craft: "leather",
      area: "Kumbharwada",
      language: "hi",
      price: "500-1000",
      wholesale: true,
      page: 3,
    }
    expect(searchApiQuery(f, "usd")).toEqual({
      q: "bag",
      type: "product",
      category: "leather-goods",
      craft: "leather",
      area: "Kumbharwada",
      language: "hi",
      price_min: "500",
      price_max: "1000",
      wholesale: "true",
      currency: "usd",
      limit: "12",
      offset: "24",
    })
  })

  test("the offset stays within the plugin's limit", () => {
    expect(searchApiQuery({ ...blank, q: "x", page: 9999 }, "inr").offset).toBe("10000")
  })

  test("an open bucket has no price_max; facets can be skipped", () => {
    const q = searchApiQuery({ ...blank, price: "5000-" }, "inr", { facets: false, limit: 6 })
    expect(q).toEqual({ currency: "inr", limit: "6", offset: "0", price_min: "5000", facets: "false" })
  })

  test("instant results: six hits, no facets", () => {
    expect(instantApiQuery("  lether ", "eur")).toEqual({ q: "lether", currency: "eur", limit: "6", facets: "false" })
  })
})

describe("links", () => {
  const f: SearchFilters = { ...blank, q: "leather bag", type: "product", craft: "leather", page: 4 }

  test("searchHref keeps the filters and goes back to page 1", () => {
    expect(searchHref(BASE, f)).toBe("/en/search?q=leather+bag&type=product&craft=leather")
    expect(searchHref(BASE, f, { type: "maker" })).toBe("/en/search?q=leather+bag&type=maker&craft=leather")
    expect(searchHref(BASE, f, { page: 5 })).toBe("/en/search?q=leather+bag&type=product&craft=leather&page=5")
    expect(searchHref(BASE, blank)).toBe(BASE)
  })

  test("a facet link chooses its value, keeps the query and the other filters, and resets the page", () => {
    expect(facetHref(BASE, f, "category", "leather-goods")).toBe(
      "/en/search?q=leather+bag&type=product&category=leather-goods&craft=leather"
    )
    expect(facetHref(BASE, f, "price", "1000-2500")).toBe(
      "/en/search?q=leather+bag&type=product&craft=leather&price=1000-2500"
    )
  })

  test("the chosen value's link clears it", () => {
    expect(facetHref(BASE, f, "craft", "leather")).toBe("/en/search?q=leather+bag&type=product")
  })

  test("another value of the same facet replaces the chosen one", () => {
    expect(facetHref(BASE, f, "craft", "pottery")).toBe("/en/search?q=leather+bag&type=product&craft=pottery")
  })

  test("clearing the facets keeps the words and the kind", () => {
    const all: SearchFilters = {
      ...f,
      category: "x",
      area: "Koliwada",
      language: "mr",
      price: "0-500",
      wholesale: true,
    }
    expect(clearFacetsHref(BASE, all)).toBe("/en/search?q=leather+bag&type=product")
  })

  test("Devanagari words survive the round trip", () => {
    const href = searchHref("/hi/search", { ...blank, q: "चमड़े का बैग" })
    expect(parseSearchParams(Object.fromEntries(new URL(href, "http://x").searchParams)).q).toBe("चमड़े का बैग")
  })
})

describe("hits", () => {
  test("each kind links to its page", () => {
    expect(hitHref({ type: "product", id: "prod_1", handle: "leather-tote" }, "hi")).toBe("/hi/products/leather-tote")
    expect(hitHref({ type: "maker", id: "sel_1", handle: "imran-leather-works" }, "en")).toBe(
      "/en/makers/imran-leather-works"
    )
    expect(hitHref({ type: "course", id: "course_1", handle: "leather-cutting-basics" }, "mr")).toBe(
      "/mr/courses/leather-cutting-basics"
    )
    expect(hitHref({ type: "job", id: "jobpost_1", handle: null }, "en")).toBe("/en/jobs/jobpost_1")
    expect(hitHref({ type: "tool_house", id: "th_1", handle: "kala-killa-tool-house" }, "en")).toBe(
      "/en/tool-houses/kala-killa-tool-house"
    )
  })

  test("no handle, no link (but a job needs none)", () => {
    expect(hitHref({ type: "product", id: "prod_1", handle: null }, "en")).toBeNull()
    expect(hitHref({ type: "maker", id: "sel_1", handle: "" }, "en")).toBeNull()
  })

  test("handles are encoded", () => {
    expect(hitHref({ type: "product", id: "p", handle: "a b/c" }, "en")).toBe("/en/products/a%20b%2Fc")
  })

  test("titles in the UI language, falling back to English (marked en)", () => {
    const hit = { title: "Leather Tote", title_i18n: { hi: "चमड़े का टोट बैग" } }
    expect(hitTitle(hit, "hi")).toBe("चमड़े का टोट बैग")
    expect(hitTitleLang(hit, "hi")).toBeUndefined()
    expect(hitTitle(hit, "mr")).toBe("Leather Tote")
    expect(hitTitleLang(hit, "mr")).toBe("en")
    expect(hitTitle(hit, "en")).toBe("Leather Tote")
    expect(hitTitleLang(hit, "en")).toBeUndefined()
    expect(hitTitle({ title: "Bowl", title_i18n: { mr: "  " } }, "mr")).toBe("Bowl")
    expect(hitTitle({ title: "Bowl", title_i18n: null }, "hi")).toBe("Bowl")
  })

  test("price ranges per currency", () => {
    expect(formatPriceRange({ currency: "inr", min: 1499, max: 1499 }, "en")).toBe("₹1,499")
    expect(formatPriceRange({ currency: "inr", min: 899, max: 1499 }, "en")).toBe("₹899 – ₹1,499")
    expect(formatPriceRange({ currency: "usd", min: 18, max: 24.5 }, "en")).toBe("$18 – $24.50")
    expect(formatPriceRange({ currency: "eur", min: 16, max: 16 }, "en")).toBe("€16")
    expect(formatPriceRange({ currency: "inr", min: 1499, max: 1499 }, "mr")).toBe("₹१,४९९")
  })

  test("instant results are grouped by kind in rank order", () => {
    const hits = [
      { type: "product" as const, id: "1" },
      { type: "maker" as const, id: "2" },
      { type: "product" as const, id: "3" },
      { type: "job" as const, id: "4" },
      { type: "maker" as const, id: "5" },
    ]
    expect(groupHits(hits).map((g) => [g.type, g.hits.map((h) => h.id)])).toEqual([
      ["product", ["1", "3"]],
      ["maker", ["2", "5"]],
      ["job", ["4"]],
    ])
    expect(groupHits([])).toEqual([])
  })

  test("type counts from the type facet, all as their sum", () => {
    expect(
      typeCounts([
        { value: "product", count: 7 },
        { value: "maker", count: 2 },
        { value: "job", count: 1 },
        { value: "unknown", count: 9 },
      ])
    ).toEqual({ all: 10, product: 7, maker: 2, course: 0, job: 1, tool_house: 0 })
    expect(typeCounts(null).all).toBe(0)
  })

  test("data readers ignore what is missing or of the wrong kind", () => {
    const hit = {
      data: { wage_amount: 650, wage_period: "day", trades: ["leather_cutting", 3, ""], units: "many", level: "" },
    }
    expect(dataNumber(hit, "wage_amount")).toBe(650)
    expect(dataNumber(hit, "units")).toBeNull()
    expect(dataString(hit, "wage_period")).toBe("day")
    expect(dataString(hit, "level")).toBeNull()
    expect(dataStrings(hit, "trades")).toEqual(["leather_cutting"])
    expect(dataStrings(hit, "missing")).toEqual([])
  })
})
