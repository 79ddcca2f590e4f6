import { MathBN } from "@medusajs/framework/utils"

/**
 * How a placed order divides between the sellers whose products are in it. Pure arithmetic, so
 * it is unit-tested on its own and the workflow only gathers inputs and stores the result.
 * Every sum, share and rounding is decimal (MathBN), never a float: each seller's
 * commission + digi-preneur amount + payout due is its subtotal to the paisa.
 */

export type SplitLine = {
  id: string
  product_id: string | null
  unit_price: number
  quantity: number
  /** Sum of promotion adjustments on the line (positive number = discount). */
  discount: number
}

export type SplitSeller = {
  id: string
  commission_rate: number
  digipreneur: { user_id: string; share: number } | null
}

export type SellerShare = {
  seller_id: string
  item_ids: string[]
  subtotal: number
  commission_rate: number
  commission_amount: number
  digipreneur_user_id: string | null
  digipreneur_share: number
  digipreneur_amount: number
  payout_due: number
}

/** Rounds to the currency's minor unit (two decimals for INR, USD and EUR), half up. */
export const roundMoney = (amount: number) => MathBN.convert(amount, 2).toNumber()

/** percent % of amount, rounded to the minor unit. */
const percentOf = (amount: ReturnType<typeof MathBN.convert>, percent: number) =>
  MathBN.convert(MathBN.div(MathBN.mult(amount, percent), 100), 2)

export function splitOrderBySeller(
  lines: SplitLine[],
  sellerOfProduct: Record<string, string>,
  sellers: Record<string, SplitSeller>
): SellerShare[] {
  const bySeller = new Map<string, SplitLine[]>()
  for (const line of lines) {
    const sellerId = line.product_id ? sellerOfProduct[line.product_id] : undefined
    if (!sellerId || !sellers[sellerId]) continue // platform-owned products have no seller share
    bySeller.set(sellerId, [...(bySeller.get(sellerId) ?? []), line])
  }
  return [...bySeller.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sellerId, sellerLines]) => {
      const seller = sellers[sellerId]
      const subtotal = MathBN.convert(
        MathBN.sum(...sellerLines.map((l) => MathBN.sub(MathBN.mult(l.unit_price, l.quantity), l.discount))),
        2
      )
      const commission = percentOf(subtotal, seller.commission_rate)
      const share = seller.digipreneur?.share ?? 0
      // The digi-preneur's share comes out of the seller's proceeds, after the platform's commission.
      const digipreneurAmount = percentOf(MathBN.sub(subtotal, commission), share)
      // What is left, exactly: the three parts always add up to the subtotal.
      const payout = MathBN.sub(subtotal, commission, digipreneurAmount)
      return {
        seller_id: sellerId,
        item_ids: sellerLines.map((l) => l.id),
        subtotal: subtotal.toNumber(),
        commission_rate: seller.commission_rate,
        commission_amount: commission.toNumber(),
        digipreneur_user_id: seller.digipreneur?.user_id ?? null,
        digipreneur_share: share,
        digipreneur_amount: digipreneurAmount.toNumber(),
        payout_due: payout.toNumber(),
      }
    })
}
