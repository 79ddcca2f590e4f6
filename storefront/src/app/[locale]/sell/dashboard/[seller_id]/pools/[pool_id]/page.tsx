import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { PoolProgress, PoolTimeLeft } from "@/components/commons/PoolProgress"
import { PoolCosts, PoolTiers } from "@/components/commons/PoolTerms"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { sellerPoolAction } from "@/lib/actions/commons"
import { poolDescription } from "@/lib/commons"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { getSellerPool } from "@/lib/data/commons"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { poolActions, poolPill } from "@/lib/seller-pools"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"

type Props = ShopPageProps<{ pool_id: string }>

const DONE = ["created", "open", "cancel", "settle"] as const
const ERRORS = ["forbidden", "state", "failed"] as const
const REPORT = ["live", "captured", "capture_failed", "released", "withdrawn"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "SellerPools" })
  return { title: t("poolTitle"), robots: { index: false } }
}

/**
 * One of the shop's pools: its state and what can be done now (open a draft, cancel before the
 * decision, settle a closed pool), its progress, its terms, and the settlement report with each
 * pledge's quantities and outcome (never who pledged or how they paid).
 */
export default async function SellerPoolPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId, pool_id: poolId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId, `/pools/${poolId}`)
  const query = await searchParams
  const [t, tPools] = await Promise.all([
    getTranslations({ locale, namespace: "SellerPools" }),
    getTranslations({ locale, namespace: "Pools" }),
  ])
  const managed = await getSellerPool(sellerId, poolId)
  if (!managed) notFound()
  const { pool, pledges, report } = managed

  const can = poolActions(pool)
  const canWrite = membership.seller.status !== "suspended"
  const done = oneOf(query.done, DONE)
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const n = (v: number) => formatNumber(v, locale)
  const price = (v: number) => formatMoney(v, pool.currency_code, locale)
  const date = new Intl.DateTimeFormat(numberLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  })
  const description = poolDescription(pool, locale)
  const decided = ["succeeded", "settled", "failed"].includes(pool.status)
  const action = (intent: "open" | "cancel" | "settle", className: string) => (
    <form action={sellerPoolAction} key={intent}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="seller_id" value={sellerId} />
      <input type="hidden" name="pool_id" value={pool.id} />
      <input type="hidden" name="intent" value={intent} />
      <p className="hint">{t(`actions.${intent}Hint`)}</p>
      <SubmitButton className={className} pendingLabel={t("working")} data-testid={`pool-${intent}`}>
        {t(`actions.${intent}`)}
      </SubmitButton>
    </form>
  )

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="pools" />
      <p>
        <Link href={`${base}/pools`} className="text-link" data-testid="seller-pools-back">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header">
        <h2 data-testid="seller-pool-title">{pool.title}</h2>
        <p className="shop-pills">
          <span className={`pill ${poolPill(pool.status)}`} data-testid="seller-pool-status" data-status={pool.status}>
            {t(`status.${pool.status}`)}
          </span>
          {pool.status === "open" ? <PoolTimeLeft pool={pool} locale={locale} /> : null}
        </p>
        <p className="muted">
          {t("window", { opens: date.format(new Date(pool.opens_at)), closes: date.format(new Date(pool.closes_at)) })}
        </p>
        {description ? (
          <p lang={description.lang === locale ? undefined : description.lang}>{description.text}</p>
        ) : null}
        <p className="next-step" data-testid="seller-pool-next">
          {t(`next.${pool.status}`)}
        </p>
      </header>

      {done ? (
        <p className="notice notice-success" role="status" data-testid="seller-pool-done" data-done={done}>
          {t(`done.${done}`)}
        </p>
      ) : null}
      {error || failure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="seller-pool-error"
          data-error={failure?.kind ?? error}
        >
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      {canWrite && (can.open || can.cancel || can.settle) ? (
        <section className="card" aria-labelledby="actions-title" data-testid="seller-pool-actions">
          <h3 id="actions-title">{t("actionsTitle")}</h3>
          {can.open ? action("open", "button button-large button-block") : null}
          {can.settle ? action("settle", "button button-large button-block") : null}
          {can.cancel ? action("cancel", "button button-secondary button-block") : null}
        </section>
      ) : null}

      {pool.status !== "draft" && pool.status !== "cancelled" ? (
        <section className="card" aria-labelledby="progress-title">
          <h3 id="progress-title">{tPools("progressTitle")}</h3>
          <PoolProgress pool={pool} locale={locale} detailed />
          {decided && pool.final_unit_price !== null ? (
            <p data-testid="seller-pool-final">
              {tPools("finalPrice", {
                price: price(pool.final_unit_price),
                unit: pool.unit,
                quantity: n(pool.final_quantity ?? pool.progress.pledged),
              })}
            </p>
          ) : null}
        </section>
      ) : null}

      <section className="card" aria-labelledby="report-title" data-testid="seller-pool-report">
        <h3 id="report-title">{t("reportTitle")}</h3>
        <dl className="pool-costs">
          {REPORT.map((key) => (
            <div key={key} data-testid={`report-${key}`} data-count={report[key]}>
              <dt>{t(`report.${key}`)}</dt>
              <dd>{n(report[key])}</dd>
            </div>
          ))}
          <div data-testid="report-amount-due">
            <dt>{t("report.amount_due")}</dt>
            <dd>{price(report.amount_due)}</dd>
          </div>
          <div data-testid="report-amount-captured">
            <dt>{t("report.amount_captured")}</dt>
            <dd>{price(report.amount_captured)}</dd>
          </div>
        </dl>
        {pledges.length ? (
          <table className="tier-table" data-testid="seller-pool-pledges">
            <caption>{t("pledgesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pledge.number")}</th>
                <th scope="col">{t("pledge.quantity")}</th>
                <th scope="col">{t("pledge.status")}</th>
                <th scope="col">{t("pledge.due")}</th>
              </tr>
            </thead>
            <tbody>
              {pledges.map((p, i) => (
                <tr key={p.id} data-testid="seller-pool-pledge" data-status={p.status}>
                  <td>{n(i + 1)}</td>
                  <td>
                    {p.allocated_quantity !== null ? n(p.allocated_quantity) : n(p.quantity)}
                    {p.allocated_quantity === null && p.flex_quantity > 0
                      ? ` ${t("pledge.flex", { flex: n(p.flex_quantity) })}`
                      : null}
                  </td>
                  <td>
                    {t(`pledgeStatus.${p.status}`)}
                    {p.status === "capture_failed" && p.last_error ? (
                      <span className="muted"> · {p.last_error}</span>
                    ) : null}
                  </td>
                  <td>{p.amount_due !== null ? price(Number(p.amount_due)) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t("noPledges")}</p>
        )}
      </section>

      <section className="card" aria-labelledby="terms-title">
        <h3 id="terms-title">{tPools("tiersTitle")}</h3>
        <PoolTiers pool={pool} locale={locale} />
        <p>{t("limits", { min: n(pool.min_quantity), max: n(pool.max_quantity), unit: pool.unit })}</p>
        <h3>{tPools("pickupTitle")}</h3>
        <p>{pool.fulfilment === "delivery" ? tPools("delivery") : pool.pickup_point || "—"}</p>
        <h3>{tPools("costsTitle")}</h3>
        <PoolCosts pool={pool} locale={locale} />
      </section>

      {pool.status !== "draft" ? (
        <p>
          <Link
            href={`/${locale}/pools/${encodeURIComponent(pool.handle)}`}
            className="text-link"
            data-testid="seller-pool-public"
          >
            {t("publicLink")} →
          </Link>
        </p>
      ) : null}
    </div>
  )
}
