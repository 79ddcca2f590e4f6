import en from "../../../messages/en.json"
import {
  AUDIT_MESSAGES,
  auditMessageKey,
  auditSubject,
  parseInvite,
  parseShare,
  sortMembers,
  type AuditEntry,
  type ShopMember,
} from "../members"
import {
  addPhotos,
  photoProblem,
  photosProblem,
  pickPhotos,
  PHOTO_MAX_BYTES,
  productPhotos,
  removePhoto,
  shrinkSize,
  uploadProblem,
} from "../photos"
import {
  apiFieldErrors,
  buildPrivateUpdate,
  buildProfileUpdate,
  craftsForForm,
  fieldsFromQuery,
  HTML_PATTERNS,
  normalizeAccountNumber,
  normalizeCode,
  payoutMethodOf,
  PRIVATE_FIELDS,
  PROFILE_FIELDS,
  type PrivateForm,
  type ProfileForm,
  type ShopProfile,
} from "../shop-profile"
import { buildNewProduct, goesOnSaleOnApproval } from "../vendor-products"

const photo = (over: Partial<{ name: string; size: number; type: string }> = {}) => ({
  name: "wallet.jpg",
  size: 120_000,
  type: "image/jpeg",
  ...over,
})

describe("photos", () => {
  test("keeps only real files from a form field", () => {
    const empty = photo({ name: "", size: 0, type: "application/octet-stream" })
    expect(pickPhotos([empty, "https://example.com/x.jpg", null, photo()])).toEqual([photo()])
    expect(pickPhotos([])).toEqual([])
  })

  test("takes JPEG, PNG and WebP up to 5 MB", () => {
    expect(photoProblem(photo())).toBeNull()
    expect(photoProblem(photo({ type: "image/png" }))).toBeNull()
    expect(photoProblem(photo({ type: "IMAGE/WEBP" }))).toBeNull()
    expect(photoProblem(photo({ size: PHOTO_MAX_BYTES }))).toBeNull()
    expect(photoProblem(photo({ size: PHOTO_MAX_BYTES + 1 }))).toBe("size")
    expect(photoProblem(photo({ type: "image/svg+xml" }))).toBe("type")
    expect(photoProblem(photo({ type: "image/heic" }))).toBe("type")
    expect(photoProblem(photo({ type: "" }))).toBe("type")
  })

  test("refuses more than six photos at once, and reports the first bad one", () => {
    expect(photosProblem(Array.from({ length: 6 }, () => photo()))).toBeNull()
    expect(photosProblem(Array.from({ length: 7 }, () => photo()))).toBe("count")
    expect(photosProblem([photo(), photo({ type: "text/plain" })])).toBe("type")
  })

  test("explains the uploads' refusals by their code", () => {
    expect(uploadProblem("upload_type_not_allowed")).toBe("type")
    expect(uploadProblem("upload_too_large")).toBe("size")
    expect(uploadProblem("upload_too_many")).toBe("count")
    expect(uploadProblem("upload_bad_name")).toBeNull()
    expect(uploadProblem(undefined)).toBeNull()
  })

  test("makes big camera photos at most 1600 pixels on the longest side, keeping the shape", () => {
    expect(shrinkSize(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(shrinkSize(3024, 4032)).toEqual({ width: 1200, height: 1600 })
    expect(shrinkSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(shrinkSize(1600, 10)).toEqual({ width: 1600, height: 10 })
    expect(shrinkSize(10000, 1)).toEqual({ width: 1600, height: 1 })
  })

  const a = "http://localhost:9000/static/sellers/x/a.png"
  const b = "http://localhost:9000/static/sellers/x/b.png"
  const c = "http://localhost:9000/static/sellers/x/c.png"

  test("lists a product's photos with the main one even when it is not an image", () => {
    expect(productPhotos({ thumbnail: a, images: [{ url: a }, { url: b }] })).toEqual([a, b])
    expect(productPhotos({ thumbnail: c, images: [{ url: a }] })).toEqual([c, a])
    expect(productPhotos({ thumbnail: null, images: [{ url: b }, { url: b }, { url: "" }] })).toEqual([b])
    expect(productPhotos({})).toEqual([])
  })

  test("adds photos after the others; the first photo becomes the main one", () => {
    expect(addPhotos({ thumbnail: null, images: [] }, [a])).toEqual({ images: [{ url: a }], thumbnail: a })
    expect(addPhotos({ thumbnail: a, images: [{ url: a }] }, [b, a])).toEqual({
      images: [{ url: a }, { url: b }],
      thumbnail: a,
    })
    // Nothing new, or no room left: no update.
    expect(addPhotos({ thumbnail: a, images: [{ url: a }] }, [a])).toBeNull()
    const full = Array.from({ length: 12 }, (_, i) => ({ url: `https://x.test/${i}.png` }))
    expect(addPhotos({ thumbnail: full[0]!.url, images: full }, [c])).toBeNull()
  })

  test("removes a photo and moves the main photo when needed, but never the last one", () => {
    const product = { thumbnail: a, images: [{ url: a }, { url: b }, { url: c }] }
    expect(removePhoto(product, b)).toEqual({ images: [{ url: a }, { url: c }], thumbnail: a })
    expect(removePhoto(product, a)).toEqual({ images: [{ url: b }, { url: c }], thumbnail: b })
    expect(removePhoto(product, "https://elsewhere.test/x.png")).toBeNull()
    expect(removePhoto({ thumbnail: a, images: [{ url: a }] }, a)).toBeNull()
  })

  test("a new product takes uploaded photos first, then the photo link", () => {
    const form = {
      title: "Wallet",
      description: "",
      optionTitle: "",
      optionValues: "",
      prices: { inr: "499" },
      imageUrl: "https://example.com/link.jpg",
      photoUrls: [a, "not a url"],
    }
    const built = buildNewProduct(form)
    expect(built.ok).toBe(true)
    if (built.ok) {
      expect(built.payload.thumbnail).toBe(a)
      expect(built.payload.images).toEqual([{ url: a }, { url: "https://example.com/link.jpg" }])
    }
    const none = buildNewProduct({ ...form, imageUrl: "", photoUrls: [] })
    expect(none.ok && (none.payload.images ?? null)).toBeNull()
  })
})

describe("products waiting for approval", () => {
  test("a pending shop's hidden products go on sale when it is approved", () => {
    expect(goesOnSaleOnApproval({ status: "draft", metadata: { publish_on_approval: true } }, "pending")).toBe(true)
    expect(goesOnSaleOnApproval({ status: "draft", metadata: null }, "pending")).toBe(true)
    expect(goesOnSaleOnApproval({ status: "draft", metadata: { publish_on_approval: false } }, "pending")).toBe(false)
    expect(goesOnSaleOnApproval({ status: "published" }, "pending")).toBe(false)
    expect(goesOnSaleOnApproval({ status: "draft" }, "active")).toBe(false)
    expect(goesOnSaleOnApproval({ status: "draft" }, "suspended")).toBe(false)
  })
})

describe("shop profile form", () => {
  const seller: ShopProfile = {
    id: "sel_1",
    handle: "rukhsana-leather",
    name: "Rukhsana Leather",
    kind: "workshop",
    crafts: ["leather", "Aari work", "bags"],
    area: "Kala Killa",
    story: { en: "My father taught me.", hi: "मेरे पिता ने सिखाया।" },
    photo_url: "http://localhost:9000/static/sellers/r/me.jpg",
    verification_status: "unverified",
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-01T00:00:00Z",
    contact: null,
    gst_number: null,
    artisan_card: null,
    status: "active",
    commission_rate: 0.1,
    metadata: null,
  }
  const form = (over: Partial<ProfileForm> = {}): ProfileForm => ({
    name: seller.name,
    kind: "workshop",
    crafts: ["leather", "embroidery"],
    otherCrafts: "bags",
    area: "Kala Killa",
    story: "My father taught me.",
    removePhoto: false,
    ...over,
  })

  test("splits crafts into ticked known crafts and typed others", () => {
    expect(craftsForForm(seller.crafts)).toEqual({ checked: ["leather", "embroidery"], other: "bags" })
    expect(craftsForForm(null)).toEqual({ checked: [], other: "" })
    expect(craftsForForm(["lighting", "leather-goods", "leather"])).toEqual({ checked: ["leather"], other: "lighting" })
  })

  test("sends nothing when nothing changed", () => {
    expect(buildProfileUpdate({ ...seller, crafts: ["leather", "embroidery", "bags"] }, form(), "en")).toEqual({
      ok: true,
      update: {},
    })
  })

  test("sends only what changed; the story only in the page's language", () => {
    const result = buildProfileUpdate(
      seller,
      form({ name: "  Rukhsana Leather Works ", kind: "artisan", area: "", story: "मैं बैग बनाती हूँ।\r\n\r\nहाथ से।" }),
      "hi"
    )
    expect(result).toEqual({
      ok: true,
      update: {
        name: "Rukhsana Leather Works",
        kind: "artisan",
        crafts: ["leather", "embroidery", "bags"],
        area: null,
        story: { hi: "मैं बैग बनाती हूँ।\n\nहाथ से।" },
      },
    })
  })

  test("removes the photo only when there is one", () => {
    const result = buildProfileUpdate(
      { ...seller, crafts: ["leather", "embroidery", "bags"] },
      form({ removePhoto: true }),
      "en"
    )
    expect(result).toEqual({ ok: true, update: { photo_url: null } })
    const none = buildProfileUpdate(
      { ...seller, photo_url: null, crafts: ["leather", "embroidery", "bags"] },
      form({ removePhoto: true }),
      "en"
    )
    expect(none).toEqual({ ok: true, update: {} })
  })

  test("reports a short name, a long area and a long story", () => {
    expect(
      buildProfileUpdate(seller, form({ name: "R", area: "x".repeat(81), story: "y".repeat(4001) }), "en")
    ).toEqual({
      ok: false,
      errors: ["name", "area", "story"],
    })
  })
})

describe("private details form", () => {
  const empty: PrivateForm = {
    phone: "",
    whatsapp: "",
    email: "",
    gstNumber: "",
    artisanCard: "",
    payoutMethod: "upi",
    upiId: "",
    accountName: "",
    accountNumber: "",
    ifsc: "",
  }

  test("normalizes codes and account numbers typed on a phone", () => {
    expect(normalizeCode(" 27abcde 1234 f1z5 ")).toBe("27ABCDE1234F1Z5")
    expect(normalizeCode("sbin-0001234")).toBe("SBIN0001234")
    expect(normalizeAccountNumber("1234 5678-9012")).toBe("123456789012")
    expect(normalizeAccountNumber("१२३४५६७८")).toBe("12345678")
  })

  test("empty fields clear what was saved", () => {
    expect(buildPrivateUpdate(empty)).toEqual({
      ok: true,
      update: { contact: null, gst_number: null, artisan_card: null, payout_details: null },
    })
  })

  test("UPI: contact, GST and the UPI ID; bank fields are ignored", () => {
    const result = buildPrivateUpdate({
      ...empty,
      phone: "+91 98200 12345",
      whatsapp: "९८२०० १२३४५",
      email: " Rukhsana@Example.com ",
      gstNumber: "27abcde1234f1z5",
      artisanCard: " MH-123 ",
      upiId: "rukhsana@okaxis",
      accountNumber: "12",
    })
    expect(result).toEqual({
      ok: true,
      update: {
        contact: { phone: "+91 98200 12345", whatsapp: "98200 12345", email: "rukhsana@example.com" },
        gst_number: "27ABCDE1234F1Z5",
        artisan_card: "MH-123",
        payout_details: { upi_id: "rukhsana@okaxis" },
      },
    })
  })

  test("bank: name, number and IFSC, all needed", () => {
    expect(
      buildPrivateUpdate({
        ...empty,
        payoutMethod: "bank",
        accountName: "Rukhsana  Shaikh",
        accountNumber: "0012 3456 7890",
        ifsc: "sbin0001234",
        upiId: "x",
      })
    ).toEqual({
      ok: true,
      update: {
        contact: null,
        gst_number: null,
        artisan_card: null,
        payout_details: { account_name: "Rukhsana Shaikh", account_number: "001234567890", ifsc: "SBIN0001234" },
      },
    })
    expect(buildPrivateUpdate({ ...empty, payoutMethod: "bank", accountNumber: "12345", ifsc: "SBIN001234" })).toEqual({
      ok: false,
      errors: ["account_name", "account_number", "ifsc"],
    })
  })

  test("reports every wrong field", () => {
    expect(
      buildPrivateUpdate({
        ...empty,
        phone: "12",
        whatsapp: "abc",
        email: "nope",
        gstNumber: "27ABCDE",
        artisanCard: "x".repeat(41),
        upiId: "no-at-sign",
      })
    ).toEqual({
      ok: false,
      errors: ["contact_phone", "contact_whatsapp", "contact_email", "gst_number", "artisan_card", "upi_id"],
    })
  })

  test("the browser's patterns accept what the server accepts", () => {
    const whole = (p: string) => new RegExp(`^(?:${p})$`, "v")
    expect(whole(HTML_PATTERNS.gst_number).test("27abcde1234f1z5")).toBe(true)
    expect(whole(HTML_PATTERNS.gst_number).test("27ABCDE1234")).toBe(false)
    expect(whole(HTML_PATTERNS.ifsc).test("sbin0001234")).toBe(true)
    expect(whole(HTML_PATTERNS.ifsc).test("SBIN1001234")).toBe(false)
    expect(whole(HTML_PATTERNS.upi_id).test("rukhsana.s@okaxis")).toBe(true)
    expect(whole(HTML_PATTERNS.upi_id).test("rukhsana")).toBe(false)
    expect(whole(HTML_PATTERNS.phone).test("+91 98200-12345")).toBe(true)
    expect(whole(HTML_PATTERNS.phone).test("९८२०० १२३४५")).toBe(true)
    expect(whole(HTML_PATTERNS.phone).test("12")).toBe(false)
    expect(whole(HTML_PATTERNS.account_number).test("0012 3456 7890")).toBe(true)
    expect(whole(HTML_PATTERNS.account_number).test("१२३४५६७८")).toBe(true)
    expect(whole(HTML_PATTERNS.account_number).test("12")).toBe(false)
    expect(whole(HTML_PATTERNS.account_number).test("12345a")).toBe(false)
  })

  test("shows the saved payout way first", () => {
    expect(payoutMethodOf(null)).toBe("upi")
    expect(payoutMethodOf({ upi_id: "a@b" })).toBe("upi")
    expect(payoutMethodOf({ account_number: "123456", ifsc: "SBIN0001234" })).toBe("bank")
  })

  test("finds the fields named in the marketplace's error messages", () => {
    expect(
      apiFieldErrors("Invalid request: gst_number must be a 15-character GSTIN; ifsc must look like SBIN0001234")
    ).toEqual(["gst_number", "ifsc"])
    expect(
      apiFieldErrors("Invalid request: whatsapp must be a phone number; account_number must be 6-18 digits")
    ).toEqual(["contact_whatsapp", "account_number"])
    expect(apiFieldErrors("Invalid request: upi_id must look like name@bank")).toEqual(["upi_id"])
    expect(apiFieldErrors("Invalid request: Expected type: 'string' for field 'name'")).toEqual(["name"])
    expect(apiFieldErrors("Only the owner can change payout_details")).toEqual([])
    expect(apiFieldErrors(null)).toEqual([])
  })

  test("reads only known fields from the query", () => {
    expect([...fieldsFromQuery("name,ifsc,evil,story", [...PROFILE_FIELDS, ...PRIVATE_FIELDS])]).toEqual([
      "name",
      "ifsc",
      "story",
    ])
    expect(fieldsFromQuery(["name"], PROFILE_FIELDS).size).toBe(0)
  })
})

describe("members", () => {
  test("reads a share typed on a phone", () => {
    expect(parseShare("5")).toBe(5)
    expect(parseShare(" 7.5 % ")).toBe(7.5)
    expect(parseShare("२,५")).toBe(2.5)
    expect(parseShare("0")).toBe(0)
    expect(parseShare("100")).toBe(100)
    expect(parseShare("101")).toBeNull()
    expect(parseShare("-1")).toBeNull()
    expect(parseShare("")).toBeNull()
    expect(parseShare(undefined)).toBeNull()
  })

  test("an invite: staff never gets a share, a digi-preneur needs one", () => {
    expect(parseInvite({ email: " Amit@Example.com ", role: "staff", share: "10" })).toEqual({
      ok: true,
      body: { email: "amit@example.com", role: "staff" },
    })
    expect(parseInvite({ email: "amit@example.com", role: "digipreneur", share: "5%" })).toEqual({
      ok: true,
      body: { email: "amit@example.com", role: "digipreneur", revenue_share: 5 },
    })
    expect(parseInvite({ email: "amit", role: "digipreneur", share: "" })).toEqual({
      ok: false,
      errors: ["email", "share"],
    })
    expect(parseInvite({ email: "amit@example.com", role: "owner", share: "" })).toEqual({
      ok: false,
      errors: ["role"],
    })
  })

  test("active members by role, then former ones (most recently removed first)", () => {
    const m = (
      id: string,
      role: ShopMember["role"],
      created: string,
      revoked: string | null = null
    ): Pick<ShopMember, "id" | "role" | "created_at" | "revoked_at"> => ({
      id,
      role,
      created_at: created,
      revoked_at: revoked,
    })
    const { active, former } = sortMembers([
      m("s1", "staff", "2026-01-02"),
      m("d1", "digipreneur", "2026-01-03"),
      m("o1", "owner", "2026-01-01"),
      m("x1", "staff", "2026-01-01", "2026-02-01"),
      m("x2", "digipreneur", "2026-01-01", "2026-03-01"),
      m("s0", "staff", "2026-01-01"),
    ])
    expect(active.map((a) => a.id)).toEqual(["o1", "d1", "s0", "s1"])
    expect(former.map((a) => a.id)).toEqual(["x2", "x1"])
  })

  test("audit actions in plain words, with a message for each", () => {
    expect(auditMessageKey("product.created")).toBe("productCreated")
    expect(auditMessageKey("PRODUCT.DELETED")).toBe("productDeleted")
    expect(auditMessageKey("inventory.updated")).toBe("stockChanged")
    expect(auditMessageKey("member.added")).toBe("memberAdded")
    expect(auditMessageKey("seller.created")).toBe("shopOpened")
    expect(auditMessageKey("payout.requested")).toBe("other")
    expect(auditMessageKey("toString")).toBe("other")
    expect(auditMessageKey(undefined)).toBe("other")
    const messages = en.Members.audit as Record<string, string>
    for (const key of [...Object.values(AUDIT_MESSAGES), "other"]) {
      expect(messages[key]).toContain("{name}")
    }
  })

  test("what an audit entry is about", () => {
    type Entry = Pick<AuditEntry, "action" | "resource_type" | "resource_id" | "details">
    const entry = (over: Partial<Entry>): Entry =>
      ({ action: "product.created", resource_type: null, resource_id: null, details: null, ...over }) as Entry
    expect(auditSubject(entry({ resource_type: "product", resource_id: "prod_1" }))).toEqual({
      kind: "product",
      id: "prod_1",
    })
    expect(
      auditSubject(entry({ action: "inventory.updated", resource_type: "product", resource_id: "prod_2" }))
    ).toEqual({
      kind: "product",
      id: "prod_2",
    })
    expect(
      auditSubject(
        entry({
          action: "member.added",
          resource_type: "seller_member",
          resource_id: "selm_1",
          details: { user_id: "selu_2", role: "staff" },
        })
      )
    ).toEqual({ kind: "member", userId: "selu_2", memberId: "selm_1" })
    expect(auditSubject(entry({ action: "seller.updated", resource_type: "seller", resource_id: "sel_1" }))).toBeNull()
  })
})
