import {
  alternativeHandle,
  craftKey,
  initials,
  isValidHandle,
  normalizePhone,
  parseCrafts,
  splitList,
  storyExcerpt,
  storyFor,
  storyParagraphs,
  suggestHandle,
  toAsciiDigits,
  transliterateDevanagari,
} from "../sellers"
import {
  buildNewProduct,
  buildPriceUpdate,
  DEFAULT_OPTION,
  parseAmount,
  parseOptionValues,
  parseStock,
  priceRange,
  productAvailable,
  toAmount,
  variantLabel,
  variantPrice,
  variantStock,
  type NewProductForm,
  type VendorProduct,
} from "../vendor-products"

describe("shop handles", () => {
  test("suggests a handle from an English name", () => {
    expect(suggestHandle("Rukhsana's Leather Works")).toBe("rukhsanas-leather-works")
    expect(suggestHandle("  Kumbharwada   Clay & Co. ")).toBe("kumbharwada-clay-and-co")
    expect(suggestHandle("Zari--Work!!")).toBe("zari-work")
    expect(suggestHandle("Café Crème")).toBe("cafe-creme")
  })

  test("transliterates Hindi and Marathi names", () => {
    expect(suggestHandle("रमेश कुम्हार")).toBe("ramesh-kumhar")
    expect(suggestHandle("धारावी ज़री")).toBe("dharavi-zari")
    expect(suggestHandle("संगीता शिंदे")).toBe("sangita-shinde")
    expect(transliterateDevanagari("कला १२")).toBe("kala 12")
  })

  test("every suggestion is a valid handle, or empty", () => {
    for (const name of ["A", "ab", "Rukhsana Shaikh", "x".repeat(80), "रमेश", "!!!", "", "Dharavi 2.0", "a-b"]) {
      const h = suggestHandle(name)
      if (h) expect(isValidHandle(h)).toBe(true)
    }
    expect(suggestHandle("!!!")).toBe("")
    expect(suggestHandle("A")).toBe("a-shop")
    expect(suggestHandle("x".repeat(80))).toHaveLength(60)
  })

  test("validates handles like the API", () => {
    expect(isValidHandle("kumhar-kala")).toBe(true)
    expect(isValidHandle("ab")).toBe(false)
    expect(isValidHandle("Kumhar")).toBe(false)
    expect(isValidHandle("a--b")).toBe(false)
    expect(isValidHandle("-abc")).toBe(false)
    expect(isValidHandle("a".repeat(61))).toBe(false)
  })

  test("alternative handles for a taken one stay valid", () => {
    expect(alternativeHandle("kumhar-kala", 2)).toBe("kumhar-kala-2")
    const long = alternativeHandle("a".repeat(60), 3)
    expect(long).toHaveLength(60)
    expect(isValidHandle(long)).toBe(true)
  })
})

describe("maker stories", () => {
  const story = { en: "We have worked leather since 1982.", hi: "हम 1982 से चमड़े का काम करते हैं।" }

  test("uses the UI language, then English", () => {
    expect(storyFor(story, "hi")).toEqual({ text: story.hi, lang: "hi" })
    expect(storyFor(story, "mr")).toEqual({ text: story.en, lang: "en" })
    expect(storyFor(story, "en")).toEqual({ text: story.en, lang: "en" })
  })

  test("falls back to any written language when English is missing", () => {
    expect(storyFor({ mr: "आम्ही कुंभार आहोत." }, "en")).toEqual({ text: "आम्ही कुंभार आहोत.", lang: "mr" })
    expect(storyFor({ hi: "  ", en: "" }, "hi")).toBeNull()
    expect(storyFor(null, "en")).toBeNull()
    expect(storyFor(undefined, "hi")).toBeNull()
  })

  test("excerpts keep the first paragraph and cut at a word", () => {
    expect(storyExcerpt("Short story.\n\nSecond paragraph.")).toBe("Short story.")
    const long = "word ".repeat(100)
    const ex = storyExcerpt(long, 50)
    expect(ex.endsWith("…")).toBe(true)
    expect(ex.length).toBeLessThanOrEqual(51)
    expect(ex).not.toMatch(/\s…$/)
  })

  test("paragraphs", () => {
    expect(storyParagraphs("One.\n\n  Two.\n \nThree.\n")).toEqual(["One.", "Two.", "Three."])
  })
})

describe("maker details", () => {
  test("initials", () => {
    expect(initials("Rukhsana Shaikh")).toBe("RS")
    expect(initials("rukhsana")).toBe("R")
    expect(initials("Mohammed Ali Ansari")).toBe("MA")
    expect(initials("रमेश कुम्हार")).toBe("रक")
    expect(initials("  ")).toBe("")
  })

  test("crafts: known ones are normalised, others kept, no duplicates", () => {
    expect(craftKey("Zari")).toBe("zari")
    expect(craftKey("Zari work")).toBe("zari")
    expect(craftKey("leather-goods")).toBe("leather")
    expect(craftKey("upcycled")).toBe("upcycling")
    expect(craftKey("weaving")).toBeNull()
    expect(parseCrafts(["leather", "pottery"], "Zari, weaving, Leather , x")).toEqual([
      "leather",
      "pottery",
      "zari",
      "weaving",
    ])
    expect(parseCrafts([], "")).toEqual([])
    expect(parseCrafts([], Array.from({ length: 15 }, (_, i) => `craft${i}`).join(","))).toHaveLength(10)
  })

  test("splitList and phones", () => {
    expect(splitList("a, b;c।d\n e,,")).toEqual(["a", "b", "c", "d", "e"])
    expect(normalizePhone("+91 98200 00000")).toBe("+91 98200 00000")
    expect(normalizePhone("९८२०० ०००००")).toBe("98200 00000")
    expect(normalizePhone("call me")).toBeNull()
    expect(normalizePhone("")).toBeNull()
    expect(toAsciiDigits("₹१,४९९")).toBe("₹1,499")
  })
})

describe("product form", () => {
  const base: NewProductForm = {
    title: "Hand-stitched wallet",
    description: "Tan leather, stitched by hand.",
    optionTitle: "",
    optionValues: "",
    prices: { inr: "1,499" },
    imageUrl: "",
  }

  test("amounts and stock typed on a phone", () => {
    expect(parseAmount("1,499")).toBe(1499)
    expect(parseAmount("₹ 1499.50")).toBe(1499.5)
    expect(parseAmount("१४९९")).toBe(1499)
    expect(parseAmount("Rs. 250")).toBe(250)
    for (const bad of ["", "0", "-5", "abc", "1.234", "12e3", undefined]) expect(parseAmount(bad)).toBeNull()
    expect(parseStock("12")).toBe(12)
    expect(parseStock("0")).toBe(0)
    expect(parseStock("१०")).toBe(10)
    for (const bad of ["", "-1", "2.5", "lots", "99999999"]) expect(parseStock(bad)).toBeNull()
  })

  test("option values from a comma-separated list", () => {
    expect(parseOptionValues("Red, Blue , red,, Green")).toEqual(["Red", "Blue", "Green"])
    expect(parseOptionValues(" , ")).toEqual([])
  })

  test("no option gives the single Default option and variant", () => {
    const r = buildNewProduct(base)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.payload.options).toEqual([{ title: DEFAULT_OPTION, values: [DEFAULT_OPTION] }])
    expect(r.payload.variants).toEqual([
      {
        title: DEFAULT_OPTION,
        options: { [DEFAULT_OPTION]: DEFAULT_OPTION },
        prices: [{ currency_code: "inr", amount: 1499 }],
      },
    ])
    expect(r.payload.description).toBe(base.description)
    expect(r.payload.thumbnail).toBeUndefined()
  })

  test("one option with values gives one variant per value at the same prices", () => {
    const r = buildNewProduct({
      ...base,
      optionTitle: "Size",
      optionValues: "S, M, L",
      prices: { inr: "999", usd: "14", eur: "" },
      imageUrl: "https://example.com/w.jpg",
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.payload.options).toEqual([{ title: "Size", values: ["S", "M", "L"] }])
    expect(r.payload.variants.map((v) => v.title)).toEqual(["S", "M", "L"])
    expect(r.payload.variants[1]).toEqual({
      title: "M",
      options: { Size: "M" },
      prices: [
        { currency_code: "inr", amount: 999 },
        { currency_code: "usd", amount: 14 },
      ],
    })
    expect(r.payload.thumbnail).toBe("https://example.com/w.jpg")
    expect(r.payload.images).toEqual([{ url: "https://example.com/w.jpg" }])
  })

  test("reports every problem", () => {
    const r = buildNewProduct({
      ...base,
      title: "x",
      prices: { inr: "", eur: "free" },
      imageUrl: "not a url",
      optionValues: "A, B",
      optionTitle: "Flavour",
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.sort()).toEqual(["image_url", "option", "price_eur", "price_inr", "title"])
  })
})

describe("reading vendor products", () => {
  const product: VendorProduct = {
    id: "prod_1",
    title: "Kurta",
    handle: "kurta",
    status: "published",
    variants: [
      {
        id: "v_s",
        title: "S",
        options: [{ value: "S", option: { title: "Size" } }],
        prices: [
          { currency_code: "inr", amount: 900 },
          { currency_code: "usd", amount: 12 },
        ],
        inventory_items: [
          {
            inventory: {
              location_levels: [
                { stocked_quantity: 5, reserved_quantity: 2 },
                { stocked_quantity: 1, reserved_quantity: 0 },
              ],
            },
          },
        ],
      },
      {
        id: "v_m",
        title: "M",
        options: [{ value: "M", option: { title: "Size" } }],
        prices: [{ currency_code: "inr", amount: 1100 }],
        inventory_items: [],
      },
    ],
  }

  test("stock, prices and labels", () => {
    expect(variantStock(product.variants![0]!)).toEqual({ stocked: 6, reserved: 2, available: 4 })
    expect(variantStock(product.variants![1]!)).toEqual({ stocked: 0, reserved: 0, available: 0 })
    expect(productAvailable(product)).toBe(4)
    expect(variantPrice(product.variants![0]!, "usd")).toBe(12)
    expect(variantPrice(product.variants![1]!, "eur")).toBeNull()
    expect(priceRange(product)).toEqual({ min: 900, max: 1100 })
    expect(variantLabel(product.variants![0]!)).toBe("S")
    expect(variantLabel({ id: "d", title: DEFAULT_OPTION, options: [{ value: DEFAULT_OPTION }] })).toBe("")
    expect(toAmount({ value: "12.5" })).toBe(12.5)
    expect(toAmount("x")).toBe(0)
  })

  test("price updates send every variant with every price it keeps", () => {
    const r = buildPriceUpdate(product, { v_m: { inr: "1,200", usd: "", eur: "13" } })
    expect(r).toEqual({
      ok: true,
      changed: true,
      variants: [
        {
          id: "v_s",
          prices: [
            { currency_code: "inr", amount: 900 },
            { currency_code: "usd", amount: 12 },
          ],
        },
        {
          id: "v_m",
          prices: [
            { currency_code: "inr", amount: 1200 },
            { currency_code: "eur", amount: 13 },
          ],
        },
      ],
    })
  })

  test("unchanged prices are reported as unchanged; an empty field removes a USD price", () => {
    const same = buildPriceUpdate(product, { v_s: { inr: "900", usd: "12" } })
    expect(same.ok && same.changed).toBe(false)
    const removed = buildPriceUpdate(product, { v_s: { inr: "900", usd: "" } })
    expect(removed.ok && removed.changed).toBe(true)
    if (removed.ok) expect(removed.variants[0]!.prices).toEqual([{ currency_code: "inr", amount: 900 }])
  })

  test("INR cannot be removed and bad amounts are errors", () => {
    const r = buildPriceUpdate(product, { v_s: { inr: "" }, v_m: { inr: "12", eur: "abc" } })
    expect(r).toEqual({
      ok: false,
      errors: [
        { variantId: "v_s", error: "price_inr" },
        { variantId: "v_m", error: "price_eur" },
      ],
    })
  })
})
