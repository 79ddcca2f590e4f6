import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { CurrencyTotals } from "../../contract/http"

/** Sums money fields per currency (a seller can sell in INR, USD and EUR), decimal to the paisa. */
export function totalsByCurrency<T extends { currency_code: string }, F extends keyof T & string>(
  rows: T[],
  fields: F[]
): CurrencyTotals<F> {
  const sums: Record<string, Record<string, ReturnType<typeof MathBN.add>>> = {}
  for (const row of rows) {
    const bucket = (sums[row.currency_code] ??= Object.fromEntries(fields.map((f) => [f, MathBN.convert(0)])))
    for (const f of fields) bucket[f] = MathBN.add(bucket[f], row[f] as BigNumberInput)
  }
  return Object.fromEntries(
    Object.entries(sums).map(([currency, bucket]) => [
      currency,
      Object.fromEntries(fields.map((f) => [f, MathBN.convert(bucket[f], 2).toNumber()])) as Record<F, number>,
    ])
  )
}
