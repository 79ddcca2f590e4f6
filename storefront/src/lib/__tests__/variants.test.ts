import {
  defaultVariant,
  findVariant,
  isPurchasable,
  isValueAvailable,
  LOW_STOCK_THRESHOLD,
  selectionFromEntries,
  selectionOf,
  stockState,
  type VariantLike,
} from "../variants"

const v = (id: string, size: string, colour: string, qty: number, extra: Partial<VariantLike> = {}): VariantLike => ({
  id,
  options: [
    { option_id: "opt_size", value: size },
    { option_id: "opt_colour", value: colour },
  ],
  manage_inventory: true,
  allow_backorder: false,
  inventory_quantity: qty,
  ...extra,
})

const belt = [v("v1", "32", "Tan", 0), v("v2", "34", "Tan", 3), v("v3", "32", "Black", 40), v("v4", "34", "Black", 0)]
const options = [
  { id: "opt_size", title: "Size" },
  { id: "opt_colour", title: "Colour" },
]

describe("stockState", () => {
  test("counts inventory when it is managed", () => {
    expect(stockState(v("a", "1", "x", 0))).toBe("out_of_stock")
    expect(stockState(v("a", "1", "x", LOW_STOCK_THRESHOLD))).toBe("low_stock")
    expect(stockState(v("a", "1", "x", LOW_STOCK_THRESHOLD + 1))).toBe("in_stock")
  })

  test("unmanaged inventory and backorders are always buyable", () => {
    expect(stockState(v("a", "1", "x", 0, { manage_inventory: false }))).toBe("in_stock")
    expect(stockState(v("a", "1", "x", 0, { allow_backorder: true }))).toBe("in_stock")
  })

  test("a missing variant cannot be bought", () => {
    expect(stockState(undefined)).toBe("out_of_stock")
    expect(isPurchasable(null)).toBe(false)
  })
})

describe("finding variants", () => {
  test("selectionOf reads option values", () => {
    expect(selectionOf(belt[2]!)).toEqual({ opt_size: "32", opt_colour: "Black" })
  })

  test("findVariant matches every option", () => {
    expect(findVariant(belt, { opt_size: "34", opt_colour: "Tan" })?.id).toBe("v2")
    expect(findVariant(belt, { opt_size: "34" })).toBeUndefined()
    expect(findVariant(belt, { opt_size: "36", opt_colour: "Tan" })).toBeUndefined()
  })

  test("a product without options has one variant that matches the empty selection", () => {
    const single = [{ id: "only", options: [] }]
    expect(findVariant(single, {})?.id).toBe("only")
  })

  test("defaultVariant prefers the first one in stock", () => {
    expect(defaultVariant(belt)?.id).toBe("v2")
    expect(defaultVariant([v("a", "1", "x", 0)])?.id).toBe("a")
    expect(defaultVariant([])).toBeUndefined()
  })

  test("isValueAvailable looks at the rest of the selection", () => {
    const chosen = { opt_size: "32", opt_colour: "Tan" }
    expect(isValueAvailable(belt, chosen, "opt_colour", "Black")).toBe(true)
    expect(isValueAvailable(belt, chosen, "opt_size", "34")).toBe(true)
    expect(isValueAvailable(belt, { opt_size: "34", opt_colour: "Black" }, "opt_size", "34")).toBe(false)
  })
})

describe("selectionFromEntries", () => {
  test("reads option:<id> fields and ignores everything else", () => {
    const entries: [string, unknown][] = [
      ["locale", "en"],
      ["option:opt_size", "34"],
      ["option:opt_colour", "Tan"],
      ["option:opt_unknown", "x"],
      ["option:opt_size_file", { name: "file" }],
    ]
    expect(selectionFromEntries(entries, options)).toEqual({ opt_size: "34", opt_colour: "Tan" })
  })
})
