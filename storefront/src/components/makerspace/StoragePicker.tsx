import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import type { AppLocale } from "@/i18n/routing"
import { withQuery } from "@/lib/actions/helpers"
import { bookSlot, type BookingError } from "@/lib/actions/bookings"
import { describe, kindOf } from "@/lib/data/errors"
import { getAvailability } from "@/lib/data/tool-houses"
import { numberLocale } from "@/lib/money"
import {
  DAY_MINUTES,
  formatBookingTime,
  freeStorageUnits,
  longestFreeStay,
  pickDate,
  pickStorageDays,
  STORAGE_MAX_DAYS,
  storageRange,
  storageStartDays,
  type Availability,
} from "@/lib/tool-houses"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  locale: AppLocale
  house: { id: string; timezone: string }
  /** The tool-house page, and the bench picker's state to keep (date, duration). */
  base: string
  keep: Record<string, string>
  query: Record<string, string | string[] | undefined>
  /** A booking error that came back from this section's form. */
  error: BookingError | null
}

/**
 * Storage bays, booked by whole days: a first day and a number of days (GET form, no JavaScript),
 * whether a bay is free for the whole stay, and booking it into the cart with the same server
 * action as the bench slots ("any storage bay", so a bay taken meanwhile falls to the next).
 */
export async function StoragePicker({ locale, house, base, keep, query, error }: Props) {
  const t = await getTranslations({ locale, namespace: "ToolHouses" })
  const zone = house.timezone || "Asia/Kolkata"
  const starts = storageStartDays(new Date(), zone)
  const from = pickDate(query.storage_from, starts)
  const days = pickStorageDays(query.storage_days)
  const state = { ...keep, storage_from: from, storage_days: String(days) }
  const here = withQuery(base, { ...state, for: "storage" })

  let availability: Availability | null = null
  let failed: FailureKind = "unavailable"
  try {
    // One request answers every start day offered and every length: one-day slots over two weeks.
    availability = await getAvailability(house.id, {
      from: starts[0]!,
      days: starts.length + STORAGE_MAX_DAYS - 1,
      duration: DAY_MINUTES,
      kind: "storage_bay",
    })
  } catch (err) {
    console.error("[tool-houses] storage availability failed:", describe(err))
    failed = kindOf(err)
  }

  const nl = numberLocale(locale)
  const dayFmt = new Intl.DateTimeFormat(nl, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" })
  const dayName = (d: string) => dayFmt.format(new Date(`${d}T12:00:00Z`))
  const daysText = (n: number) => t("storage.daysCount", { count: n })
  const range = storageRange(from, days, zone)
  const rangeText = formatBookingTime(range.starts_at, range.ends_at, zone, nl)
  const free = availability ? freeStorageUnits(availability, from, days, zone) : []
  const longest = availability ? longestFreeStay(availability, from, zone, days - 1) : 0
  const otherStarts = availability
    ? starts.filter((d) => d !== from && freeStorageUnits(availability!, d, days, zone).length)
    : []

  return (
    <section className="section-tight storage" id="storage" aria-labelledby="storage-title" data-testid="storage">
      <h2 id="storage-title">{t("storage.title")}</h2>
      <p className="muted">{t("storage.intro")}</p>
      {error ? (
        <p className="notice notice-error" role="alert" data-testid="storage-error" data-error={error}>
          {t(`errors.${error}`)}
        </p>
      ) : null}

      <form method="get" action={`${base}#storage`} className="storage-form" data-testid="storage-form">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="field">
          <label htmlFor="storage-from">{t("storage.from")}</label>
          <select id="storage-from" name="storage_from" defaultValue={from} data-testid="storage-from">
            {starts.map((d) => (
              <option key={d} value={d}>
                {dayName(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="storage-days">{t("storage.days")}</label>
          <select id="storage-days" name="storage_days" defaultValue={String(days)} data-testid="storage-days">
            {Array.from({ length: STORAGE_MAX_DAYS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {daysText(n)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary" data-testid="storage-check">
          {t("storage.check")}
        </button>
      </form>
      <p className="hint">{t("storage.hint", { zone })}</p>

      {!availability ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : free.length ? (
        <div className="storage-result" data-testid="storage-free" data-free={free.length}>
          <p role="status">{t("storage.free", { count: free.length, range: rangeText })}</p>
          <form action={bookSlot}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="return_to" value={here} />
            <input type="hidden" name="tool_house_id" value={house.id} />
            <input type="hidden" name="kind" value="storage_bay" />
            <input type="hidden" name="starts_at" value={range.starts_at} />
            <input type="hidden" name="ends_at" value={range.ends_at} />
            <SubmitButton
              className="button"
              aria-label={t("storage.bookLabel", { range: rangeText })}
              data-testid="book-storage"
            >
              {t("storage.book")}
            </SubmitButton>
          </form>
        </div>
      ) : (
        <div className="empty-state compact storage-result" data-testid="storage-none">
          <p role="status">
            <strong>{t("storage.none", { count: days, date: dayName(from) })}</strong>
          </p>
          {longest > 0 ? (
            <p>
              {t("storage.shorter", { count: longest, date: dayName(from) })}{" "}
              <Link
                href={`${withQuery(base, { ...state, storage_days: String(longest) })}#storage`}
                className="text-link"
              >
                {t("storage.tryDays", { count: longest })}
              </Link>
            </p>
          ) : null}
          {otherStarts.length ? (
            <>
              <p>{t("storage.otherStarts", { count: days })}</p>
              <ul className="day-picker">
                {otherStarts.map((d) => (
                  <li key={d}>
                    <Link
                      href={`${withQuery(base, { ...state, storage_from: d })}#storage`}
                      className="day-button"
                      data-testid="storage-start"
                    >
                      {dayName(d)}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : longest === 0 ? (
            <p>{t("storage.noneWeek")}</p>
          ) : null}
        </div>
      )}
    </section>
  )
}
