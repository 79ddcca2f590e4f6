import type {
  ApplicationStatus,
  Contact,
  EmployerApplicant,
  EmployerJobPost,
  EmployerJobPostBody,
  EmployerMatchesResponse,
  EmployerProfileBody,
  EmploymentType,
  JobApplication,
  KarigarPostView,
  MatchScore,
  PostStatus,
  ReportReason,
  Shift,
  Skill as ContractSkill,
  StoreEmployer,
  StoreJobPost,
  StoreJobPostResponse,
  StoreKarigar,
  StoreKarigarApplication,
  StoreKarigarProfileBody,
  StoreMatchesResponse,
  StoreOwnEmployer,
  StoreOwnKarigar,
  StoreTradesResponse,
  Trade,
  TradeLevel,
  WagePeriod,
} from "@dharavi/jobs/contract"
import type { AppLocale } from "@/i18n/locales"
import { isValidEmail } from "./address"
import { normalizePhone, toAsciiDigits } from "./sellers"

/**
 * Jobs+ (the jobs plugin) as the storefront shows it: the shapes its JSON routes answer (its contract's), the trade
 * names and icons, the board's filters, the forms (karigar profile, employer profile, job post) checked
 * like the plugin's validators, and where an employer's routes live (a business customer under
 * /store/jobs/employer, a seller under /vendors/sellers/:id/jobs). Pure: no React, no fetch.
 */

// The shapes the jobs routes answer are the jobs contract's (@dharavi/jobs/contract), named here as the
// storefront's pages call them.
export type Names = Trade["names"]
export type TradeInfo = Trade
export type LevelInfo = TradeLevel
/** `GET /store/jobs/trades`. */
export type TradeCatalogue = StoreTradesResponse

/** A skill as sent (trade and level), with its trade's name when the backend answers it. */
export type Skill = ContractSkill & { name?: string }
export type { ApplicationStatus, EmploymentType, PostStatus, ReportReason, Shift, WagePeriod }

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ["daily", "short_term", "long_term"]
export const WAGE_PERIODS: readonly WagePeriod[] = ["day", "month"]
export const SHIFTS: readonly Shift[] = ["morning", "day", "evening", "night", "flexible"]
/** A post's shift the page has words for (the contract sends them as strings). */
export const isShift = (value: string): value is Shift => (SHIFTS as readonly string[]).includes(value)
export const POST_STATUSES: readonly PostStatus[] = [
  "pending",
  "live",
  "rejected",
  "filled",
  "closed",
  "expired",
  "removed",
]
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  "applied",
  "shortlisted",
  "rejected",
  "hired",
  "withdrawn",
]
/** "Asks for money" first: the abuse the platform most wants to hear about. */
export const REPORT_REASONS: readonly ReportReason[] = [
  "asks_for_money",
  "fake_job",
  "unsafe_work",
  "wrong_wage",
  "child_labour",
  "other",
]
/** Languages a karigar can tick (ISO codes; their names come from Intl.DisplayNames in the UI language). */
export const KARIGAR_LANGUAGES = ["hi", "mr", "ur", "en", "bho", "ta", "te", "kn", "bn", "gu", "pa"] as const

export type PublicEmployer = StoreEmployer
export type OwnEmployer = StoreOwnEmployer
export type JobPost = StoreJobPost
/** The employer's own post: the address, moderation and (on one post) counts per application status. */
export type EmployerPost = EmployerJobPost & { application_counts?: Partial<Record<ApplicationStatus, number>> }
export type { MatchScore }
export type PublicKarigar = StoreKarigar
export type OwnKarigar = StoreOwnKarigar
export type ApplicationBase = JobApplication
export type RemovedPost = Extract<KarigarPostView, { status: "removed"; title: null }>
/** The karigar's application with its post (the address once hired). */
export type KarigarApplication = StoreKarigarApplication
export type EmployerApplication = EmployerApplicant
export type KarigarMatch = EmployerMatchesResponse["matches"][number]
export type PostMatch = StoreMatchesResponse["matches"][number]
export type ForMe = NonNullable<StoreJobPostResponse["for_me"]>
export type { Contact }

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null

export const isRemoved = (post: KarigarApplication["post"]): post is RemovedPost =>
  !!post && post.status === "removed" && post.title === null

// ---------- Names and icons ----------

/** A trade's name in the UI language from the catalogue; else the name the API sent (English); else the code. */
export function tradeName(
  catalogue: TradeCatalogue | null | undefined,
  code: string,
  locale: AppLocale,
  fallback?: string
): string {
  const t = catalogue?.trades.find((x) => x.code === code)
  return t?.names[locale] || t?.names.en || fallback || code.replace(/_/g, " ")
}

export function levelName(catalogue: TradeCatalogue | null | undefined, code: string, locale: AppLocale): string {
  const l = catalogue?.levels.find((x) => x.code === code)
  return l?.names[locale] || l?.names.en || code
}

/** The trades grouped as the catalogue lists them (leather, textile, …), order kept. */
export function tradesByGroup(catalogue: TradeCatalogue): { group: string; trades: TradeInfo[] }[] {
  const out: { group: string; trades: TradeInfo[] }[] = []
  for (const t of catalogue.trades) {
    const g = out.find((x) => x.group === t.group)
    if (g) g.trades.push(t)
    else out.push({ group: t.group, trades: [t] })
  }
  return out
}

export const TRADE_ICONS = [
  "scissors",
  "needle",
  "dye",
  "shoe",
  "bag",
  "shirt",
  "machine",
  "pot",
  "flame",
  "print",
  "recycle",
  "box",
  "check",
  "tools",
] as const
export type TradeIcon = (typeof TRADE_ICONS)[number]

const ICON_BY_TRADE: Record<string, TradeIcon> = {
  leather_cutting: "scissors",
  leather_stitching: "needle",
  leather_finishing: "dye",
  footwear_making: "shoe",
  bag_making: "bag",
  zari_embroidery: "needle",
  aari_embroidery: "needle",
  hand_embroidery: "needle",
  tailoring: "shirt",
  pattern_cutting: "scissors",
  machine_operating: "machine",
  pottery: "pot",
  kiln_firing: "flame",
  clay_moulding: "pot",
  screen_printing: "print",
  block_printing: "print",
  recycling_sorting: "recycle",
  plastic_processing: "recycle",
  metal_recycling: "recycle",
  packing: "box",
  quality_checking: "check",
  helper: "tools",
}
const ICON_BY_GROUP: Record<string, TradeIcon> = {
  leather: "scissors",
  textile: "needle",
  pottery: "pot",
  printing: "print",
  recycling: "recycle",
  general: "tools",
}

/** The picture for a trade (a trade added later gets its group's, else the helper's tools). */
export function tradeIcon(code: string | null | undefined, group?: string | null): TradeIcon {
  return (code && ICON_BY_TRADE[code]) || (group && ICON_BY_GROUP[group]) || "tools"
}

/** A 0–100 score as a word for the karigar: strong, good, some. */
export function matchStrength(score: number): "strong" | "good" | "some" {
  return score >= 75 ? "strong" : score >= 50 ? "good" : "some"
}

// ---------- Statuses ----------

/** The karigar may withdraw while the employer has not decided or has shortlisted. */
export const canWithdraw = (status: ApplicationStatus) => status === "applied" || status === "shortlisted"
/** "Share my contact" can be given or taken back until the application is withdrawn or rejected. */
export const canShareContact = (status: ApplicationStatus) => status !== "withdrawn" && status !== "rejected"
/** What the employer can still do with an application. */
export function employerActions(
  status: ApplicationStatus,
  postStatus: PostStatus
): ("shortlist" | "reject" | "hire")[] {
  const out: ("shortlist" | "reject" | "hire")[] = []
  if (status === "applied") out.push("shortlist")
  if ((status === "applied" || status === "shortlisted") && (postStatus === "live" || postStatus === "filled"))
    out.push("hire")
  if (status === "applied" || status === "shortlisted") out.push("reject")
  return out
}
/** A post takes applications only while live with an opening left. */
export const takesApplications = (post: Pick<JobPost, "status" | "openings_left">) =>
  post.status === "live" && post.openings_left > 0

// ---------- The board ----------

export const BOARD_PAGE_SIZE = 12
export const WAGE_MAX = 10_000_000

export type BoardFilters = {
  q: string
  skill: string
  area: string
  type: EmploymentType | null
  wage_min: number | null
  page: number
}

const first = (v: unknown): string => {
  const raw = Array.isArray(v) ? v[0] : v
  return typeof raw === "string" ? raw.trim() : ""
}

/** Whole rupees typed in any digits ("१,२००", "1200", "₹ 1,200"); null when empty or not a positive amount. */
export function parseRupees(value: unknown): number | null {
  const s = toAsciiDigits(first(value)).replace(/[₹,\s]/g, "")
  if (!/^\d{1,9}$/.test(s)) return null
  const n = Number(s)
  return n >= 1 && n <= WAGE_MAX ? n : null
}

/** The board's filters from the URL; an unknown trade or type is dropped rather than sent to the plugin. */
export function parseBoardFilters(query: Record<string, unknown>, tradeCodes?: readonly string[]): BoardFilters {
  const skill = first(query.skill).slice(0, 40)
  const area = first(query.area).slice(0, 80)
  const page = Number.parseInt(first(query.page), 10)
  return {
    q: first(query.q).slice(0, 100),
    skill: skill && (!tradeCodes || tradeCodes.includes(skill)) ? skill : "",
    area: area.length >= 2 ? area : "",
    type: oneOf(first(query.type), EMPLOYMENT_TYPES),
    wage_min: parseRupees(query.wage_min),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  }
}

export const hasBoardFilters = (f: BoardFilters) => Boolean(f.q || f.skill || f.area || f.type || f.wage_min)

/** The query for `GET /store/jobs/posts`. */
export function boardApiQuery(f: BoardFilters, pageSize = BOARD_PAGE_SIZE): Record<string, string | number> {
  return {
    limit: pageSize,
    offset: (f.page - 1) * pageSize,
    ...(f.q ? { q: f.q } : {}),
    ...(f.skill ? { skill: f.skill } : {}),
    ...(f.area ? { area: f.area } : {}),
    ...(f.type ? { type: f.type } : {}),
    ...(f.wage_min ? { wage_min: f.wage_min } : {}),
  }
}

/** A link to the board with these filters (and `change` applied); page 1 is left out. */
export function boardHref(base: string, f: BoardFilters, change: Partial<BoardFilters> = {}): string {
  const next = { ...f, page: 1, ...change }
  const q = new URLSearchParams()
  if (next.q) q.set("q", next.q)
  if (next.skill) q.set("skill", next.skill)
  if (next.area) q.set("area", next.area)
  if (next.type) q.set("type", next.type)
  if (next.wage_min) q.set("wage_min", String(next.wage_min))
  if (next.page > 1) q.set("page", String(next.page))
  const s = q.toString()
  return s ? `${base}?${s}` : base
}

// ---------- Forms ----------

type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] }
const text = (form: FormLike, name: string, max = 5000) => {
  const v = form.get(name)
  return typeof v === "string" ? v.replace(/\r\n/g, "\n").trim().slice(0, max) : ""
}
const all = (form: FormLike, name: string) => form.getAll(name).filter((v): v is string => typeof v === "string")

/** A YYYY-MM-DD date that exists ("2026-02-30" does not). */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}

/**
 * Skills from the form: one select per trade (`skill_<trade>`) whose value is the level, empty for
 * "not this trade". Only known trades and levels count.
 */
export function skillsFromForm(form: FormLike, catalogue: TradeCatalogue): Skill[] {
  const levels: readonly string[] = catalogue.levels.map((l) => l.code)
  const out: Skill[] = []
  for (const t of catalogue.trades) {
    const level = text(form, `skill_${t.code}`, 20)
    if (level && levels.includes(level)) out.push({ trade: t.code, level })
  }
  return out
}

/** The level a skills list has for a trade ("" when none), for the form's selects. */
export const levelFor = (skills: readonly Skill[] | null | undefined, trade: string) =>
  skills?.find((s) => s.trade === trade)?.level ?? ""

export type KarigarField =
  | "name"
  | "skills"
  | "years_experience"
  | "languages"
  | "expected_wage"
  | "area"
  | "available_from"
  | "story"
  | "phone"
  | "email"
  | "photo"
  | "portfolio"
export const KARIGAR_FIELDS: readonly KarigarField[] = [
  "name",
  "skills",
  "years_experience",
  "languages",
  "expected_wage",
  "area",
  "available_from",
  "story",
  "phone",
  "email",
  "photo",
  "portfolio",
]

/** The body of `POST /store/jobs/profile` as the form sends it: the contract's, every field but the photos. */
export type KarigarBody = Required<Omit<StoreKarigarProfileBody, "photo_url" | "portfolio_urls">>

/** The karigar profile form → the body of `POST /store/jobs/profile` (every field, so clearing one clears it). */
export function buildKarigarBody(
  form: FormLike,
  catalogue: TradeCatalogue
): { ok: true; body: KarigarBody } | { ok: false; errors: KarigarField[] } {
  const errors: KarigarField[] = []
  const name = text(form, "name", 200).replace(/\s+/g, " ")
  if (name.length < 2 || name.length > 120) errors.push("name")
  const skills = skillsFromForm(form, catalogue)
  if (!skills.length || skills.length > 12) errors.push("skills")
  const yearsRaw = toAsciiDigits(text(form, "years_experience", 10))
  const years = yearsRaw ? Number(yearsRaw) : 0
  if (!/^\d{0,2}$/.test(yearsRaw) || years > 70) errors.push("years_experience")
  const languages = [
    ...new Set(
      all(form, "languages")
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean)
    ),
  ]
  if (languages.length > 10 || languages.some((l) => !/^[a-z]{2,3}$/.test(l))) errors.push("languages")
  const wageText = text(form, "expected_wage", 20)
  const wage = wageText ? parseRupees(wageText) : null
  if (wageText && wage === null) errors.push("expected_wage")
  const area = text(form, "area", 200).replace(/\s+/g, " ")
  if (area.length < 2 || area.length > 80) errors.push("area")
  const from = text(form, "available_from", 20)
  if (from && !isDate(from)) errors.push("available_from")
  const story = text(form, "story", 5000)
  if (story.length > 2000) errors.push("story")
  const phoneText = text(form, "phone", 40)
  const phone = phoneText ? normalizePhone(phoneText) : null
  if (phoneText && !phone) errors.push("phone")
  const email = text(form, "email", 300).toLowerCase()
  if (email && (!isValidEmail(email) || email.length > 254)) errors.push("email")
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    body: {
      name,
      skills: skills.map(({ trade, level }) => ({ trade, level })),
      years_experience: years,
      languages,
      expected_wage: wage,
      wage_period: oneOf(text(form, "wage_period", 10), WAGE_PERIODS) ?? "day",
      area,
      available_from: from || null,
      available_tomorrow: text(form, "available_tomorrow", 5) === "1",
      story: story || null,
      phone,
      email: email || null,
    },
  }
}

/** A portfolio after adding uploaded photos (at most 12, no repeats) or removing one. */
export const PORTFOLIO_MAX = 12
export function withPortfolio(
  current: readonly string[],
  add: readonly string[] = [],
  remove?: string | null
): string[] {
  const out: string[] = []
  for (const url of [...current, ...add]) if (url && url !== remove && !out.includes(url)) out.push(url)
  return out.slice(0, PORTFOLIO_MAX)
}

export type EmployerField = "name" | "area" | "about" | "phone" | "email"
export const EMPLOYER_FIELDS: readonly EmployerField[] = ["name", "area", "about", "phone", "email"]
/** The body of `POST …/employer`: the contract's, every field sent. */
export type EmployerBody = Required<EmployerProfileBody>

/** The employer profile form → the body of `POST …/employer`. */
export function buildEmployerBody(
  form: FormLike
): { ok: true; body: EmployerBody } | { ok: false; errors: EmployerField[] } {
  const errors: EmployerField[] = []
  const name = text(form, "name", 300).replace(/\s+/g, " ")
  if (name.length < 2 || name.length > 160) errors.push("name")
  const area = text(form, "area", 200).replace(/\s+/g, " ")
  if (area.length < 2 || area.length > 80) errors.push("area")
  const about = text(form, "about", 5000)
  if (about.length > 2000) errors.push("about")
  const phoneText = text(form, "phone", 40)
  const phone = phoneText ? normalizePhone(phoneText) : null
  if (phoneText && !phone) errors.push("phone")
  const email = text(form, "email", 300).toLowerCase()
  if (email && (!isValidEmail(email) || email.length > 254)) errors.push("email")
  if (errors.length) return { ok: false, errors }
  return { ok: true, body: { name, area, about: about || null, phone, email: email || null } }
}

export type PostField =
  | "title"
  | "description"
  | "skills"
  | "employment_type"
  | "wage_amount"
  | "shifts"
  | "area"
  | "landmark"
  | "address"
  | "openings"
  | "starts_on"
  | "ends_on"
  | "expires_at"
export const POST_FIELDS: readonly PostField[] = [
  "title",
  "description",
  "skills",
  "employment_type",
  "wage_amount",
  "shifts",
  "area",
  "landmark",
  "address",
  "openings",
  "starts_on",
  "ends_on",
  "expires_at",
]
/** The body of `POST …/posts`: the contract's, every field sent (null clears one). */
export type PostBody = Required<EmployerJobPostBody>

/** A post expires at the end of the chosen day in Mumbai. */
export const endOfDayIst = (date: string) => `${date}T23:59:59+05:30`

/**
 * The job post form → the body of `POST …/posts`. `today` is YYYY-MM-DD in Asia/Kolkata: the start
 * may not be earlier, the end not before the start (and is needed for short-term work), the expiry
 * must be after today.
 */
export function buildPostBody(
  form: FormLike,
  catalogue: TradeCatalogue,
  today: string
): { ok: true; body: PostBody } | { ok: false; errors: PostField[] } {
  const errors: PostField[] = []
  const title = text(form, "title", 300).replace(/\s+/g, " ")
  if (title.length < 4 || title.length > 160) errors.push("title")
  const description = text(form, "description", 6000)
  if (description.length > 4000) errors.push("description")
  const skills = skillsFromForm(form, catalogue)
  if (!skills.length || skills.length > 12) errors.push("skills")
  const type = oneOf(text(form, "employment_type", 20), EMPLOYMENT_TYPES)
  if (!type) errors.push("employment_type")
  const wage = parseRupees(text(form, "wage_amount", 20))
  if (wage === null) errors.push("wage_amount")
  const shifts = [...new Set(all(form, "shifts"))].filter((s): s is Shift => (SHIFTS as readonly string[]).includes(s))
  const area = text(form, "area", 200).replace(/\s+/g, " ")
  if (area.length < 2 || area.length > 80) errors.push("area")
  const landmark = text(form, "landmark", 300)
  if (landmark.length > 160) errors.push("landmark")
  const address = text(form, "address", 600)
  if (address.length > 400) errors.push("address")
  const openingsText = toAsciiDigits(text(form, "openings", 10))
  const openings = /^\d{1,3}$/.test(openingsText) ? Number(openingsText) : 0
  if (openings < 1 || openings > 500) errors.push("openings")
  const starts = text(form, "starts_on", 20)
  if (!isDate(starts) || starts < today) errors.push("starts_on")
  const ends = text(form, "ends_on", 20)
  if (ends ? !isDate(ends) || (isDate(starts) && ends < starts) : type === "short_term") errors.push("ends_on")
  const expires = text(form, "expires_at", 20)
  if (expires && (!isDate(expires) || expires < today)) errors.push("expires_at")
  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    body: {
      title,
      description: description || null,
      skills: skills.map(({ trade, level }) => ({ trade, level })),
      employment_type: type!,
      wage_amount: wage!,
      wage_period: oneOf(text(form, "wage_period", 10), WAGE_PERIODS) ?? "day",
      shifts,
      area,
      landmark: landmark || null,
      address: address || null,
      openings,
      starts_on: starts,
      ends_on: ends || null,
      expires_at: expires ? endOfDayIst(expires) : null,
    },
  }
}

/**
 * The fields a refusal from the plugin names ("Invalid request: Field 'title' is required; wage_amount
 * …", "starts_on must be today or later"), among the fields the form knows.
 */
export function jobFieldErrors<F extends string>(message: string | null | undefined, known: readonly F[]): F[] {
  const out: F[] = []
  const body = (message ?? "").replace(/^invalid request:\s*/i, "")
  for (const part of body.split(/[;\n]/)) {
    // The longest names first, so "wage_amount" is not read as "wage".
    const hit = [...known]
      .sort((a, b) => b.length - a.length)
      .find((f) => new RegExp(`(^|[^a-z_])${f}([^a-z_]|$)`, "i").test(part))
    if (hit && !out.includes(hit)) out.push(hit)
  }
  return out
}

/** Known names from a comma-separated `fields` query parameter. */
export function fieldsFrom<F extends string>(value: unknown, known: readonly F[]): Set<F> {
  const list = typeof value === "string" ? value.split(",") : []
  return new Set(list.filter((f): f is F => (known as readonly string[]).includes(f)))
}

// ---------- Employers: a business customer or a seller ----------

/** Who hires: the logged-in customer as a business, or a seller (shop) the logged-in seller manages. */
export type EmployerScope = { kind: "business" } | { kind: "seller"; sellerId: string }

/** The scope as a form field: "business" or "seller:<id>". */
export const scopeValue = (scope: EmployerScope) =>
  scope.kind === "business" ? "business" : `seller:${scope.sellerId}`

export function parseScope(value: unknown): EmployerScope | null {
  if (value === "business") return { kind: "business" }
  if (typeof value === "string" && /^seller:[A-Za-z0-9_-]{1,100}$/.test(value))
    return { kind: "seller", sellerId: value.slice(7) }
  return null
}

/** The plugin's routes for an employer: the profile, and the prefix of posts and applications. */
export function employerApi(scope: EmployerScope): { profile: string; prefix: string } {
  if (scope.kind === "business") return { profile: "/store/jobs/employer", prefix: "/store/jobs/employer" }
  const prefix = `/vendors/sellers/${encodeURIComponent(scope.sellerId)}/jobs`
  return { profile: `${prefix}/employer`, prefix }
}

/** The storefront pages of an employer's dashboard. */
export function employerPages(
  locale: AppLocale,
  scope: EmployerScope
): { home: string; newPost: string; post: (id: string) => string } {
  const home =
    scope.kind === "business"
      ? `/${locale}/account/employer`
      : `/${locale}/sell/dashboard/${encodeURIComponent(scope.sellerId)}/jobs`
  return {
    home,
    newPost: `${home}/new`,
    post: (id: string) => `${home}/posts/${encodeURIComponent(id)}`,
  }
}
