/**
 * Pure helpers for product variants: which variant a set of chosen option
 * values means, and whether it can be bought. Typed loosely so tests can use
 * plain objects as well as Medusa's StoreProduct.
 */
export type OptionValueLike = { option_id?: string | null; value?: string | null }
export type VariantLike = {
  id: string
  title?: string | null
  options?: OptionValueLike[] | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}
export type OptionLike = { id: string; title?: string | null; values?: { value?: string | null }[] | null }

export type Selection = Record<string, string>
export type StockState = "in_stock" | "low_stock" | "out_of_stock"

export const LOW_STOCK_THRESHOLD = 5

export function stockState(variant: VariantLike | null | undefined): StockState {
  if (!variant) return "out_of_stock"
  if (!variant.manage_inventory || variant.allow_backorder) return "in_stock"
  const qty = variant.inventory_quantity ?? 0
  if (qty <= 0) return "out_of_stock"
  return qty <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

export function isPurchasable(variant: VariantLike | null | undefined): boolean {
  return stockState(variant) !== "out_of_stock"
}

/** The option values of a variant as { optionId: value }. */
export function selectionOf(variant: VariantLike): Selection {
  const out: Selection = {}
  for (const ov of variant.options ?? []) {
    if (ov.option_id && typeof ov.value === "string") out[ov.option_id] = ov.value
  }
  return out
}

/** The variant whose option values equal the selection on every option it has. */
export function findVariant<V extends VariantLike>(variants: readonly V[], selection: Selection): V | undefined {
  return variants.find((v) => {
    const own = selectionOf(v)
    const keys = Object.keys(own)
    return keys.length > 0 ? keys.every((k) => selection[k] === own[k]) : Object.keys(selection).length === 0
  })
}

/** The variant to show first: the first one in stock, else the first one. */
export function defaultVariant<V extends VariantLike>(variants: readonly V[]): V | undefined {
  return variants.find(isPurchasable) ?? variants[0]
}

/**
 * Reads option choices from submitted form fields named "option:<optionId>"
 * (the variant picker's radio groups), keeping only known options.
 */
export function selectionFromEntries(entries: Iterable<[string, unknown]>, options: readonly OptionLike[]): Selection {
  const known = new Set(options.map((o) => o.id))
  const out: Selection = {}
  for (const [name, value] of entries) {
    if (!name.startsWith("option:") || typeof value !== "string") continue
    const id = name.slice("option:".length)
    if (known.has(id)) out[id] = value
  }
  return out
}

/** Whether some variant with this value for the option (and the rest of the selection) is purchasable. */
export function isValueAvailable(
  variants: readonly VariantLike[],
  selection: Selection,
  optionId: string,
  value: string
): boolean {
  const next = { ...selection, [optionId]: value }
  const exact = findVariant(variants, next)
  if (exact) return isPurchasable(exact)
  return variants.some((v) => selectionOf(v)[optionId] === value && isPurchasable(v))
}
