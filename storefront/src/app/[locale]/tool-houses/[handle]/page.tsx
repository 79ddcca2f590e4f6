import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { StoragePicker } from "@/components/makerspace/StoragePicker"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { loginHref, withQuery } from "@/lib/actions/helpers"
import { bookSlot, type BookingError } from "@/lib/actions/bookings"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe, kindOf, titleData } from "@/lib/data/errors"
import { failureNotice } from "@/lib/failure-text"
import { getAvailability, getToolHouse } from "@/lib/data/tool-houses"
import { numberLocale } from "@/lib/money"
import {
  bookableDays,
  DURATIONS,
  groupUnits,
  isAllDay,
  localizedDescription,
  pickDate,
  pickDuration,
  WEEKDAYS,
  type Availability,
  type Slot,
} from "@/lib/tool-houses"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS: readonly BookingError[] = ["slot_taken", "rule", "qualification", "failed"]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  const house = await titleData(getToolHouse(handle))
  const t = await getTranslations({ locale, namespace: "ToolHouses" })
  return { title: house?.name ?? t("title") }
}

export default async function ToolHousePage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [house, query, customer, t] = await Promise.all([
    getToolHouse(handle),
    searchParams,
    retrieveCustomer(),
    getTranslations({ locale, namespace: "ToolHouses" }),
  ])
  // Only a real 404 is "not found": any other failure was thrown to error.tsx ("can't reach the workshop").
  if (!house) notFound()
  const failure = await failureNotice(locale, query)

  const zone = house.timezone || "Asia/Kolkata"
  const days = bookableDays(new Date(), zone)
  const date = pickDate(query.date, days)
  const duration = pickDuration(query.duration)
  const base = `/${locale}/tool-houses/${encodeURIComponent(house.handle)}`
  const here = withQuery(base, { date, duration: String(duration) })
  const error = ERRORS.find((e) => e === query.error) ?? null
  // Errors of the storage form come back marked, and show in its section.
  const storageError = query.for === "storage" ? error : null
  const bookError = query.for === "storage" ? null : error
  const hasStorage = house.units.some((u) => u.kind === "storage_bay")

  let benches: Availability | null = null
  let machines: Availability | null = null
  let failed: FailureKind | null = null
  try {
    const q = { from: date, days: 1, duration }
    const hasBench = house.units.some((u) => u.kind === "bench")
    const hasMachine = house.units.some((u) => u.kind === "machine")
    ;[benches, machines] = await Promise.all([
      hasBench ? getAvailability(house.id, { ...q, kind: "bench" }) : null,
      hasMachine ? getAvailability(house.id, { ...q, kind: "machine" }) : null,
    ])
  } catch (err) {
    console.error("[tool-houses] availability failed:", describe(err))
    failed = kindOf(err)
  }

  const description = localizedDescription(house.description, locale)
  const nl = numberLocale(locale)
  const timeFmt = new Intl.DateTimeFormat(nl, { timeZone: zone, hour: "numeric", minute: "2-digit" })
  const wallFmt = new Intl.DateTimeFormat(nl, { timeZone: "UTC", hour: "numeric", minute: "2-digit" })
  const dayFmt = new Intl.DateTimeFormat(nl, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" })
  const hm = (s: string) => {
    const [h = 0, m = 0] = s.split(":").map(Number)
    return wallFmt.format(Date.UTC(2020, 0, 1, h, m))
  }
  const qualified = new Set(house.units.filter((u) => u.required_qualification_id).map((u) => u.id))

  const slotForm = (slot: Slot, fields: Record<string, string>, name: string, testId: string, extra?: string) => (
    <li key={slot.starts_at}>
      <form action={bookSlot}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="return_to" value={here} />
        {Object.entries(fields).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <input type="hidden" name="starts_at" value={slot.starts_at} />
        <input type="hidden" name="ends_at" value={slot.ends_at} />
        <SubmitButton
          className="slot-button"
          aria-label={t("bookAt", { name, time: timeFmt.format(new Date(slot.starts_at)) })}
          data-testid={testId}
        >
          <span>{timeFmt.format(new Date(slot.starts_at))}</span>
          {extra ? <small>{extra}</small> : null}
        </SubmitButton>
      </form>
    </li>
  )

  return (
    <div className="container section">
      <p>
        <Link href={`/${locale}/tool-houses`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="tool-house-name">{house.name}</h1>
        {house.area || house.address_landmark ? (
          <p className="muted">{[house.area, house.address_landmark].filter(Boolean).join(" · ")}</p>
        ) : null}
        {description ? (
          <p className="lead" lang={description.lang === locale ? undefined : description.lang}>
            {description.text}
          </p>
        ) : null}
        {hasStorage ? (
          <p>
            <a href="#storage" className="text-link">
              {t("storage.jump")}
            </a>
          </p>
        ) : null}
      </header>

      <section className="section-tight" aria-labelledby="book-title">
        <h2 id="book-title">{t("bookTitle")}</h2>
        {bookError || failure ? (
          <p
            className="notice notice-error"
            role="alert"
            data-testid="booking-error"
            data-error={failure?.kind ?? bookError}
          >
            {failure ? failure.text : t(`errors.${bookError!}`)}
          </p>
        ) : null}
        {!customer ? (
          <p className="notice" data-testid="sign-in-to-book">
            {t("signInHint")}{" "}
            <Link href={loginHref(locale, here)} className="text-link">
              {t("signInToBook")}
            </Link>
          </p>
        ) : null}

        <h3 className="picker-label">{t("day")}</h3>
        <ul className="day-picker" data-testid="day-picker">
          {days.map((d, i) => (
            <li key={d}>
              <Link
                href={withQuery(base, { date: d, duration: String(duration) })}
                className="day-button"
                aria-current={d === date ? "date" : undefined}
                data-testid="day-button"
                data-date={d}
              >
                {i === 0 ? t("today") : dayFmt.format(new Date(`${d}T12:00:00Z`))}
              </Link>
            </li>
          ))}
        </ul>

        <h3 className="picker-label">{t("duration")}</h3>
        <ul className="day-picker" data-testid="duration-picker">
          {DURATIONS.map((m) => (
            <li key={m}>
              <Link
                href={withQuery(base, { date, duration: String(m) })}
                className="day-button"
                aria-current={m === duration ? "true" : undefined}
                data-testid="duration-button"
                data-duration={m}
              >
                {t("hours", { count: m / 60 })}
              </Link>
            </li>
          ))}
        </ul>
        <p className="hint">{t("timesIn", { zone })}</p>

        {failed ? <LoadFailure kind={failed}>{t("loadError")}</LoadFailure> : null}

        {benches ? (
          <div className="slot-group" data-testid="slots-any-bench">
            <h3>{t("anyBench")}</h3>
            {benches.any.length ? (
              <ul className="slot-grid">
                {benches.any.map((s) =>
                  slotForm(
                    s,
                    { tool_house_id: house.id, kind: "bench" },
                    t("anyBench"),
                    "slot-any-bench",
                    t("freeUnits", { count: s.free_units })
                  )
                )}
              </ul>
            ) : (
              <p className="muted" data-testid="no-slots">
                {t("noSlots")}
              </p>
            )}
          </div>
        ) : null}

        {machines?.units.map((u) => (
          <div key={u.unit_id} className="slot-group" data-testid="slots-machine" data-unit-id={u.unit_id}>
            <h3>
              {u.name}
              {qualified.has(u.unit_id) ? <span className="pill"> {t("needsQualification")}</span> : null}
            </h3>
            {u.slots.length ? (
              <ul className="slot-grid">
                {u.slots.map((s) => slotForm(s, { unit_id: u.unit_id }, u.name, "slot-machine"))}
              </ul>
            ) : (
              <p className="muted">{t("noSlots")}</p>
            )}
          </div>
        ))}
      </section>

      {hasStorage ? (
        <StoragePicker
          locale={locale}
          house={house}
          base={base}
          keep={{ date, duration: String(duration) }}
          query={query}
          error={storageError}
        />
      ) : null}

      <div className="tool-house-info">
        <section className="card" aria-labelledby="hours-title">
          <h2 id="hours-title">{t("openingHours")}</h2>
          <dl className="opening-hours" data-testid="opening-hours">
            {WEEKDAYS.map((d) => {
              const ranges = house.opening_hours?.[d] ?? []
              return (
                <div key={d}>
                  <dt>{t(`weekdays.${d}`)}</dt>
                  <dd>
                    {isAllDay(ranges)
                      ? t("openAllDay")
                      : ranges.length
                        ? ranges.map(([a, b]) => `${hm(a)}–${hm(b)}`).join(", ")
                        : t("closed")}
                  </dd>
                </div>
              )
            })}
          </dl>
        </section>

        <section className="card" aria-labelledby="units-title">
          <h2 id="units-title">{t("units")}</h2>
          {groupUnits(house.units).map((g) => (
            <div key={g.kind} data-testid={`units-${g.kind}`}>
              <h3>{t(`kinds.${g.kind}`)}</h3>
              <ul className="unit-list">
                {g.units.map((u) => (
                  <li key={u.id}>
                    {u.name}
                    {u.required_qualification_id ? <span className="pill">{t("needsQualification")}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
    </div>
  )
}
