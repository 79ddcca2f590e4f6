import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SELLER_MODULE } from ".."
import Seller from "../models/seller"
import SellerAuditEntry from "../models/seller-audit-entry"
import SellerMember from "../models/seller-member"
import SellerOrder from "../models/seller-order"
import SellerUser from "../models/seller-user"
import type SellerModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<SellerModuleService>({
  moduleName: SELLER_MODULE,
  moduleModels: [Seller, SellerUser, SellerMember, SellerAuditEntry, SellerOrder],
  resolve: "./src/modules/seller",
  testSuite: ({ service }) => {
    describe("seller module", () => {
      it("keeps handles and emails unique in the database", async () => {
        await service.createSellers({ handle: "kiln-house", name: "Kiln House" })
        await expect(service.createSellers({ handle: "kiln-house", name: "Other" })).rejects.toThrow()
        await service.createSellerUsers({ email: "a@dharavi.test", name: "A" })
        await expect(service.createSellerUsers({ email: "a@dharavi.test", name: "A again" })).rejects.toThrow()
      })

      it("allows one membership per person and seller, and finds only active ones", async () => {
        const seller = await service.createSellers({ handle: "zari-one", name: "Zari One" })
        const user = await service.createSellerUsers({ email: "m@dharavi.test", name: "M" })
        const member = await service.createSellerMembers({ seller_id: seller.id, user_id: user.id, role: "staff" })
        await expect(
          service.createSellerMembers({ seller_id: seller.id, user_id: user.id, role: "owner" })
        ).rejects.toThrow()
        expect((await service.activeMembership(user.id, seller.id))?.id).toBe(member.id)
        await service.updateSellerMembers({ id: member.id, revoked_at: new Date() })
        expect(await service.activeMembership(user.id, seller.id)).toBeNull()
      })

      it("records a seller's share of an order once", async () => {
        const share = {
          seller_id: "sel_1",
          order_id: "order_1",
          currency_code: "inr",
          item_ids: ["li_1"],
          subtotal: 1000,
          commission_rate: 10,
          commission_amount: 100,
          digipreneur_amount: 0,
          payout_due: 900,
        }
        const created = await service.createSellerOrders(share)
        expect(Number(created.payout_due)).toBe(900)
        await expect(service.createSellerOrders(share)).rejects.toThrow()
      })
    })
  },
})
