import type { MatchScore, Skill, WagePeriod } from "../contract"
import { levelRank } from "./trades"

/**
 * Matching karigars and job posts. Pure: the routes load the candidates, this orders them.
 *
 * A match scores out of 100:
 * - skills (50): each skill the post needs counts 1 when the karigar has the trade at the level
 *   asked or above, 0.5 one level below, 0.25 two levels below; averaged over the post's skills;
 * - area (20): the same area of Dharavi (case and spaces ignored);
 * - availability (15): free by the start date; 15 → 0 over the week after it;
 * - wage (15): the post pays at least what the karigar expects; 15 → 0 as it falls to 70% of it.
 *   Wages compare per day, a monthly wage as a 26-day month.
 * A pair with no trade in common does not match at all. Ties go to the more experienced karigar
 * (for a post) or the earlier start (for a karigar), then by id, so the order is stable.
 */

export type { MatchScore, Skill, WagePeriod }

export type KarigarForMatch = {
  id: string
  skills: Skill[]
  area: string | null
  available_from?: Date | string | null
  available_tomorrow?: boolean
  expected_wage?: number | null
  wage_period?: WagePeriod | null
  years_experience?: number | null
}

export type PostForMatch = {
  id: string
  skills: Skill[]
  area: string | null
  starts_on: Date | string
  wage_amount: number
  wage_period: WagePeriod
}

export const WEIGHTS = { skills: 50, area: 20, availability: 15, wage: 15 } as const

const DAY = 24 * 3600_000
export const DAYS_PER_MONTH = 26

export const perDay = (amount: number, period: WagePeriod | null | undefined) =>
  period === "month" ? amount / DAYS_PER_MONTH : amount

const norm = (s: string | null | undefined) => (s ?? "").trim().toLowerCase().replace(/\s+/g, " ")
const time = (d: Date | string) => (d instanceof Date ? d.getTime() : new Date(d).getTime())
const round = (n: number) => Math.round(n * 100) / 100

/** Start of the next day after `now` (UTC days; dates are stored as UTC). */
function tomorrow(now: Date) {
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
}

/** When the karigar can start: `available_from`, "tomorrow" when toggled (whichever is sooner), else now. */
export function availableAt(k: KarigarForMatch, now: Date): number {
  const from = k.available_from ? time(k.available_from) : now.getTime()
  return k.available_tomorrow ? Math.min(from, Math.max(tomorrow(now), now.getTime())) : from
}

export function skillScore(karigar: Skill[], needed: Skill[]): { ratio: number; matched: string[] } {
  if (!needed.length) return { ratio: 0, matched: [] }
  let total = 0
  const matched: string[] = []
  for (const need of needed) {
    const have = karigar.filter((s) => s.trade === need.trade)
    if (!have.length) continue
    matched.push(need.trade)
    const gap = levelRank(need.level) - Math.max(...have.map((s) => levelRank(s.level)))
    total += gap <= 0 ? 1 : gap === 1 ? 0.5 : 0.25
  }
  return { ratio: total / needed.length, matched }
}

export function scoreMatch(karigar: KarigarForMatch, post: PostForMatch, now: Date = new Date()): MatchScore | null {
  const { ratio, matched } = skillScore(karigar.skills ?? [], post.skills ?? [])
  if (!matched.length) return null
  const skills = ratio * WEIGHTS.skills
  const area = norm(karigar.area) && norm(karigar.area) === norm(post.area) ? WEIGHTS.area : 0
  const late = (availableAt(karigar, now) - time(post.starts_on)) / DAY
  const availability = late <= 0 ? WEIGHTS.availability : late >= 7 ? 0 : WEIGHTS.availability * (1 - late / 7)
  let wage: number = WEIGHTS.wage
  if (karigar.expected_wage) {
    const fit = perDay(post.wage_amount, post.wage_period) / perDay(karigar.expected_wage, karigar.wage_period ?? "day")
    wage = fit >= 1 ? WEIGHTS.wage : fit <= 0.7 ? 0 : (WEIGHTS.wage * (fit - 0.7)) / 0.3
  }
  return {
    score: round(skills + area + availability + wage),
    skills: round(skills),
    area,
    availability: round(availability),
    wage: round(wage),
    matched_trades: matched,
  }
}

/** Karigars for a post, best first; those without a trade in common are left out. */
export function rankKarigarsForPost<K extends KarigarForMatch>(
  post: PostForMatch,
  karigars: K[],
  now: Date = new Date()
) {
  return karigars
    .map((karigar) => ({ karigar, match: scoreMatch(karigar, post, now) }))
    .filter((r): r is { karigar: K; match: MatchScore } => r.match !== null)
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        (b.karigar.years_experience ?? 0) - (a.karigar.years_experience ?? 0) ||
        a.karigar.id.localeCompare(b.karigar.id)
    )
}

/** Posts for a karigar, best first; posts without a trade in common are left out. */
export function rankPostsForKarigar<P extends PostForMatch>(
  karigar: KarigarForMatch,
  posts: P[],
  now: Date = new Date()
) {
  return posts
    .map((post) => ({ post, match: scoreMatch(karigar, post, now) }))
    .filter((r): r is { post: P; match: MatchScore } => r.match !== null)
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        time(a.post.starts_on) - time(b.post.starts_on) ||
        a.post.id.localeCompare(b.post.id)
    )
}
