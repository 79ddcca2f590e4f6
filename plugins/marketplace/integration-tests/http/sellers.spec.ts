import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../src/modules/seller"
import { APP_DIR, adminToken, bearer, failure, openSeller, productBody, sellerUser, storeFixture } from "../helpers"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("seller sign-up, approval and the maker directory", () => {
      let admin: string
      let store: { headers: Record<string, string> }

      beforeEach(async () => {
        admin = await adminToken(api, getContainer())
        store = (await storeFixture(getContainer())).store
      })

      it("signs a person up, opens a pending seller they own, and shows them their memberships", async () => {
        const me = await sellerUser(api, "ravi@dharavi.test", "Ravi Kumar")
        const seller = await openSeller(api, me.token, "ravi-leather")
        expect(seller).toMatchObject({ handle: "ravi-leather", status: "pending" })

        const { data } = await api.get("/vendors/me", bearer(me.token))
        expect(data.user).toMatchObject({ email: "ravi@dharavi.test", name: "Ravi Kumar" })
        expect(data.memberships).toEqual([
          expect.objectContaining({
            role: "owner",
            seller: expect.objectContaining({ id: seller.id, status: "pending" }),
          }),
        ])
      })

      it("rejects bad input with a clear 400 and writes nothing", async () => {
        const me = await sellerUser(api, "bad@dharavi.test")
        const badHandle = await failure(
          api.post("/vendors/sellers", { handle: "Bad Handle!", name: "X Y" }, bearer(me.token))
        )
        expect(badHandle.status).toBe(400)
        expect(badHandle.data.message).toMatch(/handle/)
        const badGst = await failure(
          api.post("/vendors/sellers", { handle: "ok-handle", name: "Ok", gst_number: "123" }, bearer(me.token))
        )
        expect(badGst.status).toBe(400)
        expect(badGst.data.message).toMatch(/GSTIN/)
        const unknownField = await failure(
          api.post("/vendors/sellers", { handle: "ok-handle", name: "Ok", status: "active" }, bearer(me.token))
        )
        expect(unknownField.status).toBe(400)
        const sellers = await getContainer().resolve(SELLER_MODULE).listSellers({})
        expect(sellers).toHaveLength(0)
      })

      it("refuses a taken handle and a second seller account for one login", async () => {
        const a = await sellerUser(api, "a@dharavi.test")
        const b = await sellerUser(api, "b@dharavi.test")
        await openSeller(api, a.token, "same-handle")
        const taken = await failure(
          api.post("/vendors/sellers", { handle: "same-handle", name: "Other" }, bearer(b.token))
        )
        expect(taken.status).toBe(422)
        expect(taken.data.message).toMatch(/taken/)
        const again = await failure(api.post("/vendors/users", { name: "Again" }, bearer(a.token)))
        expect(again.status).toBe(400)
      })

      it("puts on sale what a seller listed while pending once the platform approves them, not their drafts", async () => {
        const me = await sellerUser(api, "early@dharavi.test")
        const seller = await openSeller(api, me.token, "early-bird")
        const { data: listed } = await api.post(
          `/vendors/sellers/${seller.id}/products`,
          productBody("Early Pot"),
          bearer(me.token)
        )
        const { data: draft } = await api.post(
          `/vendors/sellers/${seller.id}/products`,
          { ...productBody("Unfinished Pot"), status: "draft" },
          bearer(me.token)
        )
        expect(listed.product.status).toBe("draft")
        const early = await failure(
          api.post(
            `/vendors/sellers/${seller.id}/products/${listed.product.id}`,
            { status: "published" },
            bearer(me.token)
          )
        )
        expect(early.status).toBe(403)
        await api.post(`/admin/sellers/${seller.id}`, { status: "active" }, bearer(admin))
        const status = async (id: string) =>
          (await api.get(`/vendors/sellers/${seller.id}/products/${id}`, bearer(me.token))).data.product.status
        expect(await status(listed.product.id)).toBe("published")
        expect(await status(draft.product.id)).toBe("draft")
      })

      it("requires a seller login: no token is 401, a customer token is 401", async () => {
        expect((await failure(api.get("/vendors/me"))).status).toBe(401)
        const { data: reg } = await api.post("/auth/customer/emailpass/register", {
          email: "c@dharavi.test",
          password: "customer-123",
        })
        expect((await failure(api.get("/vendors/me", bearer(reg.token)))).status).toBe(401)
      })

      it("lists only active makers in the store, with public fields only", async () => {
        const a = await sellerUser(api, "active@dharavi.test")
        const b = await sellerUser(api, "pending@dharavi.test")
        const active = await openSeller(api, a.token, "kumbhar-clay", {
          approveWith: admin,
          extra: { crafts: ["pottery"] },
        })
        await openSeller(api, b.token, "still-pending")

        const { data } = await api.get("/store/sellers", store)
        expect(data.sellers.map((s: any) => s.handle)).toEqual(["kumbhar-clay"])
        for (const field of ["contact", "payout_details", "gst_number", "artisan_card", "commission_rate", "status"]) {
          expect(data.sellers[0]).not.toHaveProperty(field)
        }
        expect((await api.get("/store/sellers?craft=pottery", store)).data.count).toBe(1)
        expect((await api.get("/store/sellers?craft=zari", store)).data.count).toBe(0)

        const page = await api.get("/store/sellers/kumbhar-clay", store)
        expect(page.data.seller).toMatchObject({
          id: active.id,
          name: "Workshop kumbhar-clay",
          story: expect.any(Object),
        })
        expect(JSON.stringify(page.data)).not.toMatch(/upi|98200|example\.in/)
        expect((await failure(api.get("/store/sellers/still-pending", store))).status).toBe(404)
        expect((await failure(api.get("/store/sellers?limit=abc", store))).status).toBe(400)
      })

      it("lets the platform approve and suspend; suspension hides the seller's products and blocks changes", async () => {
        const me = await sellerUser(api, "suspend@dharavi.test")
        const seller = await openSeller(api, me.token, "zari-house", { approveWith: admin })
        const { data: created } = await api.post(
          `/vendors/sellers/${seller.id}/products`,
          productBody("Zari Clutch"),
          bearer(me.token)
        )
        expect(created.product.status).toBe("published")

        const { data: suspended } = await api.post(
          `/admin/sellers/${seller.id}`,
          { status: "suspended" },
          bearer(admin)
        )
        expect(suspended.seller.status).toBe("suspended")
        const product = async () => (await api.get(`/admin/products/${created.product.id}`, bearer(admin))).data.product
        expect((await product()).status).toBe("draft")
        const blocked = await failure(
          api.post(`/vendors/sellers/${seller.id}/products`, productBody("Another"), bearer(me.token))
        )
        expect(blocked.status).toBe(403)
        expect(blocked.data.message).toMatch(/suspended/)

        await api.post(`/admin/sellers/${seller.id}`, { status: "active", commission_rate: 8 }, bearer(admin))
        expect((await product()).status).toBe("published")
        const { data: detail } = await api.get(`/admin/sellers/${seller.id}`, bearer(admin))
        expect(detail.seller).toMatchObject({ status: "active", commission_rate: 8 })
        expect(detail.product_count).toBe(1)
        expect(detail.members).toHaveLength(1)

        const bad = await failure(api.post(`/admin/sellers/${seller.id}`, { status: "closed" }, bearer(admin)))
        expect(bad.status).toBe(400)
        const list = await api.get("/admin/sellers?status=active", bearer(admin))
        expect(list.data.sellers.map((s: any) => s.id)).toEqual([seller.id])
        expect((await failure(api.get("/admin/sellers"))).status).toBe(401)
      })

      it("uploads product photos for members only, and refuses SVG and oversized files", async () => {
        const me = await sellerUser(api, "photos@dharavi.test")
        const other = await sellerUser(api, "other@dharavi.test")
        const seller = await openSeller(api, me.token, "photo-maker", { approveWith: admin })
        // A 1x1 transparent PNG.
        const png = Buffer.from(
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
          "base64"
        )
        const form = (name: string, type: string, bytes: Buffer) => {
          const data = new FormData()
          data.append("files", new Blob([bytes], { type }), name)
          return data
        }
        const url = `/vendors/sellers/${seller.id}/uploads`
        const { data, status } = await api.post(url, form("bag front.png", "image/png", png), bearer(me.token))
        expect(status).toBe(201)
        // Stored under a random name with the detected type's extension (uploads.spec.ts has the rest).
        expect(data.files[0].url).toMatch(/\/static\/sellers\/photo-maker\/\d+-[0-9a-f]{24}\.png$/)

        const svg = await failure(
          api.post(url, form("x.svg", "image/svg+xml", Buffer.from("<svg/>")), bearer(me.token))
        )
        expect(svg.status).toBe(400)
        expect(svg.data.message).toMatch(/JPEG, PNG or WebP/)
        const huge = await failure(
          api.post(url, form("big.png", "image/png", Buffer.alloc(6 * 1024 * 1024)), bearer(me.token))
        )
        expect(huge.status).toBe(400)
        expect(huge.data.message).toMatch(/at most 5 MB/)
        const empty = await failure(api.post(url, new FormData(), bearer(me.token)))
        expect(empty.status).toBe(400)
        expect((await failure(api.post(url, form("a.png", "image/png", png), bearer(other.token)))).status).toBe(404)
      })

      it("shows a product's maker through Medusa's product routes, never private seller fields", async () => {
        const me = await sellerUser(api, "maker@dharavi.test", "Salma")
        const seller = await openSeller(api, me.token, "salma-embroidery", { approveWith: admin })
        const { data } = await api.post(
          `/vendors/sellers/${seller.id}/products`,
          productBody("Potli Bag"),
          bearer(me.token)
        )
        const { data: admin_product } = await api.get(
          `/admin/products/${data.product.id}?fields=+seller.name,+seller.handle`,
          bearer(admin)
        )
        expect(admin_product.product.seller).toMatchObject({
          name: "Workshop salma-embroidery",
          handle: "salma-embroidery",
        })

        const { data: storeProduct } = await api.get(
          `/store/products/${data.product.id}?fields=+seller.name,+seller.handle,+seller.story,+seller.contact,+seller.payout_details`,
          store
        )
        expect(storeProduct.product.seller).toMatchObject({
          name: "Workshop salma-embroidery",
          handle: "salma-embroidery",
        })
        expect(storeProduct.product.seller).not.toHaveProperty("contact")
        expect(storeProduct.product.seller).not.toHaveProperty("payout_details")
      })
    })
  },
})
