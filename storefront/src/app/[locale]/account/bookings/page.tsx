import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CheckInQr } from "@/components/CheckInQr"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { loginHref } from "@/lib/actions/helpers"
import { cancelBooking } from "@/lib/actions/bookings"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf } from "@/lib/data/errors"
import { listBookings } from "@/lib/data/tool-houses"
import { formatMoney, numberLocale } from "@/lib/money"
import { BOOKING_STATUSES, canCancel, formatBookingTime, type Booking } from "@/lib/tool-houses"
import { failureNotice } from "@/lib/failure-text"
import { oneOf } from "@/lib/query"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

const ERRORS = ["cancel", "not_cancellable", "payment_pending"] as const

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Bookings" })
  return { title: t("title"), robots: { index: false } }
}

export default async function BookingsPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/account/bookings`
  const [customer, query, t, tAccount] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "Bookings" }),
    getTranslations({ locale, namespace: "Account" }),
  ])
  if (!customer) redirect(loginHref(locale, page))

  let bookings: Booking[] = []
  let failed: FailureKind | null = null
  try {
    bookings = await listBookings()
  } catch (error) {
    console.error("[bookings] list failed:", describe(error))
    failed = kindOf(error)
  }
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const cancelledId = typeof query.cancelled === "string" ? query.cancelled : null
  const nl = numberLocale(locale)
  const when = (b: Booking) =>
    formatBookingTime(b.starts_at, b.ends_at, b.unit?.tool_house?.timezone || "Asia/Kolkata", nl)

  return (
    <div className="container section">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="bookings-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="cancel-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}
      {cancelledId ? (
        <p className="notice" role="status" data-testid="cancelled-notice">
          {t("cancelled")}
        </p>
      ) : null}
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : bookings.length === 0 ? (
        <div className="empty-state" data-testid="no-bookings">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
          <Link href={`/${locale}/tool-houses`} className="button button-secondary">
            {t("browse")}
          </Link>
        </div>
      ) : (
        <ul className="booking-list" data-testid="booking-list">
          {bookings.map((b) => {
            const status = (BOOKING_STATUSES as readonly string[]).includes(b.status) ? b.status : null
            const name = [b.unit?.name, b.unit?.tool_house?.name].filter(Boolean).join(", ")
            const currency = b.currency_code || "inr"
            return (
              <li
                key={b.id}
                className="card booking-card"
                data-testid="booking-row"
                data-booking-id={b.id}
                data-status={b.status}
              >
                <div className="booking-head">
                  <h2>{name}</h2>
                  {status ? (
                    <span className={`pill pill-${status}`} data-testid="booking-status">
                      {t(`status.${status}`)}
                    </span>
                  ) : null}
                </div>
                <p data-testid="booking-time">{when(b)}</p>
                {typeof b.amount === "number" ? (
                  <p>
                    {t("amount")}: <strong>{formatMoney(b.amount, currency, locale)}</strong>
                  </p>
                ) : null}
                {b.status === "cancelled" && typeof b.refund_amount === "number" ? (
                  <p data-testid="booking-refund">
                    {t("refund", { amount: formatMoney(b.refund_amount, currency, locale) })}
                  </p>
                ) : null}
                {b.check_in_code && (b.status === "confirmed" || b.status === "checked_in") ? (
                  <div className="check-in">
                    {b.status === "confirmed" ? (
                      <CheckInQr code={b.check_in_code} label={t("checkInQr", { code: b.check_in_code })} />
                    ) : null}
                    <div>
                      <p className="muted">{t("checkInCode")}</p>
                      <p className="check-in-code" data-testid="check-in-code">
                        {b.check_in_code}
                      </p>
                      <p className="hint">{t(b.status === "confirmed" ? "checkInQrHint" : "checkInHint")}</p>
                    </div>
                  </div>
                ) : null}
                {b.status === "held" ? (
                  <p>
                    <Link href={`/${locale}/cart`} className="text-link">
                      {t("payHeld")}
                    </Link>
                  </p>
                ) : null}
                {canCancel(b.status) ? (
                  <form action={cancelBooking}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="booking_id" value={b.id} />
                    <p className="hint">{t("cancelHint")}</p>
                    <SubmitButton
                      className="button button-secondary"
                      aria-label={t("cancelLabel", { name })}
                      data-testid="cancel-booking"
                    >
                      {t("cancel")}
                    </SubmitButton>
                  </form>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
