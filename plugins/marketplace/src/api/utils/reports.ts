/** Sums money fields per currency (a seller can sell in INR, USD and EUR). */
export function totalsByCurrency<T extends { currency_code: string }>(rows: T[], fields: (keyof T & string)[]) {
  const totals: Record<string, Record<string, number>> = {}
  for (const row of rows) {
    const bucket = (totals[row.currency_code] ??= Object.fromEntries(fields.map((f) => [f, 0])))
    for (const f of fields) bucket[f] = Math.round((bucket[f] + Number(row[f])) * 100) / 100
  }
  return totals
}
