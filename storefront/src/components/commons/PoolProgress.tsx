import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { casePercent, progressGoal, timeLeft, type Pool } from "@/lib/commons"
import { formatMoney, formatNumber } from "@/lib/money"

/** How long a pool has left, in its own words ("3 days 4 hours left"), or "Closed". */
export async function PoolTimeLeft({ pool, locale }: { pool: Pool; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Pools" })
  const left = timeLeft(pool.closes_at)
  const text =
    left.kind === "days"
      ? t("timeLeft.days", { days: left.days, hours: left.hours })
      : left.kind === "hours"
        ? t("timeLeft.hours", { hours: left.hours, minutes: left.minutes })
        : left.kind === "minutes"
          ? t("timeLeft.minutes", { minutes: left.minutes })
          : t("timeLeft.closed")
  return (
    <span className="pool-time" data-testid="pool-time-left" data-kind={left.kind}>
      {text.replace(/\s+/g, " ").trim()}
    </span>
  )
}

/**
 * A pool's progress: pledged against the minimum (then the next tier, then the limit) as a bar, what
 * the next tier would unlock, and how many more fill the current case.
 */
export async function PoolProgress({
  pool,
  locale,
  detailed = false,
}: {
  pool: Pool
  locale: AppLocale
  detailed?: boolean
}) {
  const t = await getTranslations({ locale, namespace: "Pools" })
  const { goal, kind, percent } = progressGoal(pool)
  const { progress } = pool
  const n = (v: number) => formatNumber(v, locale)
  const price = (v: number) => formatMoney(v, pool.currency_code, locale)
  const goalLabel = kind === "minimum" ? t("goal.minimum") : kind === "tier" ? t("goal.tier") : t("goal.maximum")
  const cases = casePercent(pool)
  return (
    <div className="pool-progress" data-testid="pool-progress" data-pledged={progress.pledged}>
      <p className="pool-progress-head">
        <strong data-testid="pool-pledged">{t("pledgedOf", { pledged: n(progress.pledged), goal: n(goal) })}</strong>
        <span className="muted"> · {goalLabel}</span>
      </p>
      <div
        className="meter"
        role="progressbar"
        aria-label={goalLabel}
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(progress.pledged, goal)}
      >
        <span className={`meter-fill${progress.reached_minimum ? " meter-ok" : ""}`} style={{ width: `${percent}%` }} />
      </div>
      <p data-testid="pool-next-tier">
        {progress.next_tier
          ? t("nextTier", {
              missing: n(progress.next_tier.missing),
              price: price(progress.next_tier.unit_price),
              unit: pool.unit,
            })
          : t("bestTier")}
      </p>
      {pool.case_size > 1 ? (
        <>
          {detailed ? (
            <div
              className="meter meter-thin"
              role="progressbar"
              aria-label={t("caseBar")}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={cases}
            >
              <span className="meter-fill meter-case" style={{ width: `${cases}%` }} />
            </div>
          ) : null}
          <p className="muted" data-testid="pool-next-case" data-units={progress.units_to_next_case}>
            {progress.units_to_next_case > 0
              ? t("toNextCase", { count: n(progress.units_to_next_case), size: n(pool.case_size) })
              : progress.pledged > 0
                ? t("casesFull")
                : t("caseSize", { size: n(pool.case_size) })}
          </p>
        </>
      ) : null}
      <p>{t("priceNow", { price: price(progress.current_unit_price), unit: pool.unit })}</p>
    </div>
  )
}
