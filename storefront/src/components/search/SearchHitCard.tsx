import Link from "next/link"
import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { Wage } from "@/components/jobs/JobParts"
import { TradeIcon } from "@/components/jobs/TradeIcon"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import type { AppLocale } from "@/i18n/locales"
import { EMPLOYMENT_TYPES } from "@/lib/jobs"
import { COURSE_LEVELS } from "@/lib/courses"
import { oneOf } from "@/lib/query"
import {
  dataNumber,
  dataString,
  dataStrings,
  formatPriceRange,
  hitHref,
  hitTitle,
  hitTitleLang,
  type SearchHit,
} from "@/lib/search"
import type { SearchLabelers } from "./labels"

/**
 * One search result as a compact card by kind: a product with its maker and price range, a maker with
 * area, crafts and the verified mark, a course with teacher, level, languages and price, a job with its
 * wage, kind of work, area, trades and employer, a tool-house with its area and what it has to book. The
 * kind is named when the list mixes kinds.
 */
export async function SearchHitCard({
  hit,
  locale,
  labelers,
  showType,
}: {
  hit: SearchHit
  locale: AppLocale
  labelers: SearchLabelers
  showType: boolean
}) {
  const [t, tNav, tProduct, tSchool, tJobs, tMakers] = await Promise.all([
    getTranslations({ locale, namespace: "Search" }),
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "School" }),
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "Makers" }),
  ])
  const href = hitHref(hit, locale)
  const title = hitTitle(hit, locale)
  const price = hit.price ? formatPriceRange(hit.price, locale) : null

  // Without a picture, the kind of work's line drawing (drawn inline: no image to wait for).
  let media: ReactNode = hit.thumbnail ? (
    <img
      src={hit.thumbnail}
      alt=""
      width={72}
      height={72}
      loading="lazy"
      decoding="async"
      className="search-hit-image"
    />
  ) : (
    <span className={`search-hit-image trade-badge search-thumb-${hit.type}`}>
      <TradeIcon trade={hit.type === "job" ? dataStrings(hit, "trades")[0] : null} group={hit.crafts[0]} size={34} />
    </span>
  )
  let lines: ReactNode[] = []

  switch (hit.type) {
    case "product":
      lines = [
        hit.subtitle ? <span className="muted">{tProduct("byMaker", { name: hit.subtitle })}</span> : null,
        <span className="search-hit-price" data-testid="hit-price">
          {price ?? tProduct("noPrice")}
        </span>,
      ]
      break
    case "maker": {
      const kind = oneOf(dataString(hit, "kind"), ["artisan", "workshop"] as const)
      const crafts = [...new Set(hit.crafts.map(labelers.craft))]
      media = <MakerAvatar name={hit.title} photoUrl={hit.thumbnail} size="md" />
      lines = [
        <span className="muted">{[kind ? tMakers(`kind.${kind}`) : null, hit.area].filter(Boolean).join(" · ")}</span>,
        hit.data?.verified === true ? <span className="pill pill-verified">✓ {tMakers("verified")}</span> : null,
        crafts.length ? (
          <span className="craft-tags">
            {crafts.map((c) => (
              <span key={c} className="craft-tag">
                {c}
              </span>
            ))}
          </span>
        ) : null,
      ]
      break
    }
    case "course": {
      const level = oneOf(dataString(hit, "level"), COURSE_LEVELS)
      const teacher = dataString(hit, "teacher_name") ?? hit.subtitle
      lines = [
        teacher ? <span className="muted">{tSchool("byTeacher", { name: teacher })}</span> : null,
        <span>
          {[level ? tSchool(`level.${level}`) : null, hit.languages.map(labelers.language).join(", ")]
            .filter(Boolean)
            .join(" · ")}
        </span>,
        hit.data?.is_free === true || price ? (
          <span className="search-hit-price" data-testid="hit-price">
            {hit.data?.is_free === true ? t("free") : price}
          </span>
        ) : null,
      ]
      break
    }
    case "job": {
      const amount = dataNumber(hit, "wage_amount")
      const kind = oneOf(dataString(hit, "employment_type"), EMPLOYMENT_TYPES)
      const trades = dataStrings(hit, "trades").map(labelers.craft)
      lines = [
        amount !== null ? (
          <span className="job-wage" data-testid="hit-wage">
            <Wage
              amount={amount}
              period={dataString(hit, "wage_period") === "month" ? "month" : "day"}
              locale={locale}
            />
          </span>
        ) : null,
        <span>
          {kind ? <span className="pill pill-neutral">{tJobs(`type.${kind}`)}</span> : null} {hit.area}
        </span>,
        trades.length ? <span className="muted">{trades.join(", ")}</span> : null,
        hit.subtitle ? <span className="muted">{hit.subtitle}</span> : null,
      ]
      break
    }
    case "tool_house": {
      const units = dataNumber(hit, "units")
      lines = [
        hit.area ? <span className="muted">{hit.area}</span> : null,
        units ? <span>{t("units", { count: units })}</span> : null,
      ]
      break
    }
  }

  const body = (
    <>
      {media}
      <span className="search-hit-main">
        {showType ? <span className="search-hit-type">{t(`type.${hit.type}`)}</span> : null}
        <strong className="search-hit-title" lang={hitTitleLang(hit, locale)} data-testid="hit-title">
          {title}
        </strong>
        {lines.filter(Boolean).map((line, i) => (
          <span key={i} className="search-hit-line">
            {line}
          </span>
        ))}
        {hit.type === "product" && hit.wholesale ? (
          <span className="pill pill-neutral search-hit-wholesale">{tNav("wholesale")}</span>
        ) : null}
      </span>
    </>
  )
  return (
    <li
      className={`search-hit search-hit-${hit.type}`}
      data-testid="search-hit"
      data-type={hit.type}
      data-handle={hit.handle ?? undefined}
    >
      {href ? (
        <Link href={href} className="search-hit-link" data-testid="hit-link">
          {body}
        </Link>
      ) : (
        <div className="search-hit-link">{body}</div>
      )}
    </li>
  )
}
