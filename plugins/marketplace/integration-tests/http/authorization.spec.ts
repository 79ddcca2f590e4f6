import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { APP_DIR, adminToken, bearer, failure, openSeller, productBody, sellerUser, storeFixture } from "../helpers"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("vendor authorization", () => {
      let admin: string
      let ownerA: Awaited<ReturnType<typeof sellerUser>>
      let ownerB: Awaited<ReturnType<typeof sellerUser>>
      let sellerA: { id: string }
      let sellerB: { id: string }
      let productA: any
      let productB: any

      beforeEach(async () => {
        admin = await adminToken(api, getContainer())
        await storeFixture(getContainer())
        ownerA = await sellerUser(api, "owner-a@dharavi.test", "Owner A")
        ownerB = await sellerUser(api, "owner-b@dharavi.test", "Owner B")
        sellerA = await openSeller(api, ownerA.token, "seller-a", { approveWith: admin })
        sellerB = await openSeller(api, ownerB.token, "seller-b", { approveWith: admin })
        productA = (
          await api.post(`/vendors/sellers/${sellerA.id}/products`, productBody("A's wallet"), bearer(ownerA.token))
        ).data.product
        productB = (
          await api.post(`/vendors/sellers/${sellerB.id}/products`, productBody("B's belt"), bearer(ownerB.token))
        ).data.product
      })

      it("gives seller B's owner a 404 on every route of seller A, and changes nothing", async () => {
        const a = `/vendors/sellers/${sellerA.id}`
        const as = bearer(ownerB.token)
        const attempts: [string, () => Promise<unknown>][] = [
          ["GET profile", () => api.get(a, as)],
          ["POST profile", () => api.post(a, { name: "Hijacked" }, as)],
          ["GET members", () => api.get(`${a}/members`, as)],
          ["POST members", () => api.post(`${a}/members`, { email: ownerB.email, role: "staff" }, as)],
          ["DELETE member", () => api.delete(`${a}/members/selm_whatever`, as)],
          ["GET audit log", () => api.get(`${a}/audit-log`, as)],
          ["GET products", () => api.get(`${a}/products`, as)],
          ["POST product", () => api.post(`${a}/products`, productBody("Planted"), as)],
          ["GET product", () => api.get(`${a}/products/${productA.id}`, as)],
          ["POST product", () => api.post(`${a}/products/${productA.id}`, { title: "Hijacked" }, as)],
          ["DELETE product", () => api.delete(`${a}/products/${productA.id}`, as)],
          [
            "POST stock",
            () =>
              api.post(
                `${a}/products/${productA.id}/stock`,
                { variant_id: productA.variants[0].id, stocked_quantity: 0 },
                as
              ),
          ],
          ["GET orders", () => api.get(`${a}/orders`, as)],
          ["GET order", () => api.get(`${a}/orders/order_whatever`, as)],
        ]
        for (const [name, attempt] of attempts) {
          const res = await failure(attempt())
          expect([name, res.status]).toEqual([name, 404])
        }
        const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productA.id)
        expect(product.title).toBe("A's wallet")
        const { data } = await api.get(a, bearer(ownerA.token))
        expect(data.seller.name).toBe("Workshop seller-a")
        expect((await api.get(`${a}/members`, bearer(ownerA.token))).data.members).toHaveLength(1)
      })

      it("gives a seller a 404 for another seller's product even through their own seller's routes", async () => {
        const a = `/vendors/sellers/${sellerA.id}`
        const as = bearer(ownerA.token)
        for (const attempt of [
          () => api.get(`${a}/products/${productB.id}`, as),
          () => api.post(`${a}/products/${productB.id}`, { title: "Mine now" }, as),
          () => api.delete(`${a}/products/${productB.id}`, as),
          () =>
            api.post(
              `${a}/products/${productB.id}/stock`,
              { variant_id: productB.variants[0].id, stocked_quantity: 1 },
              as
            ),
          () =>
            api.post(
              `${a}/products/${productA.id}/stock`,
              { variant_id: productB.variants[0].id, stocked_quantity: 1 },
              as
            ),
        ]) {
          expect((await failure(attempt())).status).toBe(404)
        }
        const list = await api.get(`${a}/products`, as)
        expect(list.data.products.map((p: any) => p.id)).toEqual([productA.id])
        const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(productB.id)
        expect(product.title).toBe("B's belt")
      })

      it("limits staff: products yes; members, audit log and payout details no", async () => {
        const staff = await sellerUser(api, "staff@dharavi.test", "Staff")
        await api.post(
          `/vendors/sellers/${sellerA.id}/members`,
          { email: staff.email, role: "staff" },
          bearer(ownerA.token)
        )
        const as = bearer(staff.token)
        const a = `/vendors/sellers/${sellerA.id}`

        expect((await api.post(`${a}/products`, productBody("Staff's pouch"), as)).status).toBe(201)
        // A story update replaces the languages it names and keeps the others.
        expect((await api.post(`${a}`, { story: { en: "New story" } }, as)).data.seller.story).toEqual({
          en: "New story",
          hi: "तीन पीढ़ियों से चमड़े का काम।",
        })
        const profile = await api.get(a, as)
        expect(profile.data.role).toBe("staff")
        expect(profile.data.seller).not.toHaveProperty("payout_details")
        for (const attempt of [
          () => api.get(`${a}/members`, as),
          () => api.post(`${a}/members`, { email: ownerB.email, role: "staff" }, as),
          () => api.get(`${a}/audit-log`, as),
          () => api.post(a, { payout_details: { upi_id: "thief@upi" } }, as),
        ]) {
          expect((await failure(attempt())).status).toBe(403)
        }
      })

      it("lets one digi-preneur manage three sellers, logs what they do, and loses access when revoked", async () => {
        const ownerC = await sellerUser(api, "owner-c@dharavi.test", "Owner C")
        const sellerC = await openSeller(api, ownerC.token, "seller-c", { approveWith: admin })
        const digi = await sellerUser(api, "digi@dharavi.test", "Asha (digi-preneur)")
        for (const [seller, owner] of [
          [sellerA, ownerA],
          [sellerB, ownerB],
          [sellerC, ownerC],
        ] as const) {
          const res = await api.post(
            `/vendors/sellers/${seller.id}/members`,
            { email: digi.email, role: "digipreneur", revenue_share: 5 },
            bearer(owner.token)
          )
          expect(res.status).toBe(201)
        }
        const me = await api.get("/vendors/me", bearer(digi.token))
        expect(me.data.memberships.map((m: any) => [m.seller.id, m.role]).sort()).toEqual(
          [sellerA.id, sellerB.id, sellerC.id].map((id) => [id, "digipreneur"]).sort()
        )
        for (const seller of [sellerA, sellerB, sellerC]) {
          expect(
            (
              await api.post(
                `/vendors/sellers/${seller.id}/products`,
                productBody("Catalogue item"),
                bearer(digi.token)
              )
            ).status
          ).toBe(201)
        }

        const log = await api.get(`/vendors/sellers/${sellerA.id}/audit-log`, bearer(ownerA.token))
        const byDigi = log.data.audit_log.filter((e: any) => e.user_id === digi.user_id)
        expect(byDigi).toEqual([
          expect.objectContaining({
            action: "product.created",
            role: "digipreneur",
            user: expect.objectContaining({ email: digi.email }),
          }),
        ])

        const members = (await api.get(`/vendors/sellers/${sellerA.id}/members`, bearer(ownerA.token))).data.members
        const digiMember = members.find((m: any) => m.user_id === digi.user_id)
        await api.delete(`/vendors/sellers/${sellerA.id}/members/${digiMember.id}`, bearer(ownerA.token))
        expect((await failure(api.get(`/vendors/sellers/${sellerA.id}/products`, bearer(digi.token)))).status).toBe(404)
        expect((await api.get(`/vendors/sellers/${sellerB.id}/products`, bearer(digi.token))).status).toBe(200)
        const after = await api.get(`/vendors/sellers/${sellerA.id}/audit-log`, bearer(ownerA.token))
        expect(after.data.audit_log[0]).toMatchObject({ action: "member.revoked", user_id: ownerA.user_id })
      })

      it("refuses bad product, stock and list input with a clear 400 and writes nothing", async () => {
        const a = `/vendors/sellers/${sellerA.id}`
        const as = bearer(ownerA.token)
        const cases: [string, () => Promise<unknown>, RegExp][] = [
          ["no variants", () => api.post(`${a}/products`, { ...productBody("Empty"), variants: [] }, as), /variants/],
          [
            "unknown currency",
            () =>
              api.post(
                `${a}/products`,
                {
                  ...productBody("Pounds"),
                  variants: [
                    { title: "One", options: { Colour: "Tan" }, prices: [{ currency_code: "gbp", amount: 5 }] },
                  ],
                },
                as
              ),
            /currency_code/,
          ],
          [
            "negative price",
            () =>
              api.post(
                `${a}/products`,
                {
                  ...productBody("Free"),
                  variants: [
                    { title: "One", options: { Colour: "Tan" }, prices: [{ currency_code: "inr", amount: -1 }] },
                  ],
                },
                as
              ),
            /amount/,
          ],
          [
            "unknown field",
            () => api.post(`${a}/products`, { ...productBody("Sneaky"), seller_id: sellerB.id }, as),
            /seller_id/,
          ],
          ["bad update", () => api.post(`${a}/products/${productA.id}`, { status: "sold-out" }, as), /status/],
          [
            "fractional stock",
            () =>
              api.post(
                `${a}/products/${productA.id}/stock`,
                { variant_id: productA.variants[0].id, stocked_quantity: 1.5 },
                as
              ),
            /stocked_quantity/,
          ],
          ["bad paging", () => api.get(`${a}/orders?limit=lots`, as), /limit/],
        ]
        for (const [name, attempt, field] of cases) {
          const res = await failure(attempt())
          expect([name, res.status]).toEqual([name, 400])
          expect([name, res.data.message]).toEqual([name, expect.stringMatching(field)])
        }
        const list = await api.get(`${a}/products`, as)
        expect(list.data.products.map((p: any) => p.title)).toEqual(["A's wallet"])
      })

      it("refuses bad member changes with clear errors", async () => {
        const a = `/vendors/sellers/${sellerA.id}`
        const as = bearer(ownerA.token)
        const unknown = await failure(api.post(`${a}/members`, { email: "nobody@dharavi.test", role: "staff" }, as))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/Sell with us/)
        const shareForStaff = await failure(
          api.post(`${a}/members`, { email: ownerB.email, role: "staff", revenue_share: 10 }, as)
        )
        expect(shareForStaff.status).toBe(400)
        const badRole = await failure(api.post(`${a}/members`, { email: ownerB.email, role: "owner" }, as))
        expect(badRole.status).toBe(400)

        const d1 = await sellerUser(api, "d1@dharavi.test")
        const d2 = await sellerUser(api, "d2@dharavi.test")
        await api.post(`${a}/members`, { email: d1.email, role: "digipreneur", revenue_share: 5 }, as)
        const second = await failure(
          api.post(`${a}/members`, { email: d2.email, role: "digipreneur", revenue_share: 5 }, as)
        )
        expect(second.status).toBe(400)
        expect(second.data.message).toMatch(/already has a digi-preneur/)

        const owner = (await api.get(`${a}/members`, as)).data.members.find((m: any) => m.role === "owner")
        const lastOwner = await failure(api.delete(`${a}/members/${owner.id}`, as))
        expect(lastOwner.status).toBe(400)
        expect(lastOwner.data.message).toMatch(/at least one owner/)
        expect((await api.get(`${a}/members`, as)).data.members).toHaveLength(2)
      })
    })
  },
})
