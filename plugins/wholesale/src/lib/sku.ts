/**
 * SKU coding: readable, deterministic stock-keeping units for wholesale buyers' purchase orders.
 *
 *   <SELLER>-<CRAFT>-<PRODUCT>[-<OPTION>...]      e.g. IMR-LEA-TOTE-TAN, KUM-POT-MATKA-10L
 *
 * - SELLER: the first three letters or digits of the maker's handle ("imran-leather-works" -> IMR);
 *   DHR (Dharavi) for a product without a maker.
 * - CRAFT: the product's craft as a three-letter code, from its categories, then its type, then the
 *   maker's crafts ("leather-goods" -> LEA, "pottery" -> POT); GEN when nothing names one.
 * - PRODUCT: a short code from the product handle, leaving out words the seller and craft codes
 *   already say ("leather-tote" by Imran Leather Works -> TOTE, "dharavi-leather-laptop-bag" -> LAPBAG).
 * - OPTION: one short code per option value, in option order ("Black" -> BLC, "10 L" -> 10L, "XL" -> XL).
 *
 * Only A-Z, 0-9 and hyphens. A SKU already taken gets -2, -3, ... appended.
 * Everything here is pure; the subscriber (src/subscribers/fill-skus.ts) supplies the taken SKUs.
 */

export const NO_SELLER_CODE = "DHR"
export const NO_CRAFT_CODE = "GEN"

/** Medusa's value for a product created without options. */
const DEFAULT_OPTION_VALUE = "default option value"

/** Crafts of Dharavi (see the seed catalogue's categories) and the words that name them. */
const CRAFTS: [RegExp, string][] = [
  [/leather|footwear|chappal|shoe/, "LEA"],
  [/pott|clay|terracotta|ceramic|stoneware|kumbhar/, "POT"],
  [/embroider|zari|zardozi|aari|kadhai/, "EMB"],
  [/garment|tailor|apparel|cloth|textile|kurta/, "GAR"],
  [/recycl|upcycl|reuse/, "REC"],
]

/** Words that carry no meaning in a product code. */
const FILLER = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "for",
  "with",
  "in",
  "on",
  "by",
  "set",
  "style",
  "made",
  "hand",
  "handmade",
  "dharavi",
  "goods",
])

const VOWELS = /[AEIOU]/

const alnum = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]+/g, "")
const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)

/** The first three letters or digits of the seller's handle; DHR without a seller. */
export function sellerCode(handle?: string | null): string {
  const code = alnum(handle ?? "")
  if (!code) return NO_SELLER_CODE
  return code.slice(0, 3).padEnd(3, "X")
}

/**
 * The craft code from the first source that names a known craft (sources in order of preference:
 * category handles or names, product type, the maker's crafts); otherwise the first source's first
 * three letters; GEN without any source.
 */
export function craftCode(sources: (string | null | undefined)[] = []): string {
  const present = sources.filter((s): s is string => Boolean(s && alnum(s)))
  for (const source of present) {
    const lower = source.toLowerCase()
    const known = CRAFTS.find(([pattern]) => pattern.test(lower))
    if (known) return known[1]
  }
  if (!present.length) return NO_CRAFT_CODE
  return alnum(present[0]).replace(/[0-9]/g, "").slice(0, 3).padEnd(3, "X")
}

/**
 * A short product code from its handle: the words the seller and craft codes do not already say;
 * one word keeps up to eight characters, otherwise the last two words give up to four each
 * (a word longer than four is cut to three).
 */
export function productCode(handle: string, redundant: (string | null | undefined)[] = []): string {
  const all = words(handle)
  const drop = new Set([...FILLER, ...redundant.flatMap((r) => words(r ?? ""))])
  let kept = all.filter((w) => !drop.has(w))
  if (!kept.length) kept = all.filter((w) => !FILLER.has(w))
  if (!kept.length) kept = all
  if (!kept.length) return "ITEM"
  if (kept.length === 1) return alnum(kept[0]).slice(0, 8)
  return kept
    .slice(-2)
    .map((w) => {
      const c = alnum(w)
      return c.length <= 4 ? c : c.slice(0, 3)
    })
    .join("")
}

/**
 * A short code for one option value: numbers and words of up to four characters stay whole
 * ("XL", "38", "TEAL"); a longer word becomes its first letter and following consonants ("Black" ->
 * BLC, "Medium" -> MDM); several words give numbers whole and initials ("10 L" -> 10L,
 * "12 pieces" -> 12P, "Midnight blue" -> MB). Empty for Medusa's default option value.
 */
export function optionCode(value: string): string {
  if (value.trim().toLowerCase() === DEFAULT_OPTION_VALUE) return ""
  const tokens = value
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean)
  if (!tokens.length) return ""
  if (tokens.length === 1) {
    const t = tokens[0]
    if (t.length <= 4 || /^[0-9]+$/.test(t)) return t.slice(0, 8)
    const skeleton =
      t[0] +
      t
        .slice(1)
        .replace(new RegExp(VOWELS.source, "g"), "")
        .replace(/(.)\1+/g, "$1")
    return (skeleton.length >= 3 ? skeleton : t).slice(0, 3)
  }
  return tokens
    .map((t) => (/^[0-9]+$/.test(t) || t.length <= 2 ? t : t[0]))
    .join("")
    .slice(0, 8)
}

export type SkuParts = {
  /** The maker's handle; none for products without a seller. */
  seller_handle?: string | null
  /** Where the craft is named, in order: category handles or names, product type, the maker's crafts. */
  crafts?: (string | null | undefined)[]
  product_handle: string
  /** The variant's option values in the product's option order. */
  option_values?: string[]
}

/** The SKU a variant would have if nobody else had it yet. */
export function skuBase(parts: SkuParts): string {
  const crafts = parts.crafts ?? []
  const segments = [
    sellerCode(parts.seller_handle),
    craftCode(crafts),
    productCode(parts.product_handle, [parts.seller_handle, ...crafts]),
    ...(parts.option_values ?? []).map(optionCode),
  ]
  return segments
    .map((s) => alnum(s))
    .filter(Boolean)
    .join("-")
}

/** `base` when free, else the first free of `base-2`, `base-3`, ... */
export function uniqueSku(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * Unique SKUs for several variants at once, in the order given: each SKU handed out counts as taken
 * for the next, so two variants with the same base get `base` and `base-2`.
 */
export function assignSkus<K>(items: { key: K; base: string }[], taken: Iterable<string>): Map<K, string> {
  const used = new Set(taken)
  const result = new Map<K, string>()
  for (const item of items) {
    const sku = uniqueSku(item.base, used)
    used.add(sku)
    result.set(item.key, sku)
  }
  return result
}

const titles = new Intl.Collator("en", { numeric: true, sensitivity: "base" })

/**
 * The order variants are coded in (which of two equal SKUs gets -2) and listed on line sheets: by
 * Medusa's variant rank, then by title with numbers in numeric order ("Tan / 32" before "Tan / 34").
 */
export function byRankThenTitle(
  a: { variant_rank?: number | null; title?: string | null; id: string },
  b: { variant_rank?: number | null; title?: string | null; id: string }
): number {
  return (
    (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
    titles.compare(a.title ?? "", b.title ?? "") ||
    a.id.localeCompare(b.id)
  )
}
