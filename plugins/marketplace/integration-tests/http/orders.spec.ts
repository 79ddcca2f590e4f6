import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from "../../src/modules/seller"
// The app loaded the built plugin; use the same workflow registration, not a second copy from src.
import { recordSellerOrdersWorkflow } from "@dharavi/marketplace/workflows"
import { APP_DIR, adminToken, bearer, failure, openSeller, productBody, sellerUser } from "../helpers"
import { seedDemo, waitFor } from "../../../../backend/integration-tests/utils"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  cwd: APP_DIR,
  testSuite: ({ api, getContainer }) => {
    describe("orders split between sellers", () => {
      it("records each seller's lines, commission, digi-preneur share and payout; each sees only theirs", async () => {
        const container = getContainer()
        const store = await seedDemo(container)
        const admin = await adminToken(api, container)

        const ownerA = await sellerUser(api, "leather@dharavi.test", "Imran")
        const ownerB = await sellerUser(api, "clay@dharavi.test", "Lakshmi")
        const digi = await sellerUser(api, "digi@dharavi.test", "Asha")
        const sellerA = await openSeller(api, ownerA.token, "imran-leather", { approveWith: admin })
        const sellerB = await openSeller(api, ownerB.token, "lakshmi-clay", { approveWith: admin })
        await api.post(`/admin/sellers/${sellerB.id}`, { status: "active", commission_rate: 7.5 }, bearer(admin))
        await api.post(
          `/vendors/sellers/${sellerA.id}/members`,
          { email: digi.email, role: "digipreneur", revenue_share: 5 },
          bearer(ownerA.token)
        )

        // The digi-preneur lists A's product and stocks it; B's owner does their own.
        const { data: pa } = await api.post(
          `/vendors/sellers/${sellerA.id}/products`,
          productBody("Imran's Wallet", 800),
          bearer(digi.token)
        )
        const { data: pb } = await api.post(
          `/vendors/sellers/${sellerB.id}/products`,
          productBody("Lakshmi's Matka", 450),
          bearer(ownerB.token)
        )
        const variantA = pa.product.variants[0]
        const variantB = pb.product.variants[0]
        const stocked = await api.post(
          `/vendors/sellers/${sellerA.id}/products/${pa.product.id}/stock`,
          { variant_id: variantA.id, stocked_quantity: 20 },
          bearer(digi.token)
        )
        expect(stocked.data.inventory_level.stocked_quantity).toBe(20)
        await api.post(
          `/vendors/sellers/${sellerB.id}/products/${pb.product.id}/stock`,
          { variant_id: variantB.id, stocked_quantity: 5 },
          bearer(ownerB.token)
        )
        const negative = await failure(
          api.post(
            `/vendors/sellers/${sellerB.id}/products/${pb.product.id}/stock`,
            { variant_id: variantB.id, stocked_quantity: -1 },
            bearer(ownerB.token)
          )
        )
        expect(negative.status).toBe(400)

        // A customer buys from both makers in one order.
        const { data: regions } = await api.get("/store/regions", store)
        const india = regions.regions.find((r: any) => r.currency_code === "inr")
        const { data: cartRes } = await api.post(
          "/store/carts",
          { region_id: india.id, email: "buyer@dharavi.test" },
          store
        )
        const cartId = cartRes.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantA.id, quantity: 2 }, store)
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantB.id, quantity: 1 }, store)
        const address = {
          first_name: "Meera",
          last_name: "Shah",
          address_1: "12 Station Road",
          city: "Mumbai",
          postal_code: "400017",
          country_code: "in",
          phone: "+91 98200 11111",
        }
        await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store)
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
        const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
        await api.post(
          `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          store
        )
        const { data: done } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(done.type).toBe("order")
        const orderId = done.order.id

        const split = await waitFor(async () => {
          const { data } = await api.get(`/admin/orders/${orderId}/sellers`, bearer(admin))
          return data.seller_orders.length === 2 ? data.seller_orders : undefined
        }, "the order.placed subscriber to split the order")
        const forA = split.find((s: any) => s.seller_id === sellerA.id)
        const forB = split.find((s: any) => s.seller_id === sellerB.id)
        expect(forA).toMatchObject({
          currency_code: "inr",
          subtotal: 1600,
          commission_rate: 10,
          commission_amount: 160,
          digipreneur_user_id: digi.user_id,
          digipreneur_share: 5,
          digipreneur_amount: 72,
          payout_due: 1368,
          seller: expect.objectContaining({ handle: "imran-leather" }),
        })
        expect(forB).toMatchObject({
          subtotal: 450,
          commission_rate: 7.5,
          commission_amount: 33.75,
          digipreneur_amount: 0,
          payout_due: 416.25,
        })

        // Each seller sees their own lines only, and not the customer.
        const { data: aOrders } = await api.get(`/vendors/sellers/${sellerA.id}/orders`, bearer(ownerA.token))
        expect(aOrders.seller_orders).toHaveLength(1)
        expect(aOrders.seller_orders[0].order.items.map((i: any) => [i.product_id, i.quantity])).toEqual([
          [pa.product.id, 2],
        ])
        expect(JSON.stringify(aOrders)).not.toMatch(/buyer@dharavi|Meera|98200 11111/)
        const { data: bOrder } = await api.get(`/vendors/sellers/${sellerB.id}/orders/${orderId}`, bearer(ownerB.token))
        expect(bOrder.seller_order.order.items).toHaveLength(1)
        expect(bOrder.seller_order.order.items[0].product_id).toBe(pb.product.id)
        expect(
          (await failure(api.get(`/vendors/sellers/${sellerA.id}/orders/${orderId}`, bearer(ownerB.token)))).status
        ).toBe(404)

        // Reports: the digi-preneur's earnings and the seller's totals for the platform.
        const { data: earnings } = await api.get("/vendors/me/earnings", bearer(digi.token))
        expect(earnings.totals).toEqual({ inr: { subtotal: 1600, digipreneur_amount: 72 } })
        const { data: report } = await api.get(`/admin/sellers/${sellerA.id}/orders`, bearer(admin))
        expect(report.totals.inr).toEqual({
          subtotal: 1600,
          commission_amount: 160,
          digipreneur_amount: 72,
          payout_due: 1368,
        })

        // Recording the same order again changes nothing.
        await recordSellerOrdersWorkflow(container).run({ input: { order_id: orderId } })
        expect(await container.resolve(SELLER_MODULE).listSellerOrders({ order_id: orderId })).toHaveLength(2)
      })
    })
  },
})
