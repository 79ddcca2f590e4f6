import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminToken, APP_DIR, bearer, storeFixture, waitFor } from "../../../../backend/integration-tests/utils"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("SKU coding", () => {
      let admin: ReturnType<typeof bearer>

      /** The variants' SKUs by title once every variant of the product has one (the subscriber runs after the request). */
      const skusOf = (productId: string) =>
        waitFor(async () => {
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({
            entity: "product",
            fields: ["variants.title", "variants.sku"],
            filters: { id: productId },
          })
          const variants = (data[0] as any)?.variants ?? []
          return variants.length && variants.every((v: any) => v.sku)
            ? Object.fromEntries(variants.map((v: any) => [v.title, v.sku]))
            : undefined
        }, `SKUs of ${productId}`)

      /** A maker with a login and an active seller (as the marketplace's sign-up and approval make them). */
      const openSeller = async (handle: string, crafts: string[]) => {
        const email = `${handle}@dharavi.test`
        const password = "seller-pass-123"
        const { data: reg } = await api.post("/auth/seller/emailpass/register", { email, password })
        await api.post("/vendors/users", { name: `Owner of ${handle}` }, bearer(reg.token))
        const { data: login } = await api.post("/auth/seller/emailpass", { email, password })
        const { data } = await api.post(
          "/vendors/sellers",
          { handle, name: `Workshop ${handle}`, crafts },
          bearer(login.token)
        )
        await api.post(`/admin/sellers/${data.seller.id}`, { status: "active" }, admin)
        return { id: data.seller.id as string, token: login.token as string }
      }

      const colours = (values: string[], sku?: Record<string, string>) => ({
        options: [{ title: "Colour", values }],
        variants: values.map((value) => ({
          title: value,
          options: { Colour: value },
          prices: [{ currency_code: "inr", amount: 2999 }],
          ...(sku?.[value] ? { sku: sku[value] } : {}),
        })),
      })

      beforeEach(async () => {
        await storeFixture(getContainer())
        admin = bearer(await adminToken(api, getContainer()))
      })

      it("codes a maker's new products without SKUs, and keeps two products with the same code apart", async () => {
        const imran = await openSeller("imran-workshop", ["leather"])
        // The vendor route names the product `<seller handle>-<title>`: imran-workshop-leather-tote.
        const { data: first } = await api.post(
          `/vendors/sellers/${imran.id}/products`,
          { title: "Leather Tote", ...colours(["Tan", "Black", "Oxblood"]) },
          bearer(imran.token)
        )
        expect(first.product.handle).toBe("imran-workshop-leather-tote")
        expect(await skusOf(first.product.id)).toEqual({
          Tan: "IMR-LEA-TOTE-TAN",
          Black: "IMR-LEA-TOTE-BLC",
          Oxblood: "IMR-LEA-TOTE-OXB",
        })

        // imran-workshop-tote: the same maker, craft and product code, so the next free numbers.
        const { data: second } = await api.post(
          `/vendors/sellers/${imran.id}/products`,
          { title: "Tote", ...colours(["Tan", "Black"]) },
          bearer(imran.token)
        )
        expect(await skusOf(second.product.id)).toEqual({ Tan: "IMR-LEA-TOTE-TAN-2", Black: "IMR-LEA-TOTE-BLC-2" })

        // A SKU the maker typed is kept, and counts as taken.
        const { data: third } = await api.post(
          `/vendors/sellers/${imran.id}/products`,
          { title: "Tote Bag", handle: "imran-tote", ...colours(["Tan", "Black"], { Tan: "IMR-LEA-TOTE-TAN-3" }) },
          bearer(imran.token)
        )
        expect(await skusOf(third.product.id)).toEqual({ Tan: "IMR-LEA-TOTE-TAN-3", Black: "IMR-LEA-TOTE-BLC-3" })

        const all = await getContainer()
          .resolve(Modules.PRODUCT)
          .listProductVariants({}, { select: ["sku"], take: null })
        const skus = all.map((v) => v.sku)
        expect(new Set(skus).size).toBe(skus.length)
        for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
      })

      it("codes admin products without a maker as DHR, by category, and variants added later", async () => {
        const { data: category } = await api.post(
          "/admin/product-categories",
          { name: "Pottery (Kumbharwada)", handle: "pottery", is_active: true },
          admin
        )
        const { data } = await api.post(
          "/admin/products",
          {
            title: "Matka",
            handle: "matka",
            status: "published",
            categories: [{ id: category.product_category.id }],
            options: [{ title: "Capacity", values: ["5 L", "10 L", "15 L"] }],
            variants: [
              { title: "5 L", options: { Capacity: "5 L" }, prices: [{ currency_code: "inr", amount: 449 }] },
              { title: "10 L", options: { Capacity: "10 L" }, prices: [{ currency_code: "inr", amount: 649 }] },
            ],
          },
          admin
        )
        expect(await skusOf(data.product.id)).toEqual({ "5 L": "DHR-POT-MATKA-5L", "10 L": "DHR-POT-MATKA-10L" })

        await api.post(
          `/admin/products/${data.product.id}/variants`,
          { title: "15 L", options: { Capacity: "15 L" }, prices: [{ currency_code: "inr", amount: 849 }] },
          admin
        )
        expect(await skusOf(data.product.id)).toEqual({
          "5 L": "DHR-POT-MATKA-5L",
          "10 L": "DHR-POT-MATKA-10L",
          "15 L": "DHR-POT-MATKA-15L",
        })
      })
    })
  },
})
