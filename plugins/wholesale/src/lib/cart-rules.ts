/**
 * Wholesale ordering rules, as pure functions: a line must reach the variant's minimum order quantity
 * and come in whole case packs; each seller's lines must reach the seller's minimum order value.
 * They apply to buyers of approved companies only (retail customers buy single pieces).
 */
import { WholesaleErrors, type WholesaleRuleProblem } from "../contract/errors"

export type Terms = { min_order_quantity: number; case_pack: number }
export type RuleLine = { variant_id: string; quantity: number; title?: string | null; sku?: string | null }
/** A broken rule with its numbers (the contract's type: the storefront reads the same fields). */
export type RuleProblem = WholesaleRuleProblem

/** The smallest allowed quantity not below `wanted`: at least the MOQ, a whole number of cases. */
export function allowedQuantity(wanted: number, terms: Terms) {
  const pack = Math.max(1, terms.case_pack)
  const atLeast = Math.max(wanted, terms.min_order_quantity, 1)
  return Math.ceil(atLeast / pack) * pack
}

const label = (line: RuleLine) =>
  line.sku ? `${line.title ?? "This item"} (${line.sku})` : (line.title ?? "This item")

export function lineProblems(line: RuleLine, terms: Terms | undefined): RuleProblem[] {
  if (!terms) return []
  const problems: RuleProblem[] = []
  const suggested = allowedQuantity(line.quantity, terms)
  const ref = {
    variant_id: line.variant_id,
    title: line.title ?? null,
    sku: line.sku ?? null,
    quantity: line.quantity,
    suggested_quantity: suggested,
  }
  if (line.quantity < terms.min_order_quantity) {
    problems.push({
      code: WholesaleErrors.BELOW_MINIMUM_QUANTITY,
      ...ref,
      minimum: terms.min_order_quantity,
      message: `${label(line)} has a wholesale minimum of ${terms.min_order_quantity}; you have ${line.quantity}`,
    })
  }
  if (terms.case_pack > 1 && line.quantity % terms.case_pack !== 0) {
    problems.push({
      code: WholesaleErrors.NOT_WHOLE_CASES,
      ...ref,
      case_pack: terms.case_pack,
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
        code: WholesaleErrors.BELOW_SELLER_MINIMUM,
        seller_id: t.seller_id,
        seller_name: t.seller_name ?? null,
        currency_code: currency.toLowerCase(),
        min_order_value: min,
        subtotal: t.subtotal,
        missing_amount: missing,
        message: `${t.seller_name ?? "This maker"} takes wholesale orders from ${money(min)}; add ${money(missing)} more from them`,
      },
    ]
  })
}
