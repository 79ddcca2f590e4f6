import { isValidEmail } from "./address"
import { toAsciiDigits } from "./sellers"
import { GSTIN_PATTERN } from "./shop-profile"

/**
 * Pure helpers for wholesale buying (the wholesale plugin's storefront side): the company sign-up
 * form, quantities that respect a minimum and a case pack, price tiers, the bulk order form, the
 * plugin's rule messages turned into something we can say in every language, and who acts next on a
 * quote. No Medusa or Next imports, so unit tests can use them directly.
 */

// ---------------------------------------------------------------------------------------------
// Companies

export const COMPANY_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type CompanyStatus = (typeof COMPANY_STATUSES)[number]
export type CompanyRole = "admin" | "buyer"

export type CompanyAddress = {
  label?: string | null
  address_1: string
  address_2?: string | null
  city: string
  province?: string | null
  postal_code: string
  country_code: string
}

export type Company = {
  id: string
  name: string
  gst_number: string
  email: string
  phone?: string | null
  status: CompanyStatus | string
  review_note?: string | null
  payment_terms?: string | null
  /** The plugin stores addresses as { list: [...] }. */
  addresses?: { list?: CompanyAddress[] } | CompanyAddress[] | null
  employees?: { id: string; customer_id: string; role: CompanyRole | string }[]
  created_at?: string | null
}

export function companyStatus(value: unknown): CompanyStatus | null {
  return (COMPANY_STATUSES as readonly unknown[]).includes(value) ? (value as CompanyStatus) : null
}

export function companyAddresses(company: Pick<Company, "addresses">): CompanyAddress[] {
  const a = company.addresses
  if (Array.isArray(a)) return a
  return Array.isArray(a?.list) ? a.list : []
}

/** The colleagues first by role (admins first), the viewer marked. */
export function sortEmployees<T extends { customer_id: string; role: string }>(employees: readonly T[], me: string | null | undefined): (T & { me: boolean })[] {
  return [...employees]
    .map((e) => ({ ...e, me: e.customer_id === me }))
    .sort((a, b) => Number(b.me) - Number(a.me) || (a.role === "admin" ? 0 : 1) - (b.role === "admin" ? 0 : 1))
}

export type CompanyField = "name" | "gst_number" | "email" | "phone" | "address_1" | "city" | "postal_code" | "country_code"
export const COMPANY_FIELDS: readonly CompanyField[] = ["name", "gst_number", "email", "phone", "address_1", "city", "postal_code", "country_code"]

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

export type CompanyBody = {
  name: string
  gst_number: string
  email: string
  phone?: string
  addresses: CompanyAddress[]
}

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
export function buildCompanyBody(form: CompanyForm): { ok: true; body: CompanyBody } | { ok: false; errors: CompanyField[] } {
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

export type PriceTier = { min_quantity: number; max_quantity: number | null; amount: number }
export type VariantTerms = {
  variant_id: string
  min_order_quantity: number
  case_pack: number
  lead_time_days: number | null
  /** Only for buyers of approved companies; null for everyone else. */
  tiers: PriceTier[] | null
}
export type ProductWholesale = { is_wholesale_buyer: boolean; currency_code?: string; variants: VariantTerms[] }
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
    if (quantity >= t.min_quantity && (t.max_quantity === null || t.max_quantity === undefined || quantity <= t.max_quantity)) found = t
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// The plugin's rule messages

/**
 * What the wholesale rules refused, read from the plugin's English message so the storefront can say it
 * in the shopper's language:
 *  - "Tote – Tan (IMR-TOTE-TAN) has a wholesale minimum of 12; you have 6"
 *  - "Tote – Tan (IMR-TOTE-TAN) is packed in cases of 6: choose 18 instead of 14"
 *  - "Imran Leather Works takes wholesale orders from INR 5,000; add INR 1,200 more from them"
 *  - "Unknown SKUs: A-1, B-2"
 */
export type RuleProblem =
  | { code: "minimum"; title: string | null; sku: string | null; min: number; quantity: number; suggested: number | null }
  | { code: "case_pack"; title: string | null; sku: string | null; pack: number; quantity: number; suggested: number }
  | { code: "seller_minimum"; seller: string; currency: string; min: number; missing: number }
  | { code: "unknown_sku"; skus: string[] }

const num = (s: string) => Number(s.replace(/,/g, ""))

function labelParts(label: string): { title: string | null; sku: string | null } {
  const m = /^(.*?)\s*\(([^()]+)\)$/.exec(label.trim())
  if (m) return { title: m[1]!.trim() || null, sku: m[2]!.trim() }
  const title = label.trim()
  return { title: title && title !== "This item" ? title : null, sku: null }
}

export function parseRuleProblems(message: string | null | undefined): RuleProblem[] {
  const text = (message ?? "").replace(/^invalid request:\s*/i, "")
  const out: RuleProblem[] = []
  const unknown = /Unknown SKUs?: (.+?)(?:\.\s|$)/.exec(text)
  if (unknown) out.push({ code: "unknown_sku", skus: unknown[1]!.split(/,\s*/).map((s) => s.trim()).filter(Boolean) })
  // The plugin joins several problems with ". ". Each of its sentences ends in a number or "them", so
  // only a dot there splits (a product title may hold dots of its own: "St. Mary's Pot").
  for (const part of text.split(/(?<=\d|them)\.\s+(?=\S)/)) {
    const min = /^(.*) has a wholesale minimum of (\d+); you have (\d+)\.?$/.exec(part.trim())
    if (min) {
      const minimum = Number(min[2])
      out.push({ code: "minimum", ...labelParts(min[1]!), min: minimum, quantity: Number(min[3]), suggested: null })
      continue
    }
    const pack = /^(.*) is packed in cases of (\d+): choose (\d+) instead of (\d+)\.?$/.exec(part.trim())
    if (pack) {
      out.push({ code: "case_pack", ...labelParts(pack[1]!), pack: Number(pack[2]), suggested: Number(pack[3]), quantity: Number(pack[4]) })
      continue
    }
    const seller = /^(.*) takes wholesale orders from ([A-Z]{3}) ([\d,]+(?:\.\d+)?); add [A-Z]{3} ([\d,]+(?:\.\d+)?) more from them\.?$/.exec(part.trim())
    if (seller) out.push({ code: "seller_minimum", seller: seller[1]!.trim(), currency: seller[2]!.toLowerCase(), min: num(seller[3]!), missing: num(seller[4]!) })
  }
  return out
}

/** Query parameters that carry one line's problem back to the page (no free text from the API). */
export function problemQuery(p: RuleProblem | undefined): Record<string, string> {
  if (!p) return { error: "wholesale" }
  if (p.code === "minimum") return { error: "minimum", min: String(p.min), qty: String(p.quantity) }
  if (p.code === "case_pack") return { error: "case_pack", pack: String(p.pack), qty: String(p.quantity), suggest: String(p.suggested) }
  return { error: "wholesale" }
}

export type QueryProblem =
  | { code: "minimum"; min: number; quantity: number }
  | { code: "case_pack"; pack: number; quantity: number; suggested: number }
  | { code: "wholesale" }

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
    return min !== null && quantity !== null ? { code: "minimum", min, quantity } : { code: "wholesale" }
  }
  if (query.error === "case_pack") {
    const pack = n("pack")
    const quantity = n("qty")
    const suggested = n("suggest")
    return pack !== null && quantity !== null && suggested !== null ? { code: "case_pack", pack, quantity, suggested } : { code: "wholesale" }
  }
  if (query.error === "wholesale") return { code: "wholesale" }
  return null
}

/** A problem from the cart check route (`GET /store/wholesale/carts/:id/check`). */
export type CartProblem = {
  code: "below_minimum_quantity" | "not_whole_cases" | "below_seller_minimum" | string
  message: string
  variant_id?: string
  seller_id?: string
  suggested_quantity?: number
  missing_amount?: number
}

/** The check's problems per cart line (by variant) and the seller minimums, with one fix per line. */
export function groupCartProblems(problems: readonly CartProblem[]): {
  byVariant: Map<string, { codes: string[]; suggested: number | null }>
  sellers: { seller_id: string; missing: number; seller: string | null; min: number | null; currency: string | null }[]
} {
  const byVariant = new Map<string, { codes: string[]; suggested: number | null }>()
  const sellers: { seller_id: string; missing: number; seller: string | null; min: number | null; currency: string | null }[] = []
  for (const p of problems) {
    if (p.variant_id) {
      const entry = byVariant.get(p.variant_id) ?? { codes: [], suggested: null }
      entry.codes.push(p.code)
      if (typeof p.suggested_quantity === "number") entry.suggested = Math.max(entry.suggested ?? 0, p.suggested_quantity)
      byVariant.set(p.variant_id, entry)
    } else if (p.code === "below_seller_minimum" && p.seller_id) {
      const parsed = parseRuleProblems(p.message).find((x) => x.code === "seller_minimum")
      sellers.push({
        seller_id: p.seller_id,
        missing: typeof p.missing_amount === "number" ? p.missing_amount : parsed?.code === "seller_minimum" ? parsed.missing : 0,
        seller: parsed?.code === "seller_minimum" ? parsed.seller : null,
        min: parsed?.code === "seller_minimum" ? parsed.min : null,
        currency: parsed?.code === "seller_minimum" ? parsed.currency : null,
      })
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
export function buildBulkLines(rows: readonly BulkRow[]): { rows: BulkRow[]; lines: BulkLine[]; errors: { index: number; field: BulkRowError }[] } {
  const kept = rows
    .map((r) => ({ sku: (r.sku ?? "").trim().toUpperCase().slice(0, 80), quantity: (r.quantity ?? "").trim().slice(0, 12) }))
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

export const QUOTE_STATUSES = ["pending_merchant", "pending_customer", "accepted", "rejected", "expired", "withdrawn"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
export const MESSAGE_KINDS = ["request", "message", "counter_offer", "accepted", "rejected", "expired", "withdrawn"] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

export type QuoteItem = {
  id: string
  title?: string | null
  subtitle?: string | null
  thumbnail?: string | null
  variant_id?: string | null
  sku?: string | null
  quantity: number
  unit_price: number
}
export type ProposalItem = { item_id?: string; title?: string | null; variant_id?: string | null; sku?: string | null; quantity: number; unit_price: number }
export type QuoteMessage = {
  id: string
  author_type: "customer" | "seller" | "admin" | "system" | string
  author_id?: string | null
  kind: MessageKind | string
  body?: string | null
  proposal?: { items?: ProposalItem[]; total?: number; lead_time_days?: number | null } | null
  created_at: string
}
export type QuoteSummary = {
  id: string
  status: QuoteStatus | string
  total?: number | string | null
  currency_code: string
  lead_time_days?: number | null
  round?: number | null
  expires_at?: string | null
  created_at?: string | null
  updated_at?: string | null
  seller_id?: string | null
  company?: { id: string; name: string | null } | null
}
export type Quote = QuoteSummary & {
  seller?: { id: string; name: string; handle: string } | null
  items?: QuoteItem[]
  messages?: QuoteMessage[]
  order?: { id: string; display_id?: number | null; status?: string | null } | null
}

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
export function buyerActions(status: unknown): { accept: boolean; reject: boolean; requestChanges: boolean; message: boolean; withdraw: boolean } {
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
export type OfferBody = { items: { item_id: string; quantity: number; unit_price: number }[]; lead_time_days?: number | null; note?: string | null }

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
  note: string,
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
export function lineSheetHref(kind: LineSheetKind, handle: string, lang: LineSheetLang, currency: string, locale: string): string {
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

export type TermsRowInput = { variant_id: string; min_order_quantity: string; case_pack: string; lead_time_days: string }
export type TermsBody = { min_order_quantity: number; case_pack: number; lead_time_days: number | null }

/**
 * The seller's wholesale terms form: per variant a minimum (1-100,000), a case pack (1-10,000) and an
 * optional lead time in days (0-365), as the plugin accepts them. Errors name `moq_<id>`, `pack_<id>`,
 * `lead_<id>`.
 */
export function buildVariantTerms(rows: readonly TermsRowInput[]): { ok: true; terms: (TermsBody & { variant_id: string })[] } | { ok: false; errors: string[] } {
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
export function changedTerms<T extends TermsBody & { variant_id: string }>(next: readonly T[], current: readonly VariantTerms[]): T[] {
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
