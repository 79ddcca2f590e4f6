import http from "http"
import type { AddressInfo } from "net"
import QRCode from "qrcode"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  adminToken,
  APP_DIR,
  bearer,
  customerToken,
  failure,
  seedDemo,
} from "../../../../backend/integration-tests/utils"
import {
  PRODUCTS,
  foreignPrices,
  optionCombinations,
  variantPriceInr,
  type CatalogueProduct,
} from "../../../../backend/src/scripts/seed/catalogue"
import { MAKERS } from "../../../../backend/src/scripts/seed/makers"
import {
  WHOLESALE_TIERS,
  seedWholesale,
  variantTerms,
  wholesaleAmount,
} from "../../../../backend/src/scripts/seed/wholesale"
import { WHOLESALE_MODULE } from "../../src/modules/wholesale"
import { parsePdf } from "../pdf"

jest.setTimeout(400_000)

const STOREFRONT = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")

/** Money as a buyer reads it, written out independently of the plugin's formatter. */
const money = (amount: number, currency: "inr" | "usd" | "eur") =>
  currency === "inr"
    ? `₹${amount.toLocaleString("en-IN", { maximumFractionDigits: 2 })}`
    : `${currency === "usd" ? "$" : "€"}${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** The retail price the seed gave a catalogue variant (by its title, "Tan" or "S / White"). */
function retailOf(product: CatalogueProduct, variantTitle: string, currency: "inr" | "usd" | "eur") {
  const combo = optionCombinations(product.options).find((c) => Object.values(c).join(" / ") === variantTitle)
  if (!combo) throw new Error(`no catalogue variant ${variantTitle} of ${product.handle}`)
  const inr = variantPriceInr(product, combo)
  return currency === "inr" ? inr : foreignPrices(inr)[currency]
}

/** The row the sheet prints for a variant: title, SKU, MSRP, each tier, MOQ / case pack. */
function expectedRow(
  product: CatalogueProduct,
  variant: { title: string; sku: string },
  currency: "inr" | "usd" | "eur",
  tiers?: number[]
) {
  const retail = retailOf(product, variant.title, currency)
  const prices = tiers ?? WHOLESALE_TIERS.map((t) => wholesaleAmount(retail, t.share, currency))
  const terms = variantTerms(product)
  return [
    variant.title,
    variant.sku,
    money(retail, currency),
    ...prices.map((p) => money(p, currency)),
    `${terms.min_order_quantity} / ${terms.case_pack}`,
  ].join(" ")
}

const pdfOf = (config: Record<string, any>) => ({ ...config, responseType: "arraybuffer" as const })

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("line sheets", () => {
      let store: { headers: Record<string, string> }
      let admin: ReturnType<typeof bearer>

      const catalogue = (handle: string) => PRODUCTS.find((p) => p.handle === handle)!
      const productsOf = async (filters: Record<string, unknown>) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: [
            "id",
            "handle",
            "title",
            "status",
            "variants.id",
            "variants.title",
            "variants.sku",
            "variants.price_set.id",
            "seller.id",
            "seller.name",
          ],
          filters,
        })
        return data as any[]
      }
      const sellerByHandle = async (handle: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "seller",
          fields: ["id", "name", "handle", "products.id"],
          filters: { handle },
        })
        return data[0] as any
      }

      beforeEach(async () => {
        const container = getContainer()
        // The demo seed includes the wholesale data (backend/src/scripts/seed/wholesale.ts).
        store = await seedDemo(container)
        admin = bearer(await adminToken(api, container))
      })

      it("prints a maker's products with SKUs, tier prices and MSRP, MOQ and case pack, lead time, payment terms and a QR link each", async () => {
        const container = getContainer()
        // The seed is idempotent: a second run adds nothing.
        expect(await seedWholesale(container)).toMatchObject({ prices: 0, variant_terms: 0, seller_terms: 0 })
        const seller = await sellerByHandle("imran-leather-works")
        const products = await productsOf({ id: seller.products.map((p: any) => p.id) })
        expect(products.length).toBe(MAKERS.find((m) => m.handle === "imran-leather-works")!.products.length)
        const [terms] = await container.resolve(WHOLESALE_MODULE).listSellerTerms({ seller_id: seller.id })
        expect(terms.payment_terms).toBeTruthy()

        const res = await api.get(`/admin/line-sheets/sellers/${seller.id}?lang=en&currency=inr`, pdfOf(admin))
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^application\/pdf/)
        expect(res.headers["content-disposition"]).toBe('attachment; filename="imran-leather-works-line-sheet-en.pdf"')
        const pdf = parsePdf(Buffer.from(res.data))
        expect(Buffer.from(res.data).subarray(0, 5).toString()).toBe("%PDF-")

        expect(pdf.text).toContain(`Maker: ${seller.name}`)
        expect(pdf.text).toContain(`Payment terms: ${terms.payment_terms}`)
        expect(pdf.text).toContain(`Minimum order: ${money(Number((terms.min_order_value as any).inr), "inr")}`)
        for (const product of products) {
          const source = catalogue(product.handle)
          expect(pdf.text).toContain(product.title)
          expect(pdf.text).toContain(`Lead time: ${variantTerms(source).lead_time_days} days`)
          for (const variant of product.variants) {
            expect(variant.sku).toBeTruthy()
            expect(pdf.text).toContain(expectedRow(source, variant, "inr"))
          }
        }
        // One QR code per product (the seeded photos are SVG drawings: placeholders, no image), each a link to the product page.
        expect(pdf.images).toBe(products.length)
        expect([...pdf.links].sort()).toEqual(products.map((p) => `${STOREFRONT}/en/products/${p.handle}`).sort())

        // The prices come from Medusa's price list: change one there and the sheet follows.
        const tote = products.find((p) => p.handle === "leather-tote")
        const variant = tote.variants[0]
        const pricing = container.resolve(Modules.PRICING)
        const [list] = (await pricing.listPriceLists({}, { take: null })).filter((l: any) => l.title === "Wholesale")
        expect(list).toMatchObject({ type: "override", status: "active" })
        const [price] = await pricing
          .listPrices(
            { price_list_id: [list.id], price_set_id: [variant.price_set.id], currency_code: "inr" },
            { take: null }
          )
          .then((prices: any[]) => prices.filter((p) => Number(p.min_quantity) === 50))
        await api.post(
          `/admin/price-lists/${list.id}/prices/batch`,
          {
            update: [
              {
                id: price.id,
                variant_id: variant.id,
                currency_code: "inr",
                amount: 1234,
                min_quantity: 50,
                max_quantity: 199,
              },
            ],
          },
          admin
        )
        const again = parsePdf(
          Buffer.from((await api.get(`/admin/line-sheets/sellers/${seller.id}`, pdfOf(admin))).data)
        )
        const retail = retailOf(catalogue("leather-tote"), variant.title, "inr")
        const tiers = WHOLESALE_TIERS.map((t) => wholesaleAmount(retail, t.share, "inr"))
        expect(again.text).toContain(expectedRow(catalogue("leather-tote"), variant, "inr", [tiers[0], 1234, tiers[2]]))
      })

      it("prints a collection in Hindi and in dollars, with each maker's terms, photos that can be embedded and links to the Hindi pages", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: collections } = await query.graph({
          entity: "product_collection",
          fields: ["id", "handle"],
          filters: { handle: "everyday-leather" },
        })
        const products = (await productsOf({ collection_id: collections[0].id })).filter(
          (p) => p.status === "published"
        )
        const makers = [...new Map(products.map((p) => [p.seller.id, p.seller.name])).entries()]
        expect(makers.length).toBeGreaterThan(1)
        const sellerTerms = await container
          .resolve(WHOLESALE_MODULE)
          .listSellerTerms({ seller_id: makers.map(([id]) => id) })

        // A maker uploads a real photo (PNG) of the tote: it is embedded; the SVG drawings are not.
        const png = await QRCode.toBuffer("a photo of a leather tote", { type: "png", width: 120 })
        const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "image/png" }).end(png))
        await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
        const tote = products.find((p) => p.handle === "leather-tote")
        try {
          await api.post(
            `/admin/products/${tote.id}`,
            { thumbnail: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tote.png` },
            admin
          )
          const res = await api.get(
            `/admin/line-sheets/collections/${collections[0].id}?lang=hi&currency=usd`,
            pdfOf(admin)
          )
          expect(res.headers["content-disposition"]).toBe('attachment; filename="everyday-leather-line-sheet-hi.pdf"')
          const pdf = parsePdf(Buffer.from(res.data))

          // Hindi labels. Text extraction returns Devanagari in glyph order: a vowel sign drawn before
          // its consonant (ि) or a reph (र्) comes out moved (शर्तें reads back as "शतेर्ं"), so the
          // assertions use words without those: थोक मूल्य सूची, खुदरा मूल्य, कारीगर, भुगतान, तैयारी का समय, नग.
          for (const word of ["थोक मूल्य सूची", "खुदरा मूल्य", "कारीगर", "भुगतान", "तैयारी का समय", "नग"])
            expect(pdf.text).toContain(word)
          expect(pdf.text.normalize("NFD")).toContain(catalogue("leather-tote").title.hi.normalize("NFD"))

          for (const [, name] of makers) expect(pdf.text).toContain(`कारीगर: ${name}`)
          for (const t of sellerTerms) expect(pdf.text).toContain(t.payment_terms!)
          expect(new Set(sellerTerms.map((t) => t.payment_terms)).size).toBeGreaterThan(1)
          for (const product of products) {
            expect(pdf.text).toContain(product.title)
            for (const variant of product.variants)
              expect(pdf.text).toContain(expectedRow(catalogue(product.handle), variant, "usd"))
          }
          expect(pdf.images).toBe(products.length + 1)
          expect([...pdf.links].sort()).toEqual(products.map((p) => `${STOREFRONT}/hi/products/${p.handle}`).sort())
        } finally {
          server.close()
        }
      })

      it("refuses a bad language or currency (400) and an unknown seller or collection (404)", async () => {
        const seller = await sellerByHandle("noor-zari-karkhana")
        const lang = await failure(api.get(`/admin/line-sheets/sellers/${seller.id}?lang=fr`, admin))
        expect(lang.status).toBe(400)
        expect(lang.data.message).toMatch(/lang/)
        const currency = await failure(api.get(`/admin/line-sheets/sellers/${seller.id}?currency=gbp`, admin))
        expect(currency.status).toBe(400)
        expect(currency.data.message).toMatch(/currency/)
        expect((await failure(api.get(`/admin/line-sheets/collections/pcol_missing?currency=usd`, admin))).status).toBe(
          404
        )
        const unknown = await failure(api.get("/admin/line-sheets/sellers/sel_missing", admin))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/Seller sel_missing was not found/)
      })

      it("gives store line sheets to buyers of approved companies only: 401 without a login, 403 for others", async () => {
        const container = getContainer()
        const wholesale = container.resolve(WHOLESALE_MODULE)
        const as = (token: string) => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
        const url = "/store/line-sheets/sellers/noor-zari-karkhana?lang=en&currency=eur"

        expect((await failure(api.get(url, store))).status).toBe(401)
        expect((await failure(api.get("/store/line-sheets/collections/festive-zari", store))).status).toBe(401)

        const retail = await customerToken(api, store, "Retail Rani")
        const refused = await failure(api.get(url, as(retail.token)))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/Register your company/)

        const pending = await customerToken(api, store, "Pending Prakash")
        const pendingCompany = await wholesale.createCompanies({
          name: "Prakash Stores",
          gst_number: "27AAACR5055K1Z5",
          email: pending.email,
          status: "pending",
        })
        await wholesale.createCompanyEmployees({
          company_id: pendingCompany.id,
          customer_id: pending.customer_id,
          role: "admin",
        })
        expect((await failure(api.get(url, as(pending.token)))).status).toBe(403)

        const buyer = await customerToken(api, store, "Farida Exports")
        const [group] = await container
          .resolve(Modules.CUSTOMER)
          .listCustomerGroups({ name: wholesale.settings().customer_group_name })
        const company = await wholesale.createCompanies({
          name: "Farida Exports",
          gst_number: "27AAPFU0939F1ZV",
          email: buyer.email,
          status: "approved",
          customer_group_id: group.id,
        })
        await wholesale.createCompanyEmployees({
          company_id: company.id,
          customer_id: buyer.customer_id,
          role: "admin",
        })
        await container
          .resolve(Modules.CUSTOMER)
          .addCustomerToGroup({ customer_id: buyer.customer_id, customer_group_id: group.id })

        const res = await api.get(url, pdfOf(as(buyer.token)))
        expect(res.headers["content-type"]).toMatch(/^application\/pdf/)
        expect(res.headers["content-disposition"]).toBe('attachment; filename="noor-zari-karkhana-line-sheet-en.pdf"')
        const pdf = parsePdf(Buffer.from(res.data))
        const seller = await sellerByHandle("noor-zari-karkhana")
        for (const product of await productsOf({ id: seller.products.map((p: any) => p.id) })) {
          for (const variant of product.variants)
            expect(pdf.text).toContain(expectedRow(catalogue(product.handle), variant, "eur"))
        }
        const collection = await api.get("/store/line-sheets/collections/festive-zari?lang=hi", pdfOf(as(buyer.token)))
        expect(collection.headers["content-disposition"]).toBe('attachment; filename="festive-zari-line-sheet-hi.pdf"')

        expect((await failure(api.get("/store/line-sheets/sellers/nobody-here", as(buyer.token)))).status).toBe(404)
        expect(
          (await failure(api.get("/store/line-sheets/collections/festive-zari?currency=xyz", as(buyer.token)))).status
        ).toBe(400)
        // A suspended maker has no line sheet in the store.
        await api.post(`/admin/sellers/${seller.id}`, { status: "suspended" }, admin)
        expect((await failure(api.get(url, as(buyer.token)))).status).toBe(404)
      })
    })
  },
})
