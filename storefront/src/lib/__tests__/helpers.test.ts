import { isValidEmail, parseCheckoutContact, validateCheckoutContact } from "../address"
import { reachedStep, resolveStep } from "../checkout-steps"
import { localizedCategoryDescription, localizedDescription, localizedName, localizedTitle } from "../localize"
import { pageCount, pageOffset, parsePage, PAGE_SIZE } from "../pagination"
import { safeReturnPath, swapLocale } from "../paths"
import { withQuery } from "../actions/helpers"
import { jwtMaxAge } from "../jwt"

describe("swapLocale", () => {
  test("replaces the locale segment and keeps the rest", () => {
    expect(swapLocale("/en/products/passport-cover", "hi")).toBe("/hi/products/passport-cover")
    expect(swapLocale("/hi", "mr")).toBe("/mr")
    expect(swapLocale("/mr/", "en")).toBe("/en/")
  })

  test("adds a locale when the path has none", () => {
    expect(swapLocale("/", "hi")).toBe("/hi")
    expect(swapLocale("/cart", "mr")).toBe("/mr/cart")
    expect(swapLocale("store", "en")).toBe("/en/store")
  })
})

describe("safeReturnPath", () => {
  test("keeps same-site paths", () => {
    expect(safeReturnPath("/hi/checkout", "/hi")).toBe("/hi/checkout")
    expect(safeReturnPath("/en/store?page=2", "/en")).toBe("/en/store?page=2")
  })

  test("rejects anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "",
      "/a\r\nSet-Cookie: x",
      7,
    ]) {
      expect(safeReturnPath(bad, "/en")).toBe("/en")
    }
  })
})

describe("pagination", () => {
  test("parsePage accepts positive integers only", () => {
    expect(parsePage("3")).toBe(3)
    expect(parsePage(["2", "5"])).toBe(2)
    expect(parsePage("0")).toBe(1)
    expect(parsePage("-4")).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(undefined)).toBe(1)
  })

  test("pageCount and pageOffset", () => {
    expect(pageCount(31)).toBe(Math.ceil(31 / PAGE_SIZE))
    expect(pageCount(0)).toBe(1)
    expect(pageCount(24, 12)).toBe(2)
    expect(pageCount(25, 12)).toBe(3)
    expect(pageOffset(1, 12)).toBe(0)
    expect(pageOffset(3, 12)).toBe(24)
  })
})

describe("checkout address", () => {
  const form = (fields: Record<string, string>) => new Map(Object.entries(fields))
  const good = {
    email: " Asha@Example.COM ",
    first_name: "Asha",
    last_name: "Patil",
    address_1: "90 Feet Road",
    city: "Mumbai",
    postal_code: "400017",
    country_code: "IN",
  }

  test("parses and normalises the form", () => {
    const c = parseCheckoutContact(form(good))
    expect(c.email).toBe("asha@example.com")
    expect(c.address.country_code).toBe("in")
    expect(c.address.address_2).toBe("")
  })

  test("a complete address in an allowed country is valid", () => {
    expect(validateCheckoutContact(parseCheckoutContact(form(good)), ["in"])).toEqual([])
  })

  test("reports missing fields and countries outside the region", () => {
    const c = parseCheckoutContact(form({ ...good, email: "nope", city: " ", country_code: "us" }))
    expect(validateCheckoutContact(c, ["in"])).toEqual(["email", "city", "country_code"])
  })

  test("isValidEmail", () => {
    expect(isValidEmail("a@b.co")).toBe(true)
    expect(isValidEmail("a@b")).toBe(false)
  })
})

describe("checkout steps", () => {
  const address = { address_1: "90 Feet Road", country_code: "in" }

  test("reachedStep follows what the cart has", () => {
    expect(reachedStep({})).toBe("address")
    expect(reachedStep({ email: "a@b.co" })).toBe("address")
    expect(reachedStep({ email: "a@b.co", shipping_address: address })).toBe("delivery")
    expect(reachedStep({ email: "a@b.co", shipping_address: address, shipping_methods: [{}] })).toBe("payment")
    expect(
      reachedStep({
        email: "a@b.co",
        shipping_address: address,
        shipping_methods: [{}],
        payment_collection: { payment_sessions: [{ status: "pending", provider_id: "pp_system_default" }] },
      })
    ).toBe("review")
  })

  test("an errored payment session does not count", () => {
    expect(
      reachedStep({
        email: "a@b.co",
        shipping_address: address,
        shipping_methods: [{}],
        payment_collection: { payment_sessions: [{ status: "error" }] },
      })
    ).toBe("payment")
  })

  test("resolveStep allows going back, never skipping ahead", () => {
    expect(resolveStep("address", "payment")).toBe("address")
    expect(resolveStep("review", "delivery")).toBe("delivery")
    expect(resolveStep("bogus", "payment")).toBe("payment")
    expect(resolveStep(undefined, "address")).toBe("address")
  })
})

describe("localized catalogue text", () => {
  const product = {
    title: "Leather Laptop Bag",
    description: "Full-grain buffalo leather.",
    metadata: {
      i18n: { hi: { title: "चमड़े का लैपटॉप बैग" }, mr: { title: "चामड्याची लॅपटॉप बॅग", description: "म्हशीचे चामडे." } },
    },
  }

  test("titles use metadata.i18n for hi and mr, English otherwise", () => {
    expect(localizedTitle(product, "hi")).toBe("चमड़े का लैपटॉप बैग")
    expect(localizedTitle(product, "mr")).toBe("चामड्याची लॅपटॉप बॅग")
    expect(localizedTitle(product, "en")).toBe("Leather Laptop Bag")
  })

  test("falls back to English when a translation is missing or malformed", () => {
    expect(localizedDescription(product, "hi")).toBe("Full-grain buffalo leather.")
    expect(localizedDescription(product, "mr")).toBe("म्हशीचे चामडे.")
    expect(localizedTitle({ title: "Belt", metadata: { i18n: "oops" } }, "hi")).toBe("Belt")
    expect(localizedTitle({ title: "Belt", metadata: { i18n: { hi: { title: "  " } } } }, "hi")).toBe("Belt")
    expect(localizedTitle({ title: "Belt", metadata: null }, "mr")).toBe("Belt")
  })

  test("category names and descriptions", () => {
    const category = {
      name: "Pottery",
      description: "Clay from Kumbharwada.",
      metadata: { i18n: { hi: { name: "मिट्टी के बर्तन" } } },
    }
    expect(localizedName(category, "hi")).toBe("मिट्टी के बर्तन")
    expect(localizedName(category, "mr")).toBe("Pottery")
    expect(localizedCategoryDescription(category, "en")).toBe("Clay from Kumbharwada.")
    expect(localizedCategoryDescription(category, "hi")).toBeUndefined()
  })
})

describe("withQuery", () => {
  test("adds or replaces parameters", () => {
    expect(withQuery("/en/products/x", { added: "1" })).toBe("/en/products/x?added=1")
    expect(withQuery("/en/cart?error=update", { error: "add" })).toBe("/en/cart?error=add")
  })
})

describe("jwtMaxAge", () => {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url")
  const token = (payload: object) => `${b64({ alg: "HS256" })}.${b64(payload)}.signature`
  const now = Date.UTC(2026, 0, 1)

  test("seconds until exp", () => {
    expect(jwtMaxAge(token({ exp: now / 1000 + 3600 }), 60, now)).toBe(3600)
  })

  test("expired tokens get zero, odd tokens the fallback", () => {
    expect(jwtMaxAge(token({ exp: now / 1000 - 5 }), 60, now)).toBe(0)
    expect(jwtMaxAge(token({ sub: "x" }), 60, now)).toBe(60)
    expect(jwtMaxAge("not-a-jwt", 60, now)).toBe(60)
    expect(jwtMaxAge("a.%%%.c", 60, now)).toBe(60)
  })
})
