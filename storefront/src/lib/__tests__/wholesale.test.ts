import { WholesaleErrors, type WholesaleRuleProblem } from "@dharavi/wholesale/contract"
import en from "../../../messages/en.json"
import { BackendError, classify } from "../failures"
import {
  allowedQuantity,
  buildBulkLines,
  buildCompanyBody,
  buildCounterOffer,
  buildVariantTerms,
  changedTerms,
  buyerActions,
  companyAddresses,
  companyFieldErrors,
  groupCartProblems,
  hasTerms,
  isAllowedQuantity,
  lineSheetBackendPath,
  lineSheetHref,
  linesTotal,
  nextActor,
  normalizeGstin,
  parseBulkQuantity,
  parsePastedLines,
  parseUnitPrice,
  problemFromQuery,
  problemQuery,
  ruleProblems,
  unknownSkus,
  quantityInput,
  sellerActions,
  sortEmployees,
  sortTiers,
  stepperValues,
  tierFor,
  QUOTE_STATUSES,
  type CompanyForm,
} from "../wholesale"

const form = (over: Partial<CompanyForm> = {}): CompanyForm => ({
  name: "Farida Exports",
  gst_number: "27AAPFU0939F1ZV",
  email: "Buy@Farida.example",
  phone: "",
  address_1: "Shop 4, Crawford Market",
  address_2: "",
  city: "Mumbai",
  province: "",
  postal_code: "400001",
  country_code: "IN",
  ...over,
})

describe("company sign-up", () => {
  test("a GSTIN typed with spaces, dashes, small letters or Devanagari digits is normalized", () => {
    expect(normalizeGstin(" 27 aapfu-0939 f1zv ")).toBe("27AAPFU0939F1ZV")
    expect(normalizeGstin("२७AAPFU०९३९F1ZV")).toBe("27AAPFU0939F1ZV")
  })

  test("a good form becomes the body the plugin expects, with one address", () => {
    const built = buildCompanyBody(
      form({ phone: "+91 98200 12345", address_2: " 2nd floor ", province: "Maharashtra" })
    )
    expect(built).toEqual({
      ok: true,
      body: {
        name: "Farida Exports",
        gst_number: "27AAPFU0939F1ZV",
        email: "buy@farida.example",
        phone: "+91 98200 12345",
        addresses: [
          {
            address_1: "Shop 4, Crawford Market",
            address_2: "2nd floor",
            city: "Mumbai",
            province: "Maharashtra",
            postal_code: "400001",
            country_code: "in",
          },
        ],
      },
    })
  })

  test("optional fields stay out of the body when empty", () => {
    const built = buildCompanyBody(form())
    expect(built.ok && built.body).toEqual({
      name: "Farida Exports",
      gst_number: "27AAPFU0939F1ZV",
      email: "buy@farida.example",
      addresses: [{ address_1: "Shop 4, Crawford Market", city: "Mumbai", postal_code: "400001", country_code: "in" }],
    })
  })

  test("each broken field is named, with the plugin's rules (state code 0-3x, phone digits)", () => {
    expect(buildCompanyBody(form({ gst_number: "12345" }))).toEqual({ ok: false, errors: ["gst_number"] })
    expect(buildCompanyBody(form({ gst_number: "47AAPFU0939F1ZV" }))).toEqual({ ok: false, errors: ["gst_number"] })
    expect(
      buildCompanyBody(
        form({
          name: "X",
          email: "nope",
          phone: "call me",
          address_1: "a",
          city: "",
          postal_code: "1",
          country_code: "India",
        })
      )
    ).toEqual({
      ok: false,
      errors: ["name", "email", "phone", "address_1", "city", "postal_code", "country_code"],
    })
  })

  test("the fields a 400 from the plugin names", () => {
    expect(
      companyFieldErrors("Invalid request: gst_number must be a 15-character GSTIN, such as 27AAPFU0939F1ZV")
    ).toEqual(["gst_number"])
    expect(
      companyFieldErrors('Invalid request: Expected string, received null at "addresses.0.city"; phone must be digits')
    ).toEqual(["phone", "city"])
    expect(companyFieldErrors("")).toEqual([])
  })

  test("addresses come as { list } from the plugin; colleagues list the viewer first, then admins", () => {
    const a = { address_1: "x", city: "Mumbai", postal_code: "400001", country_code: "in" }
    expect(companyAddresses({ addresses: { list: [a] } })).toEqual([a])
    expect(companyAddresses({ addresses: [a] })).toEqual([a])
    expect(companyAddresses({ addresses: null })).toEqual([])
    const sorted = sortEmployees(
      [
        { id: "1", customer_id: "c1", role: "buyer" },
        { id: "2", customer_id: "c2", role: "admin" },
        { id: "3", customer_id: "me", role: "buyer" },
      ],
      "me"
    )
    expect(sorted.map((e) => [e.id, e.me])).toEqual([
      ["3", true],
      ["2", false],
      ["1", false],
    ])
  })
})

describe("minimums and case packs", () => {
  const terms = { min_order_quantity: 12, case_pack: 6 }

  test("the allowed quantity is at least the minimum, in whole cases (as the plugin rules)", () => {
    expect(allowedQuantity(1, terms)).toBe(12)
    expect(allowedQuantity(14, terms)).toBe(18)
    expect(allowedQuantity(18, terms)).toBe(18)
    expect(allowedQuantity(1, { min_order_quantity: 10, case_pack: 6 })).toBe(12)
    expect(allowedQuantity(3, { min_order_quantity: 1, case_pack: 1 })).toBe(3)
    expect(isAllowedQuantity(24, terms)).toBe(true)
    expect(isAllowedQuantity(6, terms)).toBe(false)
    expect(isAllowedQuantity(13, terms)).toBe(false)
  })

  test("the quantity field starts at the first allowed quantity and steps by the case pack", () => {
    expect(quantityInput(terms)).toEqual({ min: 12, step: 6 })
    // A minimum that is not a whole case starts at the next whole case, so min + k·step are all allowed.
    expect(quantityInput({ min_order_quantity: 10, case_pack: 6 })).toEqual({ min: 12, step: 6 })
    expect(quantityInput({ min_order_quantity: 1, case_pack: 1 })).toEqual({ min: 1, step: 1 })
  })

  test("the cart's stepper moves a case at a time and never below the first allowed quantity", () => {
    expect(stepperValues(18, terms)).toEqual({ decrease: 12, increase: 24 })
    expect(stepperValues(12, terms)).toEqual({ decrease: null, increase: 18 })
    // From quantities the rules refuse: the nearest allowed ones.
    expect(stepperValues(1, terms)).toEqual({ decrease: null, increase: 12 })
    expect(stepperValues(14, terms)).toEqual({ decrease: 12, increase: 18 })
    expect(stepperValues(3, { min_order_quantity: 1, case_pack: 1 })).toEqual({ decrease: 2, increase: 4 })
  })

  test("terms worth showing", () => {
    expect(hasTerms({ min_order_quantity: 1, case_pack: 1, lead_time_days: null })).toBe(false)
    expect(hasTerms({ min_order_quantity: 1, case_pack: 1, lead_time_days: 0 })).toBe(true)
    expect(hasTerms({ min_order_quantity: 12, case_pack: 1, lead_time_days: null })).toBe(true)
  })
})

describe("price tiers", () => {
  const tiers = [
    { min_quantity: 50, max_quantity: null, amount: 1050 },
    { min_quantity: 10, max_quantity: 49, amount: 1200 },
  ]

  test("are shown by quantity", () => {
    expect(sortTiers(tiers).map((t) => t.min_quantity)).toEqual([10, 50])
    expect(sortTiers(null)).toEqual([])
  })

  test("the tier that prices a quantity", () => {
    expect(tierFor(5, tiers)).toBeNull()
    expect(tierFor(10, tiers)?.amount).toBe(1200)
    expect(tierFor(49, tiers)?.amount).toBe(1200)
    expect(tierFor(60, tiers)?.amount).toBe(1050)
  })
})

describe("the plugin's rule refusals, from their code and details", () => {
  // The refusals as the wholesale plugin answers them (its quotes.spec asserts the same shapes).
  const minimum = {
    code: WholesaleErrors.BELOW_MINIMUM_QUANTITY,
    message: "Leather Tote – Tan (IMR-LEA-TOTE-TAN) has a wholesale minimum of 12; you have 6",
    variant_id: "v1",
    title: "Leather Tote – Tan",
    sku: "IMR-LEA-TOTE-TAN",
    quantity: 6,
    suggested_quantity: 12,
    minimum: 12,
  } as const
  const cases = {
    code: WholesaleErrors.NOT_WHOLE_CASES,
    message: "Leather Tote – Tan (IMR-LEA-TOTE-TAN) is packed in cases of 6: choose 18 instead of 14",
    variant_id: "v1",
    title: "Leather Tote – Tan",
    sku: "IMR-LEA-TOTE-TAN",
    quantity: 14,
    suggested_quantity: 18,
    case_pack: 6,
  } as const
  const seller = {
    code: WholesaleErrors.BELOW_SELLER_MINIMUM,
    message: "Imran Leather Works takes wholesale orders from INR 2,00,000; add INR 1,42,000.5 more from them",
    seller_id: "sel_1",
    seller_name: "Imran Leather Works",
    currency_code: "inr",
    min_order_value: 200000,
    subtotal: 57999.5,
    missing_amount: 142000.5,
  } as const
  const refusal = (first: WholesaleRuleProblem, ...rest: WholesaleRuleProblem[]) => {
    const { code, message: _message, ...fields } = first
    return new BackendError({
      message: "ignored",
      status: 400,
      code,
      details: { ...fields, problems: [first, ...rest] },
    })
  }

  test("every problem of details.problems, with its numbers", () => {
    expect(ruleProblems(classify(refusal(minimum)))).toEqual([minimum])
    expect(ruleProblems(classify(refusal(minimum, cases))).map((p) => p.code)).toEqual([
      "below_minimum_quantity",
      "not_whole_cases",
    ])
    expect(ruleProblems(classify(refusal(seller)))).toEqual([seller])
  })

  test("the first problem's fields when there is no list; nothing for another code or a broken shape", () => {
    const { message: _message, ...fields } = cases
    expect(ruleProblems({ code: cases.code, details: fields })).toEqual([{ ...cases, message: "" }])
    expect(ruleProblems({ code: minimum.code, details: { minimum: "12" } })).toEqual([])
    expect(ruleProblems({ code: "quote_expired", details: { problems: [minimum] } })).toEqual([])
    expect(
      ruleProblems(classify(new BackendError({ message: "has a wholesale minimum of 12; you have 6", status: 400 })))
    ).toEqual([])
    expect(ruleProblems(undefined)).toEqual([])
  })

  test("unknown SKUs from unknown_sku's details", () => {
    const unknown = new BackendError({
      message: "Unknown SKUs: NO-SUCH, ALSO-NOT",
      status: 400,
      code: WholesaleErrors.UNKNOWN_SKU,
      details: { skus: ["NO-SUCH", "ALSO-NOT"] },
    })
    expect(unknownSkus(classify(unknown))).toEqual(["NO-SUCH", "ALSO-NOT"])
    expect(unknownSkus(classify(refusal(minimum)))).toEqual([])
  })

  test("travel through the URL as numbers only, and come back checked", () => {
    const q = problemQuery(cases)
    expect(q).toEqual({ error: "case_pack", pack: "6", qty: "14", suggest: "18" })
    expect(problemFromQuery(q)).toEqual({ rule: "case_pack", pack: 6, quantity: 14, suggested: 18 })
    expect(problemQuery(minimum)).toEqual({ error: "minimum", min: "12", qty: "6" })
    expect(problemFromQuery({ error: "minimum", min: "12", qty: "6" })).toEqual({
      rule: "minimum",
      min: 12,
      quantity: 6,
    })
    expect(problemFromQuery({ error: "minimum", min: "<b>", qty: "6" })).toEqual({ rule: "wholesale" })
    expect(problemFromQuery({ error: "add" })).toBeNull()
    expect(problemQuery(undefined)).toEqual({ error: "wholesale" })
    expect(problemQuery(seller)).toEqual({ error: "wholesale" })
  })

  test("the cart check's problems by line, with one fix each, and the seller minimums", () => {
    const { byVariant, sellers } = groupCartProblems([
      minimum,
      { ...cases, quantity: 6, suggested_quantity: 12 },
      { ...cases, variant_id: "v2" },
      seller,
    ])
    expect(byVariant.get("v1")).toEqual({ codes: ["below_minimum_quantity", "not_whole_cases"], suggested: 12 })
    expect(byVariant.get("v2")).toEqual({ codes: ["not_whole_cases"], suggested: 18 })
    expect(sellers).toEqual([
      { seller_id: "sel_1", missing: 142000.5, seller: "Imran Leather Works", min: 200000, currency: "inr" },
    ])
  })
})

describe("bulk order form", () => {
  test("lines pasted from a spreadsheet, an email or WhatsApp", () => {
    expect(
      parsePastedLines(
        "SKU\tQuantity\nIMR-TOTE-TAN\t24\r\nSAL-CUSH-1, 1,200\nKUM-POT x 6\nNOOR-ZARI 12 pcs\n\nJUST-A-SKU\n"
      )
    ).toEqual([
      { sku: "IMR-TOTE-TAN", quantity: "24" },
      { sku: "SAL-CUSH-1", quantity: "1200" },
      { sku: "KUM-POT", quantity: "6" },
      { sku: "NOOR-ZARI", quantity: "12" },
      { sku: "JUST-A-SKU", quantity: "" },
    ])
    expect(parsePastedLines("IMR-1; २४")).toEqual([{ sku: "IMR-1", quantity: "24" }])
  })

  test("quantities typed on a phone", () => {
    expect(parseBulkQuantity("1,200")).toBe(1200)
    expect(parseBulkQuantity("१२")).toBe(12)
    expect(parseBulkQuantity("0")).toBeNull()
    expect(parseBulkQuantity("2.5")).toBeNull()
    expect(parseBulkQuantity("100001")).toBeNull()
  })

  test("rows are checked: empty ones dropped, SKUs upper-cased, bad rows named by index", () => {
    expect(
      buildBulkLines([
        { sku: " imr-tote ", quantity: "12" },
        { sku: "", quantity: "" },
        { sku: "TWO WORDS", quantity: "x" },
        { sku: "", quantity: "5" },
      ])
    ).toEqual({
      rows: [
        { sku: "IMR-TOTE", quantity: "12" },
        { sku: "TWO WORDS", quantity: "x" },
        { sku: "", quantity: "5" },
      ],
      lines: [{ sku: "IMR-TOTE", quantity: 12 }],
      errors: [
        { index: 1, field: "sku" },
        { index: 1, field: "quantity" },
        { index: 2, field: "sku" },
      ],
    })
  })
})

describe("quotes", () => {
  test("who acts next, from each side", () => {
    expect(nextActor("pending_merchant", "buyer")).toBe("them")
    expect(nextActor("pending_merchant", "seller")).toBe("you")
    expect(nextActor("pending_customer", "buyer")).toBe("you")
    expect(nextActor("pending_customer", "seller")).toBe("them")
    for (const closed of ["accepted", "rejected", "expired", "withdrawn"]) expect(nextActor(closed, "buyer")).toBeNull()
  })

  test("the buyer answers an offer; the seller counter-offers while the buyer waits for them", () => {
    expect(buyerActions("pending_customer")).toEqual({
      accept: true,
      reject: true,
      requestChanges: true,
      message: true,
      withdraw: true,
    })
    expect(buyerActions("pending_merchant")).toEqual({
      accept: false,
      reject: false,
      requestChanges: false,
      message: true,
      withdraw: true,
    })
    expect(buyerActions("accepted")).toEqual({
      accept: false,
      reject: false,
      requestChanges: false,
      message: false,
      withdraw: false,
    })
    expect(sellerActions("pending_merchant")).toEqual({ counterOffer: true, message: true })
    expect(sellerActions("pending_customer")).toEqual({ counterOffer: false, message: true })
    expect(sellerActions("expired")).toEqual({ counterOffer: false, message: false })
  })

  test("every status has words for the buyer and the seller", () => {
    const t = en as unknown as {
      Quotes: Record<string, Record<string, string>>
      SellerQuotes: Record<string, Record<string, string>>
    }
    for (const s of QUOTE_STATUSES) {
      expect(t.Quotes.status![s]).toBeTruthy()
      expect(t.Quotes.nextStep![s]).toBeTruthy()
      expect(t.SellerQuotes.status![s]).toBeTruthy()
      expect(t.SellerQuotes.nextStep![s]).toBeTruthy()
    }
  })

  test("unit prices and totals", () => {
    expect(parseUnitPrice("₹ 1,850.50")).toBe(1850.5)
    expect(parseUnitPrice("१८५०")).toBe(1850)
    expect(parseUnitPrice("0")).toBe(0)
    expect(parseUnitPrice("-5")).toBeNull()
    expect(parseUnitPrice("1.234")).toBeNull()
    expect(
      linesTotal([
        { quantity: 24, unit_price: 1900 },
        { quantity: 3, unit_price: 0.1 },
      ])
    ).toBe(45600.3)
  })

  test("the counter-offer form: quantity and price per line, a lead time and a note", () => {
    expect(
      buildCounterOffer(
        [
          { item_id: "ordli_1", quantity: "24", unit_price: "1,900" },
          { item_id: "ordli_2", quantity: "0", unit_price: "500" },
        ],
        "10",
        " 24 pieces at ₹1,900 "
      )
    ).toEqual({
      ok: true,
      body: {
        items: [
          { item_id: "ordli_1", quantity: 24, unit_price: 1900 },
          { item_id: "ordli_2", quantity: 0, unit_price: 500 },
        ],
        lead_time_days: 10,
        note: "24 pieces at ₹1,900",
      },
    })
    expect(buildCounterOffer([{ item_id: "a", quantity: "12", unit_price: "100" }], "", "")).toEqual({
      ok: true,
      body: { items: [{ item_id: "a", quantity: 12, unit_price: 100 }], lead_time_days: null, note: null },
    })
    expect(buildCounterOffer([{ item_id: "a", quantity: "x", unit_price: "-1" }], "400", "")).toEqual({
      ok: false,
      errors: ["qty_a", "price_a", "lead_time"],
    })
    expect(buildCounterOffer([{ item_id: "a", quantity: "0", unit_price: "100" }], "", "")).toEqual({
      ok: false,
      errors: ["all_zero"],
    })
    expect(buildCounterOffer([], "", "")).toEqual({ ok: false, errors: ["items"] })
  })
})

describe("line sheets", () => {
  test("the storefront link carries language, currency and UI language", () => {
    expect(lineSheetHref("sellers", "imran-leather-works", "hi", "INR", "mr")).toBe(
      "/api/line-sheets/sellers/imran-leather-works?lang=hi&currency=inr&locale=mr"
    )
  })

  test("the backend path is built from checked parts only", () => {
    expect(lineSheetBackendPath("sellers", "imran-leather-works", "hi", "usd")).toBe(
      "/store/line-sheets/sellers/imran-leather-works?lang=hi&currency=usd"
    )
    expect(lineSheetBackendPath("collections", "diwali", "fr", "gbp")).toBe(
      "/store/line-sheets/collections/diwali?lang=en&currency=inr"
    )
    expect(lineSheetBackendPath("admin", "x", "en", "inr")).toBeNull()
    expect(lineSheetBackendPath("sellers", "../admin", "en", "inr")).toBeNull()
    expect(lineSheetBackendPath("sellers", "a/b", "en", "inr")).toBeNull()
  })
})

describe("a seller's terms per variant", () => {
  test("minimum, case pack and lead time typed on a phone; empty means 1, 1 and none", () => {
    expect(
      buildVariantTerms([
        { variant_id: "v1", min_order_quantity: "१२", case_pack: "6", lead_time_days: " 10 " },
        { variant_id: "v2", min_order_quantity: "", case_pack: "", lead_time_days: "" },
      ])
    ).toEqual({
      ok: true,
      terms: [
        { variant_id: "v1", min_order_quantity: 12, case_pack: 6, lead_time_days: 10 },
        { variant_id: "v2", min_order_quantity: 1, case_pack: 1, lead_time_days: null },
      ],
    })
    expect(
      buildVariantTerms([{ variant_id: "v1", min_order_quantity: "0", case_pack: "2.5", lead_time_days: "400" }])
    ).toEqual({
      ok: false,
      errors: ["moq_v1", "pack_v1", "lead_v1"],
    })
  })

  test("only changed variants are sent", () => {
    const current = [
      { variant_id: "v1", min_order_quantity: 12, case_pack: 6, lead_time_days: 10, tiers: null },
      { variant_id: "v2", min_order_quantity: 1, case_pack: 1, lead_time_days: null, tiers: null },
    ]
    const next = [
      { variant_id: "v1", min_order_quantity: 12, case_pack: 6, lead_time_days: 10 },
      { variant_id: "v2", min_order_quantity: 1, case_pack: 1, lead_time_days: null },
      { variant_id: "v3", min_order_quantity: 1, case_pack: 1, lead_time_days: null },
    ]
    expect(changedTerms(next, current).map((t) => t.variant_id)).toEqual(["v3"])
    expect(changedTerms([{ ...next[0]!, case_pack: 12 }], current).map((t) => t.variant_id)).toEqual(["v1"])
  })
})
