import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import {
  matchStrength,
  tradeName,
  type JobPost,
  type MatchScore,
  type PublicEmployer,
  type Skill,
  type TradeCatalogue,
} from "@/lib/jobs"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { TradeIcon } from "./TradeIcon"

/** A date-only value (stored as UTC midnight) in the UI language: "5 Mar 2026". */
export function formatDay(value: string | null | undefined, locale: AppLocale): string {
  if (!value) return ""
  return new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value))
}

/** "₹700 a day" / "₹18,000 a month". */
export async function wageText(amount: number, period: "day" | "month", locale: AppLocale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  return t(`wage.${period}`, { amount: formatMoney(amount, "inr", locale) })
}

/** `wageText` as an element, for lists drawn with map. */
export async function Wage({ amount, period, locale }: { amount: number; period: "day" | "month"; locale: AppLocale }) {
  return <>{await wageText(amount, period, locale)}</>
}

export async function EmployerLine({
  employer,
  locale,
}: {
  employer: PublicEmployer | null | undefined
  locale: AppLocale
}) {
  if (!employer) return null
  const t = await getTranslations({ locale, namespace: "Jobs" })
  return (
    <span className="job-employer" data-testid="job-employer">
      {employer.name}
      {employer.verified ? (
        <span className="pill pill-verified" data-testid="employer-verified">
          ✓ {t("verified")}
        </span>
      ) : null}
    </span>
  )
}

export async function MatchPill({ match, locale }: { match: MatchScore; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  const strength = matchStrength(match.score)
  return (
    <span className={`pill pill-match-${strength}`} data-testid="match-score" data-score={Math.round(match.score)}>
      {t(`matchStrength.${strength}`)} · {t("match", { score: formatNumber(Math.round(match.score), locale) })}
    </span>
  )
}

/** Trade tags with their icons, in the UI language (with the level when asked). */
export async function SkillTags({
  skills,
  catalogue,
  locale,
  withLevel = false,
}: {
  skills: Skill[]
  catalogue: TradeCatalogue
  locale: AppLocale
  withLevel?: boolean
}) {
  if (!skills.length) return null
  const level = (code: string) => catalogue.levels.find((l) => l.code === code)?.names[locale] ?? code
  return (
    <ul className="skill-tags" data-testid="skill-tags">
      {skills.map((s) => (
        <li key={s.trade} className="craft-tag skill-tag" data-trade={s.trade}>
          <TradeIcon trade={s.trade} size={18} className="trade-icon-small" />
          <span>
            {tradeName(catalogue, s.trade, locale, s.name)}
            {withLevel ? <span className="skill-level"> · {level(s.level)}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  )
}

/**
 * A post on the board (and in "jobs for you"): the whole card is one big link, with the trade's icon,
 * the wage first, the kind of work, area and landmark, openings left and the employer.
 */
export async function JobCard({
  post,
  catalogue,
  locale,
  match,
  applied,
}: {
  post: JobPost
  catalogue: TradeCatalogue
  locale: AppLocale
  match?: MatchScore | null
  applied?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  const first = post.skills[0]
  const group = first ? catalogue.trades.find((x) => x.code === first.trade)?.group : null
  return (
    <li className="job-card" data-testid="job-card" data-post-id={post.id}>
      <Link href={`/${locale}/jobs/${encodeURIComponent(post.id)}`} className="job-card-link" data-testid="job-link">
        <span className={`trade-badge trade-group-${group ?? "general"}`}>
          <TradeIcon trade={first?.trade} group={group} />
        </span>
        <span className="job-card-main">
          <strong className="job-title" data-testid="job-title">
            {post.title}
          </strong>
          <span className="job-wage" data-testid="job-wage">
            {await wageText(post.wage_amount, post.wage_period, locale)}
          </span>
          <span className="job-meta">
            <span className="pill pill-neutral">{t(`type.${post.employment_type}`)}</span> {post.area}
            {post.landmark ? ` · ${post.landmark}` : null}
          </span>
          {first ? (
            <span className="job-meta muted">
              {post.skills.map((s) => tradeName(catalogue, s.trade, locale, s.name)).join(", ")}
            </span>
          ) : null}
          <span className="job-meta muted">
            {t("openingsLeft", { count: post.openings_left })}
            {post.starts_on ? ` · ${t("starts", { date: formatDay(post.starts_on, locale) })}` : null}
          </span>
          <EmployerLine employer={post.employer} locale={locale} />
          {match || applied ? (
            <span className="shop-pills">
              {match ? <MatchPill match={match} locale={locale} /> : null}
              {applied ? <span className="pill pill-status-active">{t("applied")}</span> : null}
            </span>
          ) : null}
        </span>
        <span aria-hidden="true" className="chevron">
          ›
        </span>
      </Link>
    </li>
  )
}

/** The labels of `<ContactReveal>` (a client component gets its text as props). */
export async function contactRevealLabels(locale: AppLocale, show: string) {
  const t = await getTranslations({ locale, namespace: "Jobs" })
  return {
    show,
    showing: t("contact.showing"),
    name: t("contact.name"),
    phone: t("contact.phone"),
    email: t("contact.email"),
    none: t("contact.none"),
    errors: {
      limit: t("contact.errors.limit"),
      not_yet: t("contact.errors.not_yet"),
      login: t("contact.errors.login"),
      failed: t("contact.errors.failed"),
    },
  }
}
