import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addSellerMemberWorkflow } from "@dharavi/marketplace/workflows"
import { SELLER_MODULE } from "../../src/modules/seller"
import { APP_DIR, adminToken, bearer, openSeller, productBody, sellerUser, storeFixture } from "../helpers"

jest.setTimeout(300_000)

type Answer = { status: number; data: any }
/** Fires the calls at once and keeps every answer, success or not. */
const together = (calls: (() => Promise<any>)[]): Promise<Answer[]> =>
  Promise.all(
    calls.map((call) =>
      call().then(
        (r: any) => ({ status: r.status, data: r.data }),
        (e: any) => ({ status: e.response?.status ?? 0, data: e.response?.data })
      )
    )
  )
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make)
const ok = (answers: Answer[]) => answers.filter((a) => a.status >= 200 && a.status < 300)
/** Every refusal is one of these [status, code] pairs: never a 500, never a 200 that changed nothing. */
const refusedWith = (answers: Answer[], allowed: [number, string][]) => {
  for (const a of answers.filter((x) => x.status >= 300)) expect(allowed).toContainEqual([a.status, a.data?.code])
}

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("marketplace: parallel changes of one seller, its members or a product end in one consistent state", () => {
      let admin: string
      let owner: Awaited<ReturnType<typeof sellerUser>>
      let seller: { id: string }
      const sellers = () => getContainer().resolve(SELLER_MODULE) as any

      beforeEach(async () => {
        admin = await adminToken(api, getContainer())
        await storeFixture(getContainer())
        owner = await sellerUser(api, "race-owner@dharavi.test", "Race Owner")
        seller = await openSeller(api, owner.token, "race-house", { approveWith: admin })
      })

      it("members: two owners revoking each other keep one owner; four digi-preneurs added at once give one; one person added six times is one member", async () => {
        const second = await sellerUser(api, "second-owner@dharavi.test", "Second Owner")
        await addSellerMemberWorkflow(getContainer()).run({
          input: {
            member: { seller_id: seller.id, user_id: second.user_id, role: "owner" },
            actor: { user_id: owner.user_id, role: "owner" },
          },
        })
        const members = (await api.get(`/vendors/sellers/${seller.id}/members`, bearer(owner.token))).data.members
        const mine = members.find((m: any) => m.user_id === owner.user_id)
        const theirs = members.find((m: any) => m.user_id === second.user_id)
        const revokes = await together([
          ...times(
            3,
            () => () => api.delete(`/vendors/sellers/${seller.id}/members/${theirs.id}`, bearer(owner.token))
          ),
          ...times(3, () => () => api.delete(`/vendors/sellers/${seller.id}/members/${mine.id}`, bearer(second.token))),
        ])
        expect(ok(revokes)).toHaveLength(1)
        // Losers: the member is already revoked (404), the other is now the last owner (400), or the
        // caller has just lost access (403/404 from the seller scope).
        for (const a of revokes.filter((x) => x.status >= 300)) expect([400, 403, 404]).toContain(a.status)
        expect(
          await sellers().listSellerMembers({ seller_id: seller.id, role: "owner", revoked_at: null })
        ).toHaveLength(1)

        const [stillOwner] = await sellers().listSellerMembers({
          seller_id: seller.id,
          role: "owner",
          revoked_at: null,
        })
        const token = stillOwner.user_id === owner.user_id ? owner.token : second.token
        const digis = await Promise.all(
          times(4, () => null).map((_, i) => sellerUser(api, `race-digi-${i}@dharavi.test`, `Digi ${i}`))
        )
        const adds = await together(
          digis.map(
            (d) => () =>
              api.post(
                `/vendors/sellers/${seller.id}/members`,
                { email: d.email, role: "digipreneur", revenue_share: 5 },
                bearer(token)
              )
          )
        )
        expect(ok(adds)).toHaveLength(1)
        refusedWith(adds, [[400, "digipreneur_taken"]])
        expect(
          await sellers().listSellerMembers({ seller_id: seller.id, role: "digipreneur", revoked_at: null })
        ).toHaveLength(1)

        const staff = await sellerUser(api, "race-staff@dharavi.test", "Staff")
        const same = await together(
          times(
            6,
            () => () =>
              api.post(`/vendors/sellers/${seller.id}/members`, { email: staff.email, role: "staff" }, bearer(token))
          )
        )
        expect(ok(same)).toHaveLength(1)
        refusedWith(same, [[422, "member_exists"]])
        expect(await sellers().listSellerMembers({ seller_id: seller.id, user_id: staff.user_id })).toHaveLength(1)
      })

      it("seller status: six suspensions at once still remember what to put back; approvals racing suspensions leave products matching the seller", async () => {
        const products = []
        for (const title of ["Race wallet", "Race belt"])
          products.push(
            (await api.post(`/vendors/sellers/${seller.id}/products`, productBody(title), bearer(owner.token))).data
              .product.id
          )
        const statusOf = async () =>
          Promise.all(
            products.map(async (id) => (await api.get(`/admin/products/${id}`, bearer(admin))).data.product.status)
          )

        const suspends = await together(
          times(6, () => () => api.post(`/admin/sellers/${seller.id}`, { status: "suspended" }, bearer(admin)))
        )
        // Suspending a suspended seller is idempotent: 200, nothing forgotten.
        expect(suspends.map((a) => a.status)).toEqual(times(6, () => 200))
        expect(await statusOf()).toEqual(["draft", "draft"])
        await api.post(`/admin/sellers/${seller.id}`, { status: "active" }, bearer(admin))
        expect(await statusOf()).toEqual(["published", "published"])

        const mixed = await together([
          ...times(3, () => () => api.post(`/admin/sellers/${seller.id}`, { status: "suspended" }, bearer(admin))),
          ...times(3, () => () => api.post(`/admin/sellers/${seller.id}`, { status: "active" }, bearer(admin))),
        ])
        expect(mixed.every((a) => a.status === 200)).toBe(true)
        const final = (await api.get(`/admin/sellers/${seller.id}`, bearer(admin))).data.seller.status
        expect(await statusOf()).toEqual(final === "active" ? ["published", "published"] : ["draft", "draft"])
        if (final === "suspended") {
          await api.post(`/admin/sellers/${seller.id}`, { status: "active" }, bearer(admin))
          expect(await statusOf()).toEqual(["published", "published"])
        }
      })

      it("products: six deletes delete and log once; updates racing a delete change the product before it goes or answer 404, never 200 with nothing", async () => {
        const base = `/vendors/sellers/${seller.id}/products`
        const product = (await api.post(base, productBody("Race clutch"), bearer(owner.token))).data.product
        const deletes = await together(times(6, () => () => api.delete(`${base}/${product.id}`, bearer(owner.token))))
        expect(ok(deletes)).toHaveLength(1)
        refusedWith(deletes, [[404, "product_not_found"]])
        const log = await sellers().listSellerAuditEntries({
          seller_id: seller.id,
          action: "product.deleted",
          resource_id: product.id,
        })
        expect(log).toHaveLength(1)

        const other = (await api.post(base, productBody("Race bag"), bearer(owner.token))).data.product
        const answers = await together([
          ...times(3, () => () => api.post(`${base}/${other.id}`, { title: "Race bag, renamed" }, bearer(owner.token))),
          () => api.delete(`${base}/${other.id}`, bearer(owner.token)),
          ...times(
            3,
            () => () => api.post(`${base}/${other.id}`, { title: "Race bag, renamed again" }, bearer(owner.token))
          ),
        ])
        expect(answers[3].status).toBe(200)
        for (const a of [...answers.slice(0, 3), ...answers.slice(4)]) {
          if (a.status === 200)
            expect(a.data.product).toMatchObject({ id: other.id, title: expect.stringMatching(/renamed/) })
          else expect([a.status, a.data?.code]).toEqual([404, "product_not_found"])
        }
        expect((await api.get(`${base}/${other.id}`, bearer(owner.token)).catch((e) => e.response)).status).toBe(404)
      })
    })
  },
})
