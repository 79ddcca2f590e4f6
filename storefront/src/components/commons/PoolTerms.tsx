import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { reachedTierIndex, type Pool } from "@/lib/commons"
import { formatMoney, formatNumber } from "@/lib/money"

/** A pool's price tiers, lowest quantity first, the tier its total has reached marked. */
export async function PoolTiers({ pool, locale }: { pool: Pool; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Pools" })
  const reached = reachedTierIndex(pool.tiers, pool.progress.pledged)
  const tiers = [...pool.tiers].sort((a, b) => a.min_quantity - b.min_quantity)
  const n = (v: number) => formatNumber(v, locale)
  return (
    <>
      <table className="tier-table" data-testid="tier-table">
        <thead>
          <tr>
            <th scope="col">{t("tierQuantity")}</th>
            <th scope="col">{t("tierPrice", { unit: pool.unit })}</th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr
              key={tier.min_quantity}
              className={i === reached ? "tier-reached" : undefined}
              data-testid="tier-row"
              data-reached={i === reached || undefined}
            >
              <td>{t("tierFrom", { min: n(tier.min_quantity) })}</td>
              <td>
                {formatMoney(tier.unit_price, pool.currency_code, locale)}
                {i === reached ? <span className="pill pill-pool-succeeded tier-badge">{t("tierReached")}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pool.case_size > 1 ? <p className="muted">{t("caseSize", { size: n(pool.case_size) })}</p> : null}
    </>
  )
}

/** A pool's shared freight and handling, and how they split between the pledgers. */
export async function PoolCosts({ pool, locale }: { pool: Pool; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Pools" })
  const price = (v: number) => formatMoney(v, pool.currency_code, locale)
  if (pool.freight_cost + pool.handling_cost <= 0) return <p className="muted">{t("noCosts")}</p>
  return (
    <>
      <dl className="pool-costs" data-testid="pool-costs">
        <div>
          <dt>{t("freight")}</dt>
          <dd>{price(pool.freight_cost)}</dd>
        </div>
        <div>
          <dt>{t("handling")}</dt>
          <dd>{price(pool.handling_cost)}</dd>
        </div>
      </dl>
      <p className="muted">{t(`split.${pool.cost_split}`)}</p>
    </>
  )
}
