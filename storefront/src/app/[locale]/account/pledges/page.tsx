import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { loginHref } from "@/lib/actions/helpers"
import { PLEDGE_STATUSES, poolOutcome, type Pledge } from "@/lib/commons"
import { listMyPledges } from "@/lib/data/commons"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf } from "@/lib/data/errors"
import { formatMoney, formatNumber } from "@/lib/money"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Pledges" })
  return { title: t("title"), robots: { index: false } }
}

export default async function PledgesPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/account/pledges`
  const [customer, t, tPools, tAccount] = await Promise.all([
    retrieveCustomer(),
    getTranslations({ locale, namespace: "Pledges" }),
    getTranslations({ locale, namespace: "Pools" }),
    getTranslations({ locale, namespace: "Account" }),
  ])
  if (!customer) redirect(loginHref(locale, page))

  let pledges: Pledge[] = []
  let failed: FailureKind | null = null
  try {
    pledges = (await listMyPledges()) ?? []
  } catch (error) {
    console.error("[commons] pledges failed:", describe(error))
    failed = kindOf(error)
  }
  const n = (v: number) => formatNumber(v, locale)

  return (
    <div className="container section">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="pledges-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : pledges.length === 0 ? (
        <div className="empty-state" data-testid="no-pledges">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
          <Link href={`/${locale}/pools`} className="button button-secondary">
            {t("browse")}
          </Link>
        </div>
      ) : (
        <ul className="booking-list" data-testid="pledge-list">
          {pledges.map((p) => {
            const status = (PLEDGE_STATUSES as readonly string[]).includes(p.status) ? p.status : null
            const outcome = poolOutcome(p.pool)
            const currency = p.pool.currency_code || "inr"
            const money = (v: number) => formatMoney(v, currency, locale)
            const b = p.breakdown
            return (
              <li
                key={p.id}
                className="card booking-card"
                data-testid="pledge-row"
                data-pledge-id={p.id}
                data-status={p.status}
                data-pool={p.pool.handle}
              >
                <div className="booking-head">
                  <h2>
                    <Link href={`/${locale}/pools/${encodeURIComponent(p.pool.handle)}`}>{p.pool.title}</Link>
                  </h2>
                  {status ? (
                    <span className={`pill pill-pledge-${status}`} data-testid="pledge-status">
                      {t(`status.${status}`)}
                    </span>
                  ) : null}
                </div>
                <p data-testid="pledge-quantities">
                  {t("quantities", { quantity: n(p.quantity), flex: n(p.flex_quantity) })} ({p.pool.unit})
                </p>
                <p>
                  <span className={`pill pill-pool-${outcome}`} data-testid="pledge-outcome" data-outcome={outcome}>
                    {tPools(`outcome.${outcome}`)}
                  </span>
                </p>
                {p.status === "active" && p.authorized_amount !== null ? (
                  <p className="muted">{t("held", { amount: money(Number(p.authorized_amount)) })}</p>
                ) : null}
                {b ? (
                  <div data-testid="pledge-breakdown">
                    <h3>{t("breakdownTitle")}</h3>
                    <dl className="pool-costs">
                      <div>
                        <dt>{t("units")}</dt>
                        <dd data-testid="breakdown-units">
                          {n(b.units)}
                          {b.flex_used > 0 ? ` (${t("flexUsed", { count: n(b.flex_used) })})` : null}
                        </dd>
                      </div>
                      <div>
                        <dt>{t("unitPrice")}</dt>
                        <dd data-testid="breakdown-unit-price">{money(b.unit_price)}</dd>
                      </div>
                      <div>
                        <dt>{t("goods")}</dt>
                        <dd>{money(b.goods)}</dd>
                      </div>
                      <div>
                        <dt>{t("freightHandling")}</dt>
                        <dd>{money(b.freight_and_handling)}</dd>
                      </div>
                      <div className="pool-costs-total">
                        <dt>{t("total")}</dt>
                        <dd data-testid="breakdown-total" data-amount={b.total}>
                          {money(b.total)}
                        </dd>
                      </div>
                    </dl>
                  </div>
                ) : null}
                <p className="actions-row actions-start">
                  {p.order ? (
                    <Link
                      href={`/${locale}/order/${p.order.id}/confirmed`}
                      className="button button-secondary"
                      data-testid="pledge-order-link"
                    >
                      {t("order", { number: p.order.display_id })}
                    </Link>
                  ) : null}
                  <Link href={`/${locale}/pools/${encodeURIComponent(p.pool.handle)}`} className="text-link">
                    {t("viewPool")}
                  </Link>
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
