import { roundMoney, splitOrderBySeller } from "../order-split"

describe("splitOrderBySeller", () => {
  const sellers = {
    sel_a: { id: "sel_a", commission_rate: 10, digipreneur: { user_id: "selu_d", share: 5 } },
    sel_b: { id: "sel_b", commission_rate: 7.5, digipreneur: null },
  }
  const sellerOfProduct = { prod_1: "sel_a", prod_2: "sel_b", prod_3: "sel_a" }

  it("gives each seller only their own lines, with commission, digi-preneur share and payout", () => {
    const shares = splitOrderBySeller(
      [
        { id: "li_1", product_id: "prod_1", unit_price: 799, quantity: 2, discount: 0 },
        { id: "li_2", product_id: "prod_2", unit_price: 1299, quantity: 1, discount: 100 },
        { id: "li_3", product_id: "prod_3", unit_price: 199.5, quantity: 1, discount: 0 },
      ],
      sellerOfProduct,
      sellers
    )
    expect(shares).toEqual([
      {
        seller_id: "sel_a",
        item_ids: ["li_1", "li_3"],
        subtotal: 1797.5,
        commission_rate: 10,
        commission_amount: 179.75,
        digipreneur_user_id: "selu_d",
        digipreneur_share: 5,
        digipreneur_amount: 80.89,
        payout_due: 1536.86,
      },
      {
        seller_id: "sel_b",
        item_ids: ["li_2"],
        subtotal: 1199,
        commission_rate: 7.5,
        commission_amount: 89.93,
        digipreneur_user_id: null,
        digipreneur_share: 0,
        digipreneur_amount: 0,
        payout_due: 1109.07,
      },
    ])
    for (const s of shares) {
      expect(roundMoney(s.commission_amount + s.digipreneur_amount + s.payout_due)).toBe(s.subtotal)
    }
  })

  it("ignores lines of products no seller owns", () => {
    const shares = splitOrderBySeller(
      [{ id: "li_9", product_id: "prod_platform", unit_price: 50, quantity: 1, discount: 0 }],
      sellerOfProduct,
      sellers
    )
    expect(shares).toEqual([])
  })
})
