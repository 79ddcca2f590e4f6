import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StorePoolsResponse } from "@dharavi/commons/contract"
import type {
  AdminEmployersResponse,
  AdminJobPostsResponse,
  AdminKarigarsResponse,
  AdminRevealsResponse,
  StoreJobBoardResponse,
  StoreJobPostResponse,
  StoreKarigarApplicationsResponse,
  StoreKarigarResponse,
} from "@dharavi/jobs/contract"
import { JOBS_MODULE } from "@dharavi/jobs/modules/jobs"
import type { StoreToolHouseResponse } from "@dharavi/makerspace/contract"
import type { SellerRole, VendorMeResponse } from "@dharavi/marketplace/contract"
import type {
  StoreCourseListResponse,
  StoreCourseResponse,
  StoreLessonResponse,
  StoreWorkshopListResponse,
  StoreWorkshopResponse,
} from "@dharavi/skill-school/contract"
import { SKILL_SCHOOL_MODULE } from "@dharavi/skill-school/modules/skill-school"
import type { StoreCompanyResponse, StoreProductWholesaleResponse } from "@dharavi/wholesale/contract"
import seedDemoData, { REGIONS, STOCK_LOCATION_NAME } from "../../src/scripts/seed"
import { CATEGORIES, PRODUCTS } from "../../src/scripts/seed/catalogue"
import { DEMO_KARIGAR_PASSWORD, JOB_EMPLOYERS, JOB_KARIGARS, JOB_POSTS, seedJobs } from "../../src/scripts/seed/jobs"
import { DIGIPRENEUR, MAKERS } from "../../src/scripts/seed/makers"
import { SKILL_COURSES, seedSkillSchool } from "../../src/scripts/seed/skill-school"
import { seedDemo, type Api, type AuthTokenResponse } from "../utils"

// query.graph rows, as each test reads them.
type RegionRow = {
  name: string
  currency_code: string
  countries: { iso_2: string }[]
  payment_providers: { id: string }[]
}
type ProductRow = {
  handle: string
  status: string
  thumbnail: string | null
  images: { url: string }[]
  categories: { handle: string }[]
  variants: { sku: string | null; prices: { currency_code: string; amount: number }[] }[]
}
type StockLocationRow = {
  id: string
  name: string
  fulfillment_sets: { service_zones: { shipping_options: { name: string }[] }[] }[]
}
type SellerRow = {
  handle: string
  status: string
  photo_url: string | null
  products: { handle: string }[]
  members: { role: SellerRole; user: { email: string } }[]
}

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  testSuite: ({ api: client, getContainer }) => {
    const api: Api = client
    describe("demo data seed", () => {
      let publishableKey: string

      beforeAll(async () => {
        publishableKey = (await seedDemo(getContainer())).headers["x-publishable-api-key"]
      })

      it("creates India (INR), International (USD) and Europe (EUR) regions with the system payment provider", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: regions }: { data: RegionRow[] } = await query.graph({
          entity: "region",
          fields: ["name", "currency_code", "countries.iso_2", "payment_providers.id"],
        })
        expect(regions.map((r) => [r.name, r.currency_code]).sort()).toEqual(
          REGIONS.map((r) => [r.name, r.currency_code]).sort()
        )
        for (const region of regions) {
          expect(region.payment_providers.map((p) => p.id)).toContain("pp_system_default")
        }
        expect(regions.find((r) => r.currency_code === "inr")!.countries.map((c) => c.iso_2)).toEqual(["in"])
      })

      it("seeds at least 30 published products across the five crafts, each variant priced in INR, USD and EUR", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products }: { data: ProductRow[] } = await query.graph({
          entity: "product",
          fields: [
            "handle",
            "status",
            "thumbnail",
            "images.url",
            "categories.handle",
            "variants.sku",
            "variants.prices.currency_code",
            "variants.prices.amount",
          ],
          filters: { handle: PRODUCTS.map((p) => p.handle) },
        })
        expect(products.length).toBeGreaterThanOrEqual(30)
        expect(products).toHaveLength(PRODUCTS.length)
        const crafts = new Set(products.flatMap((p) => p.categories.map((c) => c.handle)))
        expect([...crafts].sort()).toEqual(CATEGORIES.map((c) => c.handle).sort())
        for (const product of products) {
          expect(product.status).toBe("published")
          expect(product.thumbnail).toMatch(/\/static\/dharavi\/.+\.svg$/)
          expect(product.images.length).toBe(2)
          expect(product.variants.length).toBeGreaterThan(0)
          for (const variant of product.variants) {
            const currencies = variant.prices.map((p) => p.currency_code).sort()
            expect(currencies).toEqual(["eur", "inr", "usd"])
            for (const price of variant.prices) expect(Number(price.amount)).toBeGreaterThan(0)
          }
        }
        const skus = products.flatMap((p) => p.variants.map((v) => v.sku))
        expect(new Set(skus).size).toBe(skus.length)
      })

      it("stocks every variant at the Dharavi Commons Warehouse", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: locations }: { data: StockLocationRow[] } = await query.graph({
          entity: "stock_location",
          fields: ["id", "name", "sales_channels.name", "fulfillment_sets.service_zones.shipping_options.name"],
        })
        expect(locations.map((l) => l.name)).toEqual([STOCK_LOCATION_NAME])
        const options = locations[0].fulfillment_sets.flatMap((s) =>
          s.service_zones.flatMap((z) => z.shipping_options.map((o) => o.name))
        )
        expect(options.length).toBe(3)
        const { data: levels }: { data: { location_id: string; stocked_quantity: number }[] } = await query.graph({
          entity: "inventory_level",
          fields: ["location_id", "stocked_quantity"],
        })
        // Every catalogue variant tracks stock (tool-house time, an unlisted product, does not).
        const { data: variants }: { data: { id: string; manage_inventory: boolean }[] } = await query.graph({
          entity: "product_variant",
          fields: ["id", "manage_inventory"],
        })
        expect(levels).toHaveLength(variants.filter((v) => v.manage_inventory).length)
        expect(levels).toHaveLength(99)
        for (const level of levels) {
          expect(level.location_id).toBe(locations[0].id)
          expect(Number(level.stocked_quantity)).toBeGreaterThan(0)
        }
      })

      it("writes a working publishable key for the storefront and prices products per region", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: regionsBody } = await api.get<HttpTypes.StoreRegionListResponse>("/store/regions", { headers })
        const india = regionsBody.regions.find((r) => r.currency_code === "inr")!
        const europe = regionsBody.regions.find((r) => r.currency_code === "eur")!
        const byRegion = async (regionId: string) =>
          (
            await api.get<HttpTypes.StoreProductListResponse>(
              `/store/products?handle=bifold-wallet&region_id=${regionId}&fields=*variants.calculated_price`,
              { headers }
            )
          ).data.products[0].variants![0].calculated_price!
        expect((await byRegion(india.id)).currency_code).toBe("inr")
        expect((await byRegion(india.id)).calculated_amount).toBe(799)
        expect((await byRegion(europe.id)).currency_code).toBe("eur")
        const { data } = await api.get<HttpTypes.StoreProductListResponse>("/store/products?limit=100", { headers })
        // The catalogue, plus the products that sell paid courses and paid workshop seats.
        const schoolProducts =
          SKILL_COURSES.filter((c) => c.prices.length).length +
          SKILL_COURSES.flatMap((c) => c.sessions ?? []).filter((s) => s.prices.length).length
        expect(data.count).toBe(PRODUCTS.length + schoolProducts)
      })

      it("gives every product a maker: 8 active sellers, and a digi-preneur managing 3 of them", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: sellers }: { data: SellerRow[] } = await query.graph({
          entity: "seller",
          fields: ["handle", "status", "photo_url", "products.handle", "members.role", "members.user.email"],
        })
        expect(sellers).toHaveLength(MAKERS.length)
        expect(sellers.length).toBeGreaterThanOrEqual(8)
        for (const maker of MAKERS) {
          const seller = sellers.find((s) => s.handle === maker.handle)!
          expect(seller.status).toBe("active")
          expect(seller.photo_url).toMatch(/\.svg$/)
          expect(seller.products.map((p) => p.handle).sort()).toEqual([...maker.products].sort())
          expect(seller.members.find((m) => m.role === "owner")!.user.email).toBe(maker.owner.email)
        }
        const managed = sellers.filter((s) =>
          s.members.some((m) => m.role === "digipreneur" && m.user.email === DIGIPRENEUR.email)
        )
        expect(managed).toHaveLength(3)

        const { data: login } = await api.post<AuthTokenResponse>("/auth/seller/emailpass", {
          email: DIGIPRENEUR.email,
          password: "dharavi-seller",
        })
        const { data: me } = await api.get<VendorMeResponse>("/vendors/me", {
          headers: { authorization: `Bearer ${login.token}` },
        })
        expect(me.memberships.map((m) => m.role)).toEqual(["digipreneur", "digipreneur", "digipreneur"])
      })

      it("opens a demo tool-house with benches, machines and storage bays", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data } = await api.get<StoreToolHouseResponse>("/store/tool-houses/kala-killa-tool-house", { headers })
        expect(data.tool_house.timezone).toBe("Asia/Kolkata")
        const kinds = data.tool_house.units.map((u) => u.kind)
        expect(kinds.filter((k) => k === "bench")).toHaveLength(6)
        expect(kinds).toEqual(expect.arrayContaining(["machine", "storage_bay"]))
        // Every unit is priced per hour by a variant of the unlisted "Tool-house time" product.
        expect(data.tool_house.units.every((u) => typeof u.variant_id === "string")).toBe(true)
        const { data: listed } = await api.get<HttpTypes.StoreProductListResponse>(
          "/store/products?handle=tool-house-time",
          { headers }
        )
        expect(listed.count).toBe(0)
        expect(data.tool_house.units.find((u) => u.name === "Laser cutter")!.required_qualification_id).toEqual(
          expect.any(String)
        )
      })

      it("creates the demo admin who can log in", async () => {
        const res = await api.post<AuthTokenResponse>("/auth/user/emailpass", {
          email: "admin@dharavi.local",
          password: "dharavi-admin",
        })
        expect(res.status).toBe(200)
        expect(res.data.token).toEqual(expect.any(String))
      })

      it("sets up wholesale: tier prices for the demo buyer's approved company, minimums and case packs", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: login } = await api.post<AuthTokenResponse>("/auth/customer/emailpass", {
          email: "buyer@dharavi.local",
          password: "dharavi-buyer",
        })
        const as = { headers: { ...headers, authorization: `Bearer ${login.token}` } }
        const { data: mine } = await api.get<StoreCompanyResponse>("/store/wholesale/company", as)
        expect(mine.company).toMatchObject({ name: "Crawford Market Traders", status: "approved" })
        const { data: products } = await api.get<HttpTypes.StoreProductListResponse>(
          "/store/products?handle=leather-tote",
          { headers }
        )
        const { data: terms } = await api.get<StoreProductWholesaleResponse>(
          `/store/products/${products.products[0].id}/wholesale`,
          as
        )
        expect(terms.is_wholesale_buyer).toBe(true)
        for (const v of terms.variants) {
          expect(v.min_order_quantity).toBeGreaterThan(1)
          expect(v.min_order_quantity % v.case_pack).toBe(0)
          expect(v.tiers!.map((t) => t.min_quantity)).toEqual([10, 50, 200])
        }
      })

      it("opens group-buy pools for hides and clay, the hides pool with the demo buyer's pledge", async () => {
        const { data } = await api.get<StorePoolsResponse>("/store/pools", {
          headers: { "x-publishable-api-key": publishableKey },
        })
        expect(data.pools.map((p) => [p.handle, p.status])).toEqual(
          expect.arrayContaining([
            ["goat-hides-tanned", "open"],
            ["terracotta-clay", "open"],
          ])
        )
        expect(data.pools.find((p) => p.handle === "goat-hides-tanned")!.progress).toMatchObject({
          pledged: 40,
          reached_minimum: false,
        })
      })

      it("posts demo jobs: six live posts of all three kinds, one waiting for moderation, karigars in six areas, and no contact in public answers", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: board } = await api.get<StoreJobBoardResponse>("/store/jobs/posts?limit=100", { headers })
        const live = JOB_POSTS.filter((p) => !p.pending)
        expect(board.posts.map((p) => p.title).sort()).toEqual(live.map((p) => p.title).sort())
        expect(live.length).toBeGreaterThanOrEqual(6)
        expect(new Set(board.posts.map((p) => p.employment_type))).toEqual(
          new Set(["daily", "short_term", "long_term"])
        )
        const verified = board.posts.filter((p) => p.employer!.verified).map((p) => p.employer!.name)
        expect(new Set(verified)).toEqual(new Set(["Imran Leather Works"]))

        const { data: login } = await api.post<AuthTokenResponse>("/auth/user/emailpass", {
          email: "admin@dharavi.local",
          password: "dharavi-admin",
        })
        const admin = { headers: { authorization: `Bearer ${login.token}` } }
        const { data: queue } = await api.get<AdminJobPostsResponse>("/admin/jobs/posts?status=pending", admin)
        expect(queue.posts.map((p) => p.title)).toEqual(JOB_POSTS.filter((p) => p.pending).map((p) => p.title))
        const { data: karigars } = await api.get<AdminKarigarsResponse>("/admin/jobs/karigars?limit=100", admin)
        expect(karigars.karigars.map((k) => k.area).sort()).toEqual(JOB_KARIGARS.map((k) => k.area).sort())
        expect(karigars.karigars.every((k) => k.status === "active" && /\.svg$/.test(k.photo_url ?? ""))).toBe(true)
        const { data: employers } = await api.get<AdminEmployersResponse>("/admin/jobs/employers?limit=100", admin)
        expect(employers.employers).toHaveLength(JOB_EMPLOYERS.length)
        expect((await api.get<AdminRevealsResponse>("/admin/jobs/reveals", admin)).data.reveals).toHaveLength(1)

        // Every public answer: the board, each post, each karigar. No phone (as stored, digits, last
        // ten digits) or email of a karigar or an employer, no address, no customer id.
        const owners = MAKERS.filter((m) => JOB_EMPLOYERS.some((e) => e.seller === m.handle)).map((m) => m.owner)
        const secrets = [...JOB_KARIGARS, ...owners].flatMap((c) => {
          const digits = c.phone.replace(/\D/g, "")
          return [c.phone, digits, digits.slice(-10), c.email]
        })
        const answers: unknown[] = [board]
        for (const post of board.posts)
          answers.push((await api.get<StoreJobPostResponse>(`/store/jobs/posts/${post.id}`, { headers })).data)
        for (const k of karigars.karigars)
          answers.push((await api.get<StoreKarigarResponse>(`/store/jobs/karigars/${k.id}`, { headers })).data)
        for (const answer of answers) {
          const text = JSON.stringify(answer)
          for (const secret of secrets) expect(text).not.toContain(secret)
          expect(text).not.toMatch(/"address"|"customer_id"|"phone"|"email"|cus_/)
        }

        // A demo karigar logs in and finds the shortlisted application the seed made.
        const { data: karigar } = await api.post<AuthTokenResponse>("/auth/customer/emailpass", {
          email: "irfan.karigar@dharavi.local",
          password: DEMO_KARIGAR_PASSWORD,
        })
        const { data: mine } = await api.get<StoreKarigarApplicationsResponse>("/store/jobs/applications", {
          headers: { ...headers, authorization: `Bearer ${karigar.token}` },
        })
        expect(mine.applications.map((a) => [a.post?.title, a.status, a.contact_shared])).toEqual([
          ["Bag stitchers for a three-week export order", "shortlisted", true],
        ])
      })

      it("opens the Skill School: four published courses with lessons, and upcoming workshops without their online link", async () => {
        const headers = { "x-publishable-api-key": publishableKey }
        const { data: catalogue } = await api.get<StoreCourseListResponse>("/store/courses?limit=50", { headers })
        expect(catalogue.courses.map((c) => c.handle).sort()).toEqual(SKILL_COURSES.map((c) => c.handle).sort())
        expect(
          catalogue.courses.every(
            (c) => c.status === "published" && (c.lesson_count ?? 0) >= 2 && /\.svg$/.test(c.thumbnail ?? "")
          )
        ).toBe(true)
        expect(
          (await api.get<StoreCourseListResponse>("/store/courses?free=true", { headers })).data.courses
            .map((c) => c.handle)
            .sort()
        ).toEqual(["bookkeeping-and-gst", "kiln-and-laser-safety"])

        // The paid leather course: taught by a demo maker, sold by its product at ₹499 / $8.
        const { data: leather } = await api.get<StoreCourseResponse>("/store/courses/leather-cutting-for-beginners", {
          headers,
        })
        const { data: found }: { data: { id: string }[] } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "seller", fields: ["id"], filters: { handle: "imran-leather-works" } })
        const imran = found[0]
        expect(leather.course.teacher).toMatchObject({ type: "seller", seller_id: imran.id })
        expect(leather.course.languages).toEqual(["hi", "en"])
        expect(leather.course.lessons.filter((l) => l.is_preview)).toHaveLength(1)
        const { data: regions } = await api.get<HttpTypes.StoreRegionListResponse>("/store/regions", { headers })
        const priceIn = async (currency: string) => {
          const region = regions.regions.find((r) => r.currency_code === currency)!
          const { data } = await api.get<HttpTypes.StoreProductResponse>(
            `/store/products/${leather.course.product_id}?region_id=${region.id}&fields=*variants.calculated_price`,
            { headers }
          )
          return data.product.variants![0].calculated_price!.calculated_amount
        }
        expect(await priceIn("inr")).toBe(499)
        expect(await priceIn("usd")).toBe(8)
        // A preview lesson opens for anyone, with its text.
        const preview = leather.course.lessons.find((l) => l.is_preview)!
        const { data: lesson } = await api.get<StoreLessonResponse>(
          `/store/courses/${leather.course.id}/lessons/${preview.id}`,
          { headers }
        )
        expect(lesson.lesson.body).toContain("hide")

        // The safety course grants the qualification the tool-house's laser cutter asks for.
        const { data: house } = await api.get<StoreToolHouseResponse>("/store/tool-houses/kala-killa-tool-house", {
          headers,
        })
        const laser = house.tool_house.units.find((u) => u.name === "Laser cutter")!
        expect(
          (await api.get<StoreCourseResponse>("/store/courses/kiln-and-laser-safety", { headers })).data.course
            .grants_qualification_id
        ).toBe(laser.required_qualification_id)

        // Two upcoming workshops: a paid one at a place in Dharavi, a free online one whose link stays private.
        const { data: schedule } = await api.get<StoreWorkshopListResponse>("/store/workshops", { headers })
        expect(schedule.workshops.map((w) => [w.mode, w.is_free]).sort()).toEqual([
          ["in_person", false],
          ["online", true],
        ])
        for (const w of schedule.workshops) {
          expect(new Date(w.starts_at).getTime()).toBeGreaterThan(Date.now())
          expect(w.seats_left).toBe(w.seat_limit)
          expect(w.online_url).toBeUndefined()
        }
        expect(schedule.workshops.find((w) => w.mode === "in_person")!.place).toContain("Dharavi")
        const online = schedule.workshops.find((w) => w.mode === "online")!
        const { data: one } = await api.get<StoreWorkshopResponse>(`/store/workshops/${online.id}`, { headers })
        for (const answer of [schedule, one]) expect(JSON.stringify(answer)).not.toMatch(/meet\.jit\.si|online_url/)
      })

      it("does nothing the second time", async () => {
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const before = await productModule.listProducts({}, { select: ["id"] })
        await seedDemoData({ container: getContainer(), args: [] })
        const after = await productModule.listProducts({}, { select: ["id"] })
        expect(after).toHaveLength(before.length)
        const regions = await getContainer().resolve(Modules.REGION).listRegions()
        expect(regions).toHaveLength(REGIONS.length)

        // The jobs part on its own (seed-jobs.ts, for a database seeded before it) adds nothing either.
        const jobs = getContainer().resolve(JOBS_MODULE)
        const counts = async () =>
          Promise.all([
            jobs.listKarigarProfiles({}),
            jobs.listEmployerProfiles({}),
            jobs.listJobPosts({}),
            jobs.listJobApplications({}),
            jobs.listContactReveals({}),
            getContainer().resolve(Modules.CUSTOMER).listCustomers({}),
          ]).then((lists) => lists.map((l: unknown[]) => l.length))
        const jobsBefore = await counts()
        await seedJobs(getContainer())
        expect(await counts()).toEqual(jobsBefore)
        expect(jobsBefore.slice(0, 5)).toEqual([JOB_KARIGARS.length, JOB_EMPLOYERS.length, JOB_POSTS.length, 3, 1])

        // Nor does the Skill School part (seed-skill-school.ts).
        const school = getContainer().resolve(SKILL_SCHOOL_MODULE)
        const schoolCounts = async () =>
          Promise.all([
            school.listCourses({}),
            school.listLessons({}),
            school.listWorkshopSessions({}),
            productModule.listProducts({}, { select: ["id"] }),
          ]).then((lists) => lists.map((l: unknown[]) => l.length))
        const schoolBefore = await schoolCounts()
        await seedSkillSchool(getContainer())
        expect(await schoolCounts()).toEqual(schoolBefore)
        expect(schoolBefore.slice(0, 3)).toEqual([
          SKILL_COURSES.length,
          SKILL_COURSES.flatMap((c) => c.lessons).length,
          2,
        ])
      })
    })
  },
})
