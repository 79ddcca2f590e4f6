import { allowedQuantity, lineProblems, sellerMinimumProblems } from "../cart-rules"

describe("wholesale cart rules", () => {
  const terms = { min_order_quantity: 12, case_pack: 6 }

  it("suggests the smallest quantity that reaches the minimum in whole cases", () => {
    expect(allowedQuantity(1, terms)).toBe(12)
    expect(allowedQuantity(12, terms)).toBe(12)
    expect(allowedQuantity(13, terms)).toBe(18)
    expect(allowedQuantity(5, { min_order_quantity: 1, case_pack: 1 })).toBe(5)
    expect(allowedQuantity(5, { min_order_quantity: 10, case_pack: 4 })).toBe(12)
  })

  it("names the rule a line breaks, with the fix", () => {
    const below = lineProblems({ variant_id: "v1", quantity: 6, title: "Leather tote", sku: "IMR-LEA-TOTE" }, terms)
    expect(below).toEqual([
      expect.objectContaining({
        code: "below_minimum_quantity",
        suggested_quantity: 12,
        message: "Leather tote (IMR-LEA-TOTE) has a wholesale minimum of 12; you have 6",
      }),
    ])
    const loose = lineProblems({ variant_id: "v1", quantity: 14, title: "Leather tote" }, terms)
    expect(loose).toEqual([
      expect.objectContaining({
        code: "not_whole_cases",
        suggested_quantity: 18,
        message: "Leather tote is packed in cases of 6: choose 18 instead of 14",
      }),
    ])
    expect(lineProblems({ variant_id: "v1", quantity: 4 }, terms).map((p) => p.code)).toEqual([
      "below_minimum_quantity",
      "not_whole_cases",
    ])
    expect(lineProblems({ variant_id: "v1", quantity: 24 }, terms)).toEqual([])
    expect(lineProblems({ variant_id: "v1", quantity: 1 }, undefined)).toEqual([])
  })

  it("asks for more from a seller whose minimum order value is not reached", () => {
    const problems = sellerMinimumProblems(
      [
        { seller_id: "s1", seller_name: "Imran Leather Works", subtotal: 3200 },
        { seller_id: "s2", subtotal: 9000 },
        { seller_id: "s3", subtotal: 10 },
      ],
      { s1: 5000, s2: 5000 },
      "inr"
    )
    expect(problems).toEqual([
      {
        code: "below_seller_minimum",
        seller_id: "s1",
        seller_name: "Imran Leather Works",
        currency_code: "inr",
        min_order_value: 5000,
        subtotal: 3200,
        missing_amount: 1800,
        message: "Imran Leather Works takes wholesale orders from INR 5,000; add INR 1,800 more from them",
      },
    ])
  })
})
