/**
 * Wholesale ordering rules, as pure functions: a line must reach the variant's minimum order quantity
 * and come in whole case packs; each seller's lines must reach the seller's minimum order value.
 * They apply to buyers of approved companies only (retail customers buy single pieces).
 */

export type Terms = { min_order_quantity: number; case_pack: number }
export type RuleLine = { variant_id: string; quantity: number; title?: string | null; sku?: string | null }
export type RuleProblem = {
  code: "below_minimum_quantity" | "not_whole_cases" | "below_seller_minimum"
  message: string
  variant_id?: string
  seller_id?: string
  /** A quantity that satisfies the rule, for "fix it" buttons. */
  suggested_quantity?: number
  missing_amount?: number
}

/** The smallest allowed quantity not below `wanted`: at least the MOQ, a whole number of cases. */
export function allowedQuantity(wanted: number, terms: Terms) {
  const pack = Math.max(1, terms.case_pack)
  const atLeast = Math.max(wanted, terms.min_order_quantity, 1)
  return Math.ceil(atLeast / pack) * pack
}

const label = (line: RuleLine) => (line.sku ? `${line.title ?? "This item"} (${line.sku})` : line.title ?? "This item")

export function lineProblems(line: RuleLine, terms: Terms | undefined): RuleProblem[] {
  if (!terms) return []
  const problems: RuleProblem[] = []
  const suggested = allowedQuantity(line.quantity, terms)
  if (line.quantity < terms.min_order_quantity) {
    problems.push({
      code: "below_minimum_quantity",
      variant_id: line.variant_id,
      suggested_quantity: suggested,
      message: `${label(line)} has a wholesale minimum of ${terms.min_order_quantity}; you have ${line.quantity}`,
    })
  }
  if (terms.case_pack > 1 && line.quantity % terms.case_pack !== 0) {
    problems.push({
      code: "not_whole_cases",
      variant_id: line.variant_id,
      suggested_quantity: suggested,
      message: `${label(line)} is packed in cases of ${terms.case_pack}: choose ${suggested} instead of ${line.quantity}`,
    })
  }
  return problems
}

/** Seller totals below their minimum order value (in the cart's currency, main units). */
export function sellerMinimumProblems(
  totals: { seller_id: string; seller_name?: string | null; subtotal: number }[],
  minimums: Record<string, number | undefined>,
  currency: string
): RuleProblem[] {
  const money = (n: number) => `${currency.toUpperCase()} ${n.toLocaleString("en-IN", { maximumFractionDigits: 2 })}`
  return totals.flatMap((t) => {
    const min = minimums[t.seller_id]
    if (!min || t.subtotal >= min) return []
    const missing = Math.round((min - t.subtotal) * 100) / 100
    return [
      {
        code: "below_seller_minimum" as const,
        seller_id: t.seller_id,
        missing_amount: missing,
        message: `${t.seller_name ?? "This maker"} takes wholesale orders from ${money(min)}; add ${money(missing)} more from them`,
      },
    ]
  })
}
