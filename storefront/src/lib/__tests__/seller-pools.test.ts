import {
  isoToKolkata,
  kolkataToIso,
  materialProduct,
  parsePoolForm,
  poolActions,
  poolHandle,
  poolMaterials,
  type PoolFormInput,
} from "../seller-pools"
import type { VendorProduct } from "../vendor-products"

const now = new Date("2026-11-23T06:30:00Z") // 12:00 in Dharavi

const form = (over: Partial<PoolFormInput> = {}): PoolFormInput => ({
  title: "Tanned goat hides from Kanpur",
  description: "",
  material: "prod_1:variant_1",
  material_title: "",
  unit: "hide",
  case_size: "10",
  currency_code: "inr",
  tier_min: ["0", "100", "250", ""],
  tier_price: ["450", "400", "360", ""],
  min_quantity: "80",
  max_quantity: "400",
  opens_at: "2026-11-23T12:00",
  closes_at: "2026-11-30T18:00",
  fulfilment: "pickup",
  pickup_point: "Dharavi Commons Warehouse",
  freight_cost: "9,000",
  handling_cost: "",
  cost_split: "quantity",
  ...over,
})

const errors = (over: Partial<PoolFormInput>) => {
  const parsed = parsePoolForm(form(over), { now, suffix: "abc", locale: "en" })
  return parsed.ok ? [] : parsed.errors
}

describe("parsePoolForm (the plugin's rules, read from a phone)", () => {
  it("reads a good form into the plugin's body, in UTC, with a handle from the title", () => {
    const parsed = parsePoolForm(form(), { now, suffix: "Mx9", locale: "en" })
    expect(parsed).toEqual({
      ok: true,
      material: { product_id: "prod_1", variant_id: "variant_1" },
      body: {
        handle: "tanned-goat-hides-from-kanpur-mx9",
        title: "Tanned goat hides from Kanpur",
        product_id: "prod_1",
        variant_id: "variant_1",
        unit: "hide",
        case_size: 10,
        currency_code: "inr",
        tiers: [
          { min_quantity: 0, unit_price: 450 },
          { min_quantity: 100, unit_price: 400 },
          { min_quantity: 250, unit_price: 360 },
        ],
        min_quantity: 80,
        max_quantity: 400,
        opens_at: "2026-11-23T06:30:00.000Z",
        closes_at: "2026-11-30T12:30:00.000Z",
        fulfilment: "pickup",
        pickup_point: "Dharavi Commons Warehouse",
        freight_cost: 9000,
        handling_cost: 0,
        cost_split: "quantity",
      },
    })
  })
  it("takes Devanagari digits, a new material and a description in the UI language", () => {
    const parsed = parsePoolForm(
      form({ material: "new", material_title: "बकरी की खाल", min_quantity: "८०", description: "ग्रेड A" }),
      { now, suffix: "1", locale: "hi" }
    )
    expect(parsed.ok && parsed.material).toEqual({ title: "बकरी की खाल" })
    expect(parsed.ok && parsed.body).toMatchObject({ min_quantity: 80, description: { hi: "ग्रेड A" } })
    expect(parsed.ok && "variant_id" in parsed.body).toBe(false)
  })
  it("refuses what the plugin would refuse, naming the field", () => {
    expect(errors({ tier_price: ["350", "400", "", ""], tier_min: ["0", "100", "", ""] })).toEqual(["tier_order"])
    expect(errors({ tier_min: ["0", "100", "100", ""] })).toEqual(["tier_order"])
    expect(errors({ tier_min: ["0", "100", "", ""], tier_price: ["450", "", "", ""] })).toEqual(["tiers"])
    expect(errors({ tier_price: ["0", "", "", ""], tier_min: ["0", "", "", ""] })).toEqual(["tiers"])
    expect(errors({ min_quantity: "500" })).toEqual(["max_quantity"])
    expect(errors({ min_quantity: "2.5", max_quantity: "" })).toEqual(["min_quantity", "max_quantity"])
    expect(errors({ closes_at: "2026-11-23T11:00" })).toEqual(["closes_at"])
    expect(errors({ opens_at: "2026-12-05T10:00" })).toEqual(["closes_at"])
    expect(errors({ opens_at: "tomorrow" })).toEqual(["opens_at"])
    expect(errors({ pickup_point: " " })).toEqual(["pickup_point"])
    expect(errors({ pickup_point: "", fulfilment: "delivery" })).toEqual([])
    expect(errors({ material: "new" })).toEqual(["material_title"])
    expect(errors({ material: "prod_1" })).toEqual(["material"])
    expect(errors({ title: "x", unit: "", case_size: "0", freight_cost: "-5" })).toEqual([
      "title",
      "unit",
      "case_size",
      "freight_cost",
    ])
  })
})

describe("Dharavi time and handles", () => {
  it("reads and writes a date-time field in IST", () => {
    expect(kolkataToIso("2026-11-30T18:00")).toBe("2026-11-30T12:30:00.000Z")
    expect(kolkataToIso("2026-11-30 18:00")).toBeNull()
    expect(isoToKolkata(new Date("2026-11-30T12:30:00.000Z"))).toBe("2026-11-30T18:00")
  })
  it("makes a handle the plugin accepts from any title", () => {
    expect(poolHandle("Clay — Kumbharwada!", "K2")).toBe("clay-kumbharwada-k2")
    expect(poolHandle("मिट्टी", "k2")).toBe("pool-k2")
  })
})

describe("materials and actions", () => {
  const product = (
    id: string,
    variants: { id: string; title: string; manage_inventory: boolean }[]
  ): VendorProduct => ({ id, title: `Product ${id}`, handle: id, status: "published", variants })
  it("offers only variants that track no stock", () => {
    const products = [
      product("p1", [
        { id: "v1", title: "Default", manage_inventory: false },
        { id: "v2", title: "Grade B", manage_inventory: true },
      ]),
      product("p2", [{ id: "v3", title: "Grade A", manage_inventory: false }]),
    ]
    expect(poolMaterials(products)).toEqual([
      { product_id: "p1", variant_id: "v1", label: "Product p1" },
      { product_id: "p2", variant_id: "v3", label: "Product p2 · Grade A" },
    ])
  })
  it("lists a new material hidden from the shop, tracking no stock", () => {
    expect(materialProduct("Clay", "inr", 12)).toMatchObject({
      status: "draft",
      variants: [{ manage_inventory: false, prices: [{ currency_code: "inr", amount: 12 }] }],
    })
  })
  it("says what can be done in each state", () => {
    const later = "2026-12-01T00:00:00Z"
    const past = "2026-11-01T00:00:00Z"
    expect(poolActions({ status: "draft", closes_at: later }, now)).toEqual({ open: true, cancel: true, settle: false })
    expect(poolActions({ status: "open", closes_at: later }, now)).toEqual({ open: false, cancel: true, settle: false })
    expect(poolActions({ status: "open", closes_at: past }, now)).toEqual({ open: false, cancel: false, settle: true })
    expect(poolActions({ status: "succeeded", closes_at: past }, now)).toEqual({
      open: false,
      cancel: false,
      settle: true,
    })
    expect(poolActions({ status: "settled", closes_at: past }, now)).toEqual({
      open: false,
      cancel: false,
      settle: false,
    })
  })
})
