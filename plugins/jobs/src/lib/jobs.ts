import type {
  EmployerJobPost,
  JobApplication,
  KarigarPostView,
  NamedSkill,
  Skill,
  StoreEmployer,
  StoreJobPost,
  StoreKarigar,
  StoreOwnEmployer,
  StoreOwnKarigar,
} from "../contract"
import type { MedusaContainer } from "@medusajs/framework/types"
import { JOBS_MODULE } from "../modules/jobs"
import type {
  EmployerProfileRecord,
  JobApplicationRecord,
  JobPostRecord,
  KarigarProfileRecord,
} from "../modules/jobs/types"
import type { KarigarForMatch, PostForMatch } from "./matching"
import { tradeName } from "./trades"

export type { Skill }

type Dateish = Date | string | null | undefined

/** `skills` is a json column: a list of { trade, level } when written through the validators. */
export const skillsOf = (row: { skills?: unknown }): Skill[] =>
  Array.isArray(row.skills) ? (row.skills as Skill[]) : []
/** DML types a json column as a record; `skills` holds a list, written as such. */
export const skillsJson = (skills: Skill[]) => skills as unknown as Record<string, unknown>
const withNames = (skills: Skill[]): NamedSkill[] =>
  skills.map((s) => ({ trade: s.trade, level: s.level, name: tradeName(s.trade, "en") }))
const iso = (d: Dateish) => (d ? new Date(d).toISOString() : null)

/** A karigar profile as matching reads it. */
export const karigarForMatch = (k: KarigarProfileRecord): KarigarForMatch => ({ ...k, skills: skillsOf(k) })
/** A post as matching reads it. */
export const postForMatch = (p: JobPostRecord): PostForMatch => ({ ...p, skills: skillsOf(p) })

/**
 * The views of each record. Public views are built field by field (never by removing fields, and
 * not through query fields a client could widen), so a column added later stays private until
 * someone adds it here. No public view has a phone or email.
 */
export function publicKarigar(k: KarigarProfileRecord): StoreKarigar {
  return {
    id: k.id,
    name: k.name,
    photo_url: k.photo_url ?? null,
    skills: withNames(skillsOf(k)),
    years_experience: k.years_experience,
    languages: k.languages ?? [],
    expected_wage: k.expected_wage ?? null,
    wage_period: k.wage_period,
    area: k.area,
    available_from: iso(k.available_from),
    available_tomorrow: Boolean(k.available_tomorrow),
    portfolio_urls: k.portfolio_urls ?? [],
    story: k.story ?? null,
  }
}

/** The karigar's own profile: everything, their contact included. */
export function ownKarigar(k: KarigarProfileRecord): StoreOwnKarigar {
  return {
    ...publicKarigar(k),
    phone: k.phone ?? null,
    email: k.email ?? null,
    status: k.status,
    created_at: k.created_at,
    updated_at: k.updated_at,
  }
}

export function publicEmployer(e: EmployerProfileRecord | null | undefined): StoreEmployer | null {
  if (!e) return null
  return {
    id: e.id,
    kind: e.kind,
    seller_id: e.seller_id ?? null,
    name: e.name,
    area: e.area,
    about: e.about ?? null,
    verified: Boolean(e.verified),
  }
}

export function ownEmployer(e: EmployerProfileRecord): StoreOwnEmployer {
  return {
    ...publicEmployer(e)!,
    phone: e.phone ?? null,
    email: e.email ?? null,
    verified_at: e.verified_at ?? null,
    created_at: e.created_at,
  }
}

export function publicPost(p: JobPostRecord, employer?: EmployerProfileRecord | null): StoreJobPost {
  return {
    id: p.id,
    title: p.title,
    description: p.description ?? null,
    skills: withNames(skillsOf(p)),
    employment_type: p.employment_type,
    wage_amount: p.wage_amount,
    wage_period: p.wage_period,
    currency_code: "inr",
    shifts: p.shifts ?? [],
    area: p.area,
    landmark: p.landmark ?? null,
    openings: p.openings,
    filled: p.filled,
    openings_left: Math.max(p.openings - p.filled, 0),
    starts_on: iso(p.starts_on),
    ends_on: iso(p.ends_on),
    expires_at: iso(p.expires_at),
    status: p.status,
    created_at: p.created_at,
    employer: employer ? publicEmployer(employer) : undefined,
  }
}

/** The employer's view of their own post (and the admin's): the address and moderation too. */
export function employerPost(p: JobPostRecord, employer?: EmployerProfileRecord | null): EmployerJobPost {
  return {
    ...publicPost(p, employer),
    address: p.address ?? null,
    moderation_note: p.moderation_note ?? null,
    moderated_at: p.moderated_at ?? null,
    report_count: p.report_count,
  }
}

/** Contact details are shared when the employer has shortlisted (or hired) and the karigar agreed. */
export const contactOpen = (a: Pick<JobApplicationRecord, "status" | "contact_shared_at">) =>
  ["shortlisted", "hired"].includes(a.status) && Boolean(a.contact_shared_at)

export function applicationBase(a: JobApplicationRecord): JobApplication {
  return {
    id: a.id,
    post_id: a.post_id,
    karigar_id: a.karigar_id,
    status: a.status,
    note: a.note ?? null,
    contact_shared: Boolean(a.contact_shared_at),
    contact_available: contactOpen(a),
    shortlisted_at: a.shortlisted_at ?? null,
    decided_at: a.decided_at ?? null,
    created_at: a.created_at,
  }
}

/** Loads employers by id, as a map. */
export async function employersById(container: MedusaContainer, ids: string[]) {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map<string, EmployerProfileRecord>()
  const rows = await container.resolve(JOBS_MODULE).listEmployerProfiles({ id: unique })
  return new Map(rows.map((e) => [e.id, e]))
}

/** What a karigar sees of a post they applied to: a removed post is hidden; the full address once hired. */
export function karigarPostView(
  post: JobPostRecord,
  employer: EmployerProfileRecord | null | undefined,
  status: string
): KarigarPostView {
  if (post.status === "removed") return { id: post.id, status: "removed", title: null }
  return { ...publicPost(post, employer), ...(status === "hired" ? { address: post.address ?? null } : {}) }
}
