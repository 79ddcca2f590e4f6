import { assignSkus, byRankThenTitle, craftCode, optionCode, productCode, sellerCode, skuBase, uniqueSku } from "../sku"

describe("SKU coding", () => {
  it("codes the seller from the first letters of its handle, DHR without one", () => {
    expect(sellerCode("imran-leather-works")).toBe("IMR")
    expect(sellerCode("13th-compound-recyclers")).toBe("13T")
    expect(sellerCode("ab")).toBe("ABX")
    expect(sellerCode(undefined)).toBe("DHR")
    expect(sellerCode("--")).toBe("DHR")
  })

  it("codes the seed catalogue's crafts, preferring the first source that names one", () => {
    expect(craftCode(["leather-goods"])).toBe("LEA")
    expect(craftCode(["pottery"])).toBe("POT")
    expect(craftCode(["Pottery (Kumbharwada)"])).toBe("POT")
    expect(craftCode(["embroidery-zari"])).toBe("EMB")
    expect(craftCode(["garments"])).toBe("GAR")
    expect(craftCode(["recycled-goods"])).toBe("REC")
    // No category: the product type, then the maker's crafts.
    expect(craftCode([undefined, null, "tailoring"])).toBe("GAR")
    expect(craftCode(["Gifts", "zari"])).toBe("EMB")
    // Nothing known: the first source's letters; nothing at all: GEN.
    expect(craftCode(["bamboo-work"])).toBe("BAM")
    expect(craftCode([])).toBe("GEN")
  })

  it("codes the product from its handle without repeating the seller or the craft", () => {
    expect(productCode("leather-tote", ["imran-leather-works", "leather-goods"])).toBe("TOTE")
    expect(productCode("dharavi-leather-laptop-bag", ["imran-leather-works", "leather-goods"])).toBe("LAPBAG")
    expect(productCode("kumbharwada-matka", ["kumbharwada-pottery", "pottery"])).toBe("MATKA")
    expect(productCode("kulhad-chai-cups", ["kumbharwada-pottery", "pottery"])).toBe("CHAICUPS")
    expect(productCode("leather-duffel", ["leather-goods"])).toBe("DUFFEL")
    // Only redundant words: keep them rather than return nothing.
    expect(productCode("leather", ["leather-goods"])).toBe("LEATHER")
    expect(productCode("terracotta-planter", ["kumbharwada-pottery", "pottery"])).toBe("TERPLA")
  })

  it("codes option values: short ones whole, long words by their consonants, phrases by initials", () => {
    expect(optionCode("Tan")).toBe("TAN")
    expect(optionCode("XL")).toBe("XL")
    expect(optionCode("38")).toBe("38")
    expect(optionCode("Teal")).toBe("TEAL")
    expect(optionCode("Black")).toBe("BLC")
    expect(optionCode("Oxblood")).toBe("OXB")
    expect(optionCode("Medium")).toBe("MDM")
    expect(optionCode("10 L")).toBe("10L")
    expect(optionCode("12 pieces")).toBe("12P")
    expect(optionCode("60 x 90 cm")).toBe("60X90CM")
    expect(optionCode("Midnight blue")).toBe("MB")
    expect(optionCode("Default option value")).toBe("")
  })

  it("joins the parts into an uppercase SKU of letters, digits and hyphens", () => {
    const sku = skuBase({
      seller_handle: "imran-leather-works",
      crafts: ["leather-goods", null, "leather"],
      product_handle: "leather-tote",
      option_values: ["Oxblood"],
    })
    expect(sku).toBe("IMR-LEA-TOTE-OXB")
    expect(skuBase({ product_handle: "tool-house-time", option_values: ["Default option value"] })).toBe(
      "DHR-GEN-HOUTIME"
    )
    expect(
      skuBase({
        seller_handle: "noor-zari-karkhana",
        crafts: ["embroidery-zari"],
        product_handle: "zari-clutch",
        option_values: ["Midnight blue"],
      })
    ).toBe("NOO-EMB-CLUTCH-MB")
    for (const s of [sku, skuBase({ product_handle: "ünïcode-ß-bag", option_values: ["½ size", "Ä"] })]) {
      expect(s).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
    }
  })

  it("is deterministic", () => {
    const parts = {
      seller_handle: "sadiq-small-leather",
      crafts: ["leather-goods"],
      product_handle: "hand-stitched-belt",
      option_values: ["Tan", "34"],
    }
    expect(skuBase(parts)).toBe(skuBase({ ...parts }))
    expect(skuBase(parts)).toBe("SAD-LEA-STIBELT-TAN-34")
  })

  it("appends -2, -3, ... to a SKU already taken", () => {
    expect(uniqueSku("IMR-LEA-TOTE-TAN", new Set())).toBe("IMR-LEA-TOTE-TAN")
    expect(uniqueSku("IMR-LEA-TOTE-TAN", new Set(["IMR-LEA-TOTE-TAN"]))).toBe("IMR-LEA-TOTE-TAN-2")
    expect(uniqueSku("IMR-LEA-TOTE-TAN", new Set(["IMR-LEA-TOTE-TAN", "IMR-LEA-TOTE-TAN-2"]))).toBe(
      "IMR-LEA-TOTE-TAN-3"
    )
  })

  it("hands out distinct SKUs to variants with the same base, in order", () => {
    const result = assignSkus(
      [
        { key: "v1", base: "DHR-GEN-TOTE-TAN" },
        { key: "v2", base: "DHR-GEN-TOTE-TAN" },
        { key: "v3", base: "DHR-GEN-TOTE-BLC" },
      ],
      ["DHR-GEN-TOTE-TAN"]
    )
    expect([...result.entries()]).toEqual([
      ["v1", "DHR-GEN-TOTE-TAN-2"],
      ["v2", "DHR-GEN-TOTE-TAN-3"],
      ["v3", "DHR-GEN-TOTE-BLC"],
    ])
  })
})

describe("variant order", () => {
  it("orders by rank, then by title with numbers in numeric order", () => {
    const v = (id: string, title: string, variant_rank = 0) => ({ id, title, variant_rank })
    const sorted = [
      v("a", "Tan / 38"),
      v("b", "Black / 32"),
      v("c", "Tan / 4"),
      v("d", "Tan / 32"),
      v("e", "Zari", -1),
    ].sort(byRankThenTitle)
    expect(sorted.map((x) => x.title)).toEqual(["Zari", "Black / 32", "Tan / 4", "Tan / 32", "Tan / 38"])
  })
})
