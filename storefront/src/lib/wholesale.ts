import {
  WholesaleErrors,
  type CompanyAddress,
  type CounterOfferBody,
  type CompanyStatus,
  type QuoteMessageKind,
  type QuoteStatus,
  type StoreCompanyRegistration,
  type StoreProductWholesaleResponse,
  type VendorVariantTermsBody,
  type WholesalePriceTier,
  type WholesaleRuleCode,
  type WholesaleRuleProblem,
} from "@dharavi/wholesale/contract"
import { isValidEmail } from "./address"
import { toAsciiDigits } from "./sellers"
import { GSTIN_PATTERN } from "./shop-profile"

/**
 * Pure helpers for wholesale buying (the wholesale plugin's storefront side): the company sign-up
 * form, quantities that respect a minimum and a case pack, price tiers, the bulk order form, the
 * plugin's rule refusals read from their codes and details, and who acts next on a
 * quote. No Medusa or Next imports, so unit tests can use them directly.
 */

// ---------------------------------------------------------------------------------------------
// Companies

// The company, its addresses and its status are the wholesale contract's types (@dharavi/wholesale/contract).
export const COMPANY_STATUSES = [
  "pending",
  "approved",
  "rejected",
  "suspended",
] as const satisfies readonly CompanyStatus[]

export function companyStatus(value: unknown): CompanyStatus | null {
  return (COMPANY_STATUSES as readonly unknown[]).includes(value) ? (value as CompanyStatus) : null
}

/** The company's addresses: the plugin stores them as `{ list: [...] }` (WholesaleCompany.addresses). */
export function companyAddresses(company: { addresses?: unknown }): CompanyAddress[] {
  const a = company.addresses as { list?: unknown } | CompanyAddress[] | null | undefined
  if (Array.isArray(a)) return a
  return Array.isArray(a?.list) ? (a.list as CompanyAddress[]) : []
}

/** The colleagues first by role (admins first), the viewer marked. */
export function sortEmployees<T extends { customer_id: string; role: string }>(
  employees: readonly T[],
  me: string | null | undefined
): (T & { me: boolean })[] {
  return [...employees]
    .map((e) => ({ ...e, me: e.customer_id === me }))
    .sort((a, b) => Number(b.me) - Number(a.me) || (a.role === "admin" ? 0 : 1) - (b.role === "admin" ? 0 : 1))
}

export type CompanyField =
  "name" | "gst_number" | "email" | "phone" | "address_1" | "city" | "postal_code" | "country_code"
export const COMPANY_FIELDS: readonly CompanyField[] = [
  "name",
  "gst_number",
  "email",
  "phone",
  "address_1",
  "city",
  "postal_code",
  "country_code",
]

export type CompanyForm = {
  name: string
  gst_number: string
  email: string
  phone: string
  address_1: string
  address_2: string
  city: string
  province: string
  postal_code: string
  country_code: string
}

export type CompanyBody = StoreCompanyRegistration

/** "27 aapfu 0939 f1zv" → "27AAPFU0939F1ZV": spaces and dashes gone, capitals, ASCII digits. */
export function normalizeGstin(value: string): string {
  return toAsciiDigits(value ?? "")
    .replace(/[\s-]/g, "")
    .toUpperCase()
}

/**
 * The company sign-up form checked with the plugin's rules (name 2-160, a GSTIN, an email, a phone of
 * digits, spaces or dashes, one address with street, city and PIN/postal code), ready to send.
 */
export function buildCompanyBody(
  form: CompanyForm
): { ok: true; body: CompanyBody } | { ok: false; errors: CompanyField[] } {
  const errors: CompanyField[] = []
  const name = form.name.trim()
  if (name.length < 2 || name.length > 160) errors.push("name")
  const gst = normalizeGstin(form.gst_number)
  if (!GSTIN_PATTERN.test(gst) || !/^[0-3]/.test(gst)) errors.push("gst_number")
  const email = form.email.trim().toLowerCase()
  if (!isValidEmail(email)) errors.push("email")
  const phone = toAsciiDigits(form.phone).trim()
  if (phone && !/^\+?[0-9 -]{8,16}$/.test(phone)) errors.push("phone")
  const address_1 = form.address_1.trim()
  if (address_1.length < 3 || address_1.length > 200) errors.push("address_1")
  const city = form.city.trim()
  if (city.length < 2 || city.length > 80) errors.push("city")
  const postal_code = toAsciiDigits(form.postal_code).trim()
  if (postal_code.length < 3 || postal_code.length > 12) errors.push("postal_code")
  const country_code = form.country_code.trim().toLowerCase()
  if (!/^[a-z]{2}$/.test(country_code)) errors.push("country_code")
  if (errors.length) return { ok: false, errors }
  const address: CompanyAddress = { address_1, city, postal_code, country_code }
  if (form.address_2.trim()) address.address_2 = form.address_2.trim().slice(0, 200)
  if (form.province.trim()) address.province = form.province.trim().slice(0, 80)
  return { ok: true, body: { name, gst_number: gst, email, ...(phone ? { phone } : {}), addresses: [address] } }
}

/** The fields a refusal of the company route names ("gst_number must be…", "addresses.0.city…"). */
export function companyFieldErrors(message: string | null | undefined): CompanyField[] {
  const text = message ?? ""
  return COMPANY_FIELDS.filter((f) => new RegExp(`\\b${f}\\b`).test(text))
}

// ---------------------------------------------------------------------------------------------
// Terms, quantities and price tiers

export type PriceTier = WholesalePriceTier
/** One variant's terms as `GET /store/products/:id/wholesale` answers them. */
export type VariantTerms = StoreProductWholesaleResponse["variants"][number]
export type Terms = Pick<VariantTerms, "min_order_quantity" | "case_pack">

/** The smallest allowed quantity not below `wanted`: at least the minimum, in whole cases (the plugin's rule). */
export function allowedQuantity(wanted: number, terms: Terms): number {
  const pack = Math.max(1, Math.floor(terms.case_pack || 1))
  const atLeast = Math.max(wanted, terms.min_order_quantity || 1, 1)
  return Math.ceil(atLeast / pack) * pack
}

/** Whether a wholesale buyer may order this many: the minimum reached, whole cases. */
export function isAllowedQuantity(quantity: number, terms: Terms): boolean {
  return Number.isInteger(quantity) && quantity > 0 && allowedQuantity(quantity, terms) === quantity
}

/**
 * The quantity input for a wholesale buyer: it starts at the first allowed quantity and steps by the
 * case pack (so min + k × step are exactly the allowed quantities).
 */
export function quantityInput(terms: Terms): { min: number; step: number } {
  const step = Math.max(1, Math.floor(terms.case_pack || 1))
  return { min: allowedQuantity(1, terms), step }
}

/**
 * The cart's −/+ for a wholesale line: the next allowed quantity below (none under the first allowed
 * one) and above. From a quantity that breaks the rules (1 piece added before the company was approved)
 * they land on allowed quantities too.
 */
export function stepperValues(quantity: number, terms: Terms): { decrease: number | null; increase: number } {
  const { min, step } = quantityInput(terms)
  const down = Math.floor((quantity - 1) / step) * step
  return { decrease: down >= min ? down : null, increase: allowedQuantity(quantity + 1, terms) }
}

/** Terms that say anything: a minimum above one, a case pack above one, or a lead time. */
export function hasTerms(t: Pick<VariantTerms, "min_order_quantity" | "case_pack" | "lead_time_days">): boolean {
  return (t.min_order_quantity ?? 1) > 1 || (t.case_pack ?? 1) > 1 || (t.lead_time_days ?? null) !== null
}

/** Tiers in order of quantity, without empty or broken ones. */
export function sortTiers(tiers: readonly PriceTier[] | null | undefined): PriceTier[] {
  return [...(tiers ?? [])]
    .filter((t) => Number.isFinite(t.min_quantity) && Number.isFinite(t.amount))
    .sort((a, b) => a.min_quantity - b.min_quantity)
}

/** The tier that prices this quantity (the highest minimum reached), or null below every tier. */
export function tierFor(quantity: number, tiers: readonly PriceTier[] | null | undefined): PriceTier | null {
  let found: PriceTier | null = null
  for (const t of sortTiers(tiers)) {
    if (
      quantity >= t.min_quantity &&
      (t.max_quantity === null || t.max_quantity === undefined || quantity <= t.max_quantity)
    )
      found = t
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// The plugin's rule refusals

/**
 * The wholesale rules a refused cart change broke, from the refusal's code and details (the wholesale
 * contract: a 400 coded `below_minimum_quantity`, `not_whole_cases` or `below_seller_minimum` carries
 * the first broken rule's numbers and every problem in `details.problems`). Nothing is read from the
 * English message. Empty for any other failure.
 */
export function ruleProblems(
  failure: { code?: string; details?: Record<string, unknown> } | null | undefined
): WholesaleRuleProblem[] {
  if (!failure?.code || !(RULE_CODES as readonly string[]).includes(failure.code)) return []
  const listed = failure.details?.problems
  if (Array.isArray(listed)) return listed.filter(isRuleProblem)
  const first = { ...failure.details, code: failure.code, message: "" }
  return isRuleProblem(first) ? [first] : []
}

const RULE_CODES = [
  WholesaleErrors.BELOW_MINIMUM_QUANTITY,
  WholesaleErrors.NOT_WHOLE_CASES,
  WholesaleErrors.BELOW_SELLER_MINIMUM,
] as const

function isRuleProblem(value: unknown): value is WholesaleRuleProblem {
  const p = value as Partial<Record<string, unknown>> | null
  if (!p || typeof p !== "object") return false
  if (p.code === WholesaleErrors.BELOW_MINIMUM_QUANTITY)
    return typeof p.minimum === "number" && typeof p.quantity === "number"
  if (p.code === WholesaleErrors.NOT_WHOLE_CASES)
    return typeof p.case_pack === "number" && typeof p.quantity === "number" && typeof p.suggested_quantity === "number"
  if (p.code === WholesaleErrors.BELOW_SELLER_MINIMUM)
    return typeof p.seller_id === "string" && typeof p.missing_amount === "number"
  return false
}

/** The SKUs the bulk order form named that no published variant has (`unknown_sku`'s details). */
export function unknownSkus(
  failure: { code?: string; details?: Record<string, unknown> } | null | undefined
): string[] {
  if (failure?.code !== WholesaleErrors.UNKNOWN_SKU) return []
  const skus = failure.details?.skus
  return Array.isArray(skus) ? skus.filter((s): s is string => typeof s === "string" && s.length > 0) : []
}

/** Query parameters that carry one line's problem back to the page (numbers only, no text from the API). */
export function problemQuery(p: WholesaleRuleProblem | undefined): Record<string, string> {
  if (p?.code === WholesaleErrors.BELOW_MINIMUM_QUANTITY)
    return { error: "minimum", min: String(p.minimum), qty: String(p.quantity) }
  if (p?.code === WholesaleErrors.NOT_WHOLE_CASES)
    return {
      error: "case_pack",
      pack: String(p.case_pack),
      qty: String(p.quantity),
      suggest: String(p.suggested_quantity),
    }
  return { error: "wholesale" }
}

/** A line problem as the page reads it back from its URL (`rule`: the page's own name, not a backend code). */
export type QueryProblem =
  | { rule: "minimum"; min: number; quantity: number }
  | { rule: "case_pack"; pack: number; quantity: number; suggested: number }
  | { rule: "wholesale" }

/** The problem a page was sent back with (`problemQuery`), or null. Numbers are checked, never trusted. */
export function problemFromQuery(query: Record<string, string | string[] | undefined>): QueryProblem | null {
  const n = (k: string) => {
    const v = query[k]
    const x = typeof v === "string" && /^\d{1,7}$/.test(v) ? Number(v) : NaN
    return Number.isFinite(x) ? x : null
  }
  if (query.error === "minimum") {
    const min = n("min")
    const quantity = n("qty")
    return min !== null && quantity !== null ? { rule: "minimum", min, quantity } : { rule: "wholesale" }
  }
  if (query.error === "case_pack") {
    const pack = n("pack")
    const quantity = n("qty")
    const suggested = n("suggest")
    return pack !== null && quantity !== null && suggested !== null
      ? { rule: "case_pack", pack, quantity, suggested }
      : { rule: "wholesale" }
  }
  if (query.error === "wholesale") return { rule: "wholesale" }
  return null
}

/** A seller whose lines are below their minimum order value, as the cart says it. */
export type SellerShortfall = {
  seller_id: string
  missing: number
  seller: string | null
  min: number | null
  currency: string | null
}

/** The check's problems (`GET /store/wholesale/carts/:id/check`) per cart line (by variant) and the seller minimums, with one fix per line. */
export function groupCartProblems(problems: readonly WholesaleRuleProblem[]): {
  byVariant: Map<string, { codes: WholesaleRuleCode[]; suggested: number | null }>
  sellers: SellerShortfall[]
} {
  const byVariant = new Map<string, { codes: WholesaleRuleCode[]; suggested: number | null }>()
  const sellers: SellerShortfall[] = []
  for (const p of problems) {
    if (p.code === WholesaleErrors.BELOW_SELLER_MINIMUM) {
      sellers.push({
        seller_id: p.seller_id,
        missing: p.missing_amount,
        seller: p.seller_name,
        min: p.min_order_value,
        currency: p.currency_code,
      })
    } else {
      const entry = byVariant.get(p.variant_id) ?? { codes: [], suggested: null }
      entry.codes.push(p.code)
      entry.suggested = Math.max(entry.suggested ?? 0, p.suggested_quantity)
      byVariant.set(p.variant_id, entry)
    }
  }
  return { byVariant, sellers }
}

// ---------------------------------------------------------------------------------------------
// Bulk order form

export const BULK_MAX_LINES = 100
export const BULK_MAX_QUANTITY = 100_000

export type BulkRow = { sku: string; quantity: string }
export type BulkLine = { sku: string; quantity: number }
export type BulkRowError = "sku" | "quantity"

/**
 * Lines pasted from a spreadsheet, an email or WhatsApp: one product a line, the SKU then the quantity,
 * separated by a tab, comma, semicolon, "x" or spaces ("IMR-TOTE-TAN\t24", "IMR-TOTE-TAN, 24",
 * "IMR-TOTE-TAN x 24", Devanagari digits too). A line with only a SKU gets an empty quantity; a header
 * row ("SKU, Quantity") is skipped.
 */
export function parsePastedLines(text: string): BulkRow[] {
  const rows: BulkRow[] = []
  for (const raw of (text ?? "").split(/\r?\n/)) {
    const line = toAsciiDigits(raw).trim()
    if (!line) continue
    const m = /^(.+?)(?:\s*[\t,;]\s*|\s+[x×*]\s*|\s+)(\d[\d,]*)\s*(?:pcs|pieces|nos|pc)?\.?$/i.exec(line)
    if (m) rows.push({ sku: m[1]!.trim().replace(/[\t,;]+$/, ""), quantity: m[2]!.replace(/,/g, "") })
    else if (!/^sku\b/i.test(line)) rows.push({ sku: line.replace(/[\t,;]+$/, "").trim(), quantity: "" })
  }
  return rows
}

/** A quantity typed for the bulk form: a whole number 1-100,000 (commas and Devanagari digits allowed). */
export function parseBulkQuantity(text: string): number | null {
  const cleaned = toAsciiDigits(text ?? "").replace(/[\s,]/g, "")
  if (!/^\d{1,6}$/.test(cleaned)) return null
  const n = Number(cleaned)
  return n >= 1 && n <= BULK_MAX_QUANTITY ? n : null
}

/**
 * The bulk form's rows checked: empty rows are dropped, SKUs are trimmed and upper-cased, and each row
 * with a missing SKU or a bad quantity is reported by its index (in the rows that are kept).
 */
export function buildBulkLines(rows: readonly BulkRow[]): {
  rows: BulkRow[]
  lines: BulkLine[]
  errors: { index: number; field: BulkRowError }[]
} {
  const kept = rows
    .map((r) => ({
      sku: (r.sku ?? "").trim().toUpperCase().slice(0, 80),
      quantity: (r.quantity ?? "").trim().slice(0, 12),
    }))
    .filter((r) => r.sku || r.quantity)
    .slice(0, BULK_MAX_LINES)
  const errors: { index: number; field: BulkRowError }[] = []
  const lines: BulkLine[] = []
  kept.forEach((r, index) => {
    if (!r.sku || /\s/.test(r.sku)) errors.push({ index, field: "sku" })
    const q = parseBulkQuantity(r.quantity)
    if (q === null) errors.push({ index, field: "quantity" })
    if (r.sku && q !== null) lines.push({ sku: r.sku, quantity: q })
  })
  return { rows: kept, lines, errors }
}

// ---------------------------------------------------------------------------------------------
// Quotes

// Quotes, their lines and messages are the wholesale contract's types (QuoteDetail, QuoteListItem, ...).
export const QUOTE_STATUSES = [
  "pending_merchant",
  "pending_customer",
  "accepted",
  "rejected",
  "expired",
  "withdrawn",
] as const satisfies readonly QuoteStatus[]
export const MESSAGE_KINDS = [
  "request",
  "message",
  "counter_offer",
  "accepted",
  "rejected",
  "expired",
  "withdrawn",
] as const satisfies readonly QuoteMessageKind[]

export function quoteStatus(value: unknown): QuoteStatus | null {
  return (QUOTE_STATUSES as readonly unknown[]).includes(value) ? (value as QuoteStatus) : null
}

/** Who acts next, seen from one side: "you", "them" (the other party), or nobody (closed). */
export function nextActor(status: unknown, viewer: "buyer" | "seller"): "you" | "them" | null {
  if (status === "pending_merchant") return viewer === "seller" ? "you" : "them"
  if (status === "pending_customer") return viewer === "buyer" ? "you" : "them"
  return null
}

export function isOpenQuote(status: unknown): boolean {
  return status === "pending_merchant" || status === "pending_customer"
}

/** What the buyer may do now: answer an offer (accept, reject, ask for changes), write, withdraw. */
export function buyerActions(status: unknown): {
  accept: boolean
  reject: boolean
  requestChanges: boolean
  message: boolean
  withdraw: boolean
} {
  const offer = status === "pending_customer"
  const open = isOpenQuote(status)
  return { accept: offer, reject: offer, requestChanges: offer, message: open, withdraw: open }
}

/** What the seller may do now: a counter-offer while the buyer waits for them; messages while open. */
export function sellerActions(status: unknown): { counterOffer: boolean; message: boolean } {
  return { counterOffer: status === "pending_merchant", message: isOpenQuote(status) }
}

/** Sum of quantity × unit price, rounded to paise/cents. */
export function linesTotal(items: readonly { quantity: number; unit_price: number }[]): number {
  return Math.round(items.reduce((s, i) => s + Number(i.quantity) * Number(i.unit_price), 0) * 100) / 100
}

export type OfferLineInput = { item_id: string; quantity: string; unit_price: string }
export type OfferBody = CounterOfferBody

/** A typed unit price: "1,850", "₹ 1850.50", "१८५०" → 1850 / 1850.5; 0 is allowed (a free sample). */
export function parseUnitPrice(text: string): number | null {
  const cleaned = toAsciiDigits(text ?? "")
    .replace(/[₹$€\s,]/g, "")
    .replace(/^(inr|usd|eur|rs\.?)/i, "")
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null
  return Number(cleaned)
}

/** A typed whole number in a range (quantities, lead times); Devanagari digits and commas allowed. */
export function parseWhole(text: string, min: number, max: number): number | null {
  const cleaned = toAsciiDigits(text ?? "").replace(/[\s,]/g, "")
  if (!/^\d{1,9}$/.test(cleaned)) return null
  const n = Number(cleaned)
  return n >= min && n <= max ? n : null
}

/**
 * The seller's counter-offer form: a quantity (0 drops the line) and a unit price per line, a lead time
 * in days (optional) and a note. Errors name the lines (by item id) and fields that need fixing.
 */
export function buildCounterOffer(
  lines: readonly OfferLineInput[],
  leadTime: string,
  note: string
): { ok: true; body: OfferBody } | { ok: false; errors: string[] } {
  const errors: string[] = []
  const items: OfferBody["items"] = []
  for (const l of lines) {
    const quantity = parseWhole(l.quantity, 0, 1_000_000)
    const unit_price = parseUnitPrice(l.unit_price)
    if (quantity === null) errors.push(`qty_${l.item_id}`)
    if (unit_price === null) errors.push(`price_${l.item_id}`)
    if (quantity !== null && unit_price !== null) items.push({ item_id: l.item_id, quantity, unit_price })
  }
  if (!lines.length) errors.push("items")
  else if (!errors.length && items.every((i) => i.quantity === 0)) errors.push("all_zero")
  let lead: number | null = null
  if (leadTime.trim()) {
    lead = parseWhole(leadTime, 0, 365)
    if (lead === null) errors.push("lead_time")
  }
  if (note.length > 2000) errors.push("note")
  if (errors.length) return { ok: false, errors }
  return { ok: true, body: { items, lead_time_days: lead, note: note.trim() || null } }
}

// ---------------------------------------------------------------------------------------------
// Line sheets

export const LINE_SHEET_KINDS = ["sellers", "collections"] as const
export type LineSheetKind = (typeof LINE_SHEET_KINDS)[number]
export const LINE_SHEET_LANGS = ["en", "hi"] as const
export type LineSheetLang = (typeof LINE_SHEET_LANGS)[number]

/** The storefront's download link for a line sheet (a route handler that adds the buyer's token). */
export function lineSheetHref(
  kind: LineSheetKind,
  handle: string,
  lang: LineSheetLang,
  currency: string,
  locale: string
): string {
  const q = new URLSearchParams({ lang, currency: currency.toLowerCase(), locale })
  return `/api/line-sheets/${kind}/${encodeURIComponent(handle)}?${q.toString()}`
}

/** The backend path the route handler forwards to, from checked parts only. */
export function lineSheetBackendPath(kind: unknown, handle: unknown, lang: unknown, currency: unknown): string | null {
  if (!(LINE_SHEET_KINDS as readonly unknown[]).includes(kind)) return null
  if (typeof handle !== "string" || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(handle) || handle.length > 120) return null
  const l = (LINE_SHEET_LANGS as readonly unknown[]).includes(lang) ? (lang as LineSheetLang) : "en"
  const c = typeof currency === "string" && /^(inr|usd|eur)$/.test(currency) ? currency : "inr"
  return `/store/line-sheets/${kind as LineSheetKind}/${handle}?lang=${l}&currency=${c}`
}

// ---------------------------------------------------------------------------------------------
// A seller's terms per variant

export type TermsRowInput = {
  variant_id: string
  min_order_quantity: string
  case_pack: string
  lead_time_days: string
}
/** A variant's terms as the form sends them: the contract's body, the lead time always named (null clears it). */
export type TermsBody = Required<VendorVariantTermsBody>

/**
 * The seller's wholesale terms form: per variant a minimum (1-100,000), a case pack (1-10,000) and an
 * optional lead time in days (0-365), as the plugin accepts them. Errors name `moq_<id>`, `pack_<id>`,
 * `lead_<id>`.
 */
export function buildVariantTerms(
  rows: readonly TermsRowInput[]
): { ok: true; terms: (TermsBody & { variant_id: string })[] } | { ok: false; errors: string[] } {
  const errors: string[] = []
  const terms: (TermsBody & { variant_id: string })[] = []
  for (const r of rows) {
    const min = parseWhole(r.min_order_quantity.trim() || "1", 1, 100_000)
    const pack = parseWhole(r.case_pack.trim() || "1", 1, 10_000)
    const lead = r.lead_time_days.trim() ? parseWhole(r.lead_time_days, 0, 365) : null
    if (min === null) errors.push(`moq_${r.variant_id}`)
    if (pack === null) errors.push(`pack_${r.variant_id}`)
    if (r.lead_time_days.trim() && lead === null) errors.push(`lead_${r.variant_id}`)
    if (min !== null && pack !== null && (lead !== null || !r.lead_time_days.trim())) {
      terms.push({ variant_id: r.variant_id, min_order_quantity: min, case_pack: pack, lead_time_days: lead })
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, terms }
}

/** Only the variants whose terms change (a variant without terms counts as 1, 1, none). */
export function changedTerms<T extends TermsBody & { variant_id: string }>(
  next: readonly T[],
  current: readonly VariantTerms[]
): T[] {
  const before = new Map(current.map((c) => [c.variant_id, c]))
  return next.filter((n) => {
    const c = before.get(n.variant_id)
    return (
      !c ||
      c.min_order_quantity !== n.min_order_quantity ||
      c.case_pack !== n.case_pack ||
      (c.lead_time_days ?? null) !== (n.lead_time_days ?? null)
    )
  })
}
