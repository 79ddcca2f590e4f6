import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { PledgeFields } from "@/components/commons/PledgeFields"
import { PoolProgress, PoolTimeLeft } from "@/components/commons/PoolProgress"
import { PoolCosts, PoolTiers } from "@/components/commons/PoolTerms"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { savePledge, withdrawPledge } from "@/lib/actions/commons"
import { loginHref } from "@/lib/actions/helpers"
import { livePledgeFor, maxPledgeCost, poolDescription, poolOutcome, type Pledge } from "@/lib/commons"
import { getPool, listMyPledges } from "@/lib/data/commons"
import { titleData } from "@/lib/data/errors"
import { formatMoney, formatNumber, numberLocale } from "@/lib/money"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = [
  "quantity",
  "flex",
  "too_many",
  "pool_full",
  "already",
  "payment",
  "closed",
  "pledge_not_live",
  "failed",
  "withdraw",
] as const
const SAVED = ["pledged", "changed", "withdrawn"] as const
const one = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const pool = await titleData(getPool(handle))
  const t = await getTranslations({ locale: toAppLocale(locale), namespace: "Pools" })
  return { title: pool?.title ?? t("title") }
}

export default async function PoolPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [pool, query, t] = await Promise.all([
    getPool(handle),
    searchParams,
    getTranslations({ locale, namespace: "Pools" }),
  ])
  if (!pool) notFound()

  // Null for guests only: a failure is thrown (the error page says so), never shown as "sign in to pledge".
  const mine: Pledge[] | null = await listMyPledges()
  const signedIn = mine !== null
  const pledge = mine ? livePledgeFor(mine, pool.id) : null
  const page = `/${locale}/pools/${encodeURIComponent(pool.handle)}`
  const outcome = poolOutcome(pool)
  const takesPledges = outcome === "open"
  const n = (v: number) => formatNumber(v, locale)
  const price = (v: number) => formatMoney(v, pool.currency_code, locale)
  const date = new Intl.DateTimeFormat(numberLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  })
  const description = poolDescription(pool, locale)
  const error = one(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const saved = one(query.saved, SAVED)
  const room = pool.progress.remaining + (pledge?.quantity ?? 0)
  const initialQuantity =
    typeof query.quantity === "string"
      ? query.quantity.slice(0, 7)
      : String(pledge?.quantity ?? Math.min(Math.max(pool.case_size, 1), Math.max(room, 1)))
  const initialFlex =
    typeof query.flex === "string" ? query.flex.slice(0, 7) : pledge?.flex_quantity ? String(pledge.flex_quantity) : ""

  return (
    <div className="container section pool-page">
      <p>
        <Link href={`/${locale}/pools`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="pool-title">{pool.title}</h1>
        <p>
          <span className={`pill pill-pool-${outcome}`} data-testid="pool-outcome" data-outcome={outcome}>
            {t(`outcome.${outcome}`)}
          </span>{" "}
          {takesPledges ? <PoolTimeLeft pool={pool} locale={locale} /> : null}
        </p>
        {description ? (
          <p className="lead" lang={description.lang === locale ? undefined : description.lang}>
            {description.text}
          </p>
        ) : null}
        <p className="muted">
          {t("closesOn", { date: date.format(new Date(pool.closes_at)) })} · {t("unitNote", { unit: pool.unit })}
        </p>
      </header>

      {saved ? (
        <p className="notice notice-success" role="status" data-testid="pledge-saved" data-saved={saved}>
          {t(`saved.${saved}`)}{" "}
          <Link href={`/${locale}/account/pledges`} className="text-link">
            {t("seePledges")}
          </Link>
        </p>
      ) : null}
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="pledge-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      {outcome === "succeeded" && pool.final_unit_price !== null ? (
        <p className="notice notice-success" data-testid="pool-final-price">
          {t("finalPrice", {
            price: price(pool.final_unit_price),
            unit: pool.unit,
            quantity: n(pool.final_quantity ?? pool.progress.pledged),
          })}
        </p>
      ) : null}

      <section className="card" aria-labelledby="progress-title">
        <h2 id="progress-title">{t("progressTitle")}</h2>
        <PoolProgress pool={pool} locale={locale} detailed />
        <p data-testid="pool-minimum">
          {pool.progress.reached_minimum
            ? t("minimumReached", { min: n(pool.min_quantity) })
            : t("minimumMissing", { min: n(pool.min_quantity), missing: n(pool.min_quantity - pool.progress.pledged) })}
        </p>
        {takesPledges ? (
          <p className="muted" data-testid="pool-remaining">
            {pool.progress.remaining > 0
              ? t("remaining", { remaining: n(pool.progress.remaining), max: n(pool.max_quantity) })
              : t("full")}
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t("tiersTitle")}</h2>
        <PoolTiers pool={pool} locale={locale} />
      </section>

      <section className="card" aria-labelledby="pickup-title">
        <h2 id="pickup-title">{t("pickupTitle")}</h2>
        <p data-testid="pool-pickup">{pool.fulfilment === "delivery" ? t("delivery") : pool.pickup_point || "—"}</p>
        {/* Shared storage is the makerspace's storage bays, booked by the day. */}
        <p>
          <Link href={`/${locale}/tool-houses`} className="text-link">
            {t("storageLink")}
          </Link>
        </p>
        <h2 id="costs-title">{t("costsTitle")}</h2>
        <PoolCosts pool={pool} locale={locale} />
      </section>

      <section className="card" aria-labelledby="pledge-title" data-testid="pledge-section">
        <h2 id="pledge-title">{pledge && takesPledges ? t("changeTitle") : t("pledgeTitle")}</h2>
        {pledge ? (
          <div
            data-testid="my-pledge"
            data-pledge-id={pledge.id}
            data-quantity={pledge.quantity}
            data-flex={pledge.flex_quantity}
          >
            <p>
              <strong>{t("yourPledge", { quantity: n(pledge.quantity) })}</strong>
              {pledge.flex_quantity > 0 ? ` ${t("yourFlex", { flex: n(pledge.flex_quantity) })}` : null}
            </p>
            {pledge.authorized_amount !== null && pledge.status === "active" ? (
              <p className="muted" data-testid="my-pledge-held">
                {t("held", { amount: price(Number(pledge.authorized_amount)) })}
              </p>
            ) : null}
          </div>
        ) : null}
        {!takesPledges ? (
          <p className="muted" data-testid="pool-closed-note">
            {t("closedNote")}{" "}
            {pledge ? (
              <Link href={`/${locale}/account/pledges`} className="text-link">
                {t("seePledges")}
              </Link>
            ) : null}
          </p>
        ) : !signedIn ? (
          <>
            <p className="hint">{t("signInHint")}</p>
            <p className="hint">
              {t("maxCost")} ({n(1)} {pool.unit}): {price(maxPledgeCost(1, 0, pool))}
            </p>
            <Link href={loginHref(locale, page)} className="button button-block" data-testid="pool-sign-in">
              {t("signIn")}
            </Link>
          </>
        ) : (
          <>
            {room > 0 ? (
              <form action={savePledge} className="pledge-form" data-testid="pledge-form">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="handle" value={pool.handle} />
                {pledge ? (
                  <>
                    <input type="hidden" name="pledge_id" value={pledge.id} />
                    <input type="hidden" name="current_quantity" value={pledge.quantity} />
                  </>
                ) : null}
                <PledgeFields
                  locale={locale}
                  terms={pool}
                  room={room}
                  initialQuantity={initialQuantity}
                  initialFlex={initialFlex}
                  labels={{
                    quantity: t("quantity", { unit: pool.unit }),
                    quantityHint: t("quantityHint"),
                    flex: t("flex"),
                    flexHint: t("flexHint"),
                    maxCost: t("maxCost"),
                    maxCostHint: t("maxCostHint"),
                  }}
                />
                <p className="hint">{t("payNote")}</p>
                <SubmitButton className="button button-block" pendingLabel={t("saving")} data-testid="pledge-submit">
                  {pledge ? t("submitChange") : t("submit")}
                </SubmitButton>
              </form>
            ) : (
              <p className="muted">{t("full")}</p>
            )}
            {pledge ? (
              <form action={withdrawPledge} className="withdraw-form">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="handle" value={pool.handle} />
                <input type="hidden" name="pledge_id" value={pledge.id} />
                <p className="hint">{t("withdrawHint")}</p>
                <SubmitButton className="button button-secondary" data-testid="pledge-withdraw">
                  {t("withdraw")}
                </SubmitButton>
              </form>
            ) : null}
          </>
        )}
      </section>
    </div>
  )
}
