import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PoolProgress, PoolTimeLeft } from "@/components/commons/PoolProgress"
import type { AppLocale } from "@/i18n/locales"
import { toAppLocale } from "@/i18n/routing"
import { poolDescription, poolOutcome, sortPools, type Pool } from "@/lib/commons"
import { listPools } from "@/lib/data/commons"
import { describe, kindOf } from "@/lib/data/errors"
import { formatMoney, formatNumber } from "@/lib/money"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Pools" })
  return { title: t("title"), description: t("intro") }
}

export default async function PoolsPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "Pools" })
  let pools: Pool[] = []
  let failed: FailureKind | null = null
  try {
    pools = await listPools()
  } catch (error) {
    console.error("[commons] list failed:", describe(error))
    failed = kindOf(error)
  }
  const { open, decided } = sortPools(pools)

  return (
    <div className="container section">
      <header className="page-header">
        <h1 data-testid="pools-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : pools.length === 0 ? (
        <div className="empty-state" data-testid="pools-empty">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="open-pools">
            <h2 id="open-pools">{t("openTitle")}</h2>
            {open.length ? (
              <ul className="pool-list" data-testid="open-pools">
                {open.map((p) => (
                  <PoolCard key={p.id} pool={p} locale={locale} />
                ))}
              </ul>
            ) : (
              <p className="empty-state compact" data-testid="no-open-pools">
                {t("noOpen")}
              </p>
            )}
          </section>
          {decided.length ? (
            <section aria-labelledby="decided-pools">
              <h2 id="decided-pools">{t("decidedTitle")}</h2>
              <ul className="pool-list" data-testid="decided-pools">
                {decided.map((p) => (
                  <PoolCard key={p.id} pool={p} locale={locale} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  )
}

async function PoolCard({ pool, locale }: { pool: Pool; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Pools" })
  const href = `/${locale}/pools/${encodeURIComponent(pool.handle)}`
  const outcome = poolOutcome(pool)
  const description = poolDescription(pool, locale)
  return (
    <li className="card pool-card" data-testid="pool-card" data-handle={pool.handle} data-status={pool.status}>
      <div className="booking-head">
        <h3>
          <Link href={href}>{pool.title}</Link>
        </h3>
        <span className={`pill pill-pool-${outcome}`} data-testid="pool-outcome" data-outcome={outcome}>
          {t(`outcome.${outcome}`)}
        </span>
      </div>
      {description ? (
        <p className="muted" lang={description.lang === locale ? undefined : description.lang}>
          {description.text}
        </p>
      ) : null}
      {outcome === "open" ? (
        <>
          <p>
            <PoolTimeLeft pool={pool} locale={locale} />
          </p>
          <PoolProgress pool={pool} locale={locale} />
        </>
      ) : outcome === "succeeded" && pool.final_unit_price !== null ? (
        <p data-testid="pool-final-price">
          {t("finalPrice", {
            price: formatMoney(pool.final_unit_price, pool.currency_code, locale),
            unit: pool.unit,
            quantity: formatNumber(pool.final_quantity ?? pool.progress.pledged, locale),
          })}
        </p>
      ) : null}
      <Link href={href} className="button button-large" data-testid="pool-link">
        {t("view")}
      </Link>
    </li>
  )
}
