import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CourseProgress, CourseTitle, WorkshopFacts } from "@/components/school/CourseParts"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { cancelWorkshopSeat } from "@/lib/actions/courses"
import { loginHref } from "@/lib/actions/helpers"
import { canCancelSeat, type MyEnrolment, type MySeat } from "@/lib/courses"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyEnrolments, listMySeats } from "@/lib/data/courses"
import { describe, kindOf } from "@/lib/data/errors"
import { numberLocale } from "@/lib/money"
import { oneOf } from "@/lib/query"
import { failureNotice } from "@/lib/failure-text"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["certificate", "cancel", "not_cancellable"] as const
const SEAT = ["confirmed", "cancelled"] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "School" })
  return { title: t("mine.title"), robots: { index: false } }
}

/** My courses (progress, continue, certificate PDF) and my workshop seats (the link for confirmed online ones, cancel). */
export default async function MyCoursesPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/account/courses`
  const [customer, query, t, tAccount] = await Promise.all([
    retrieveCustomer(),
    searchParams,
    getTranslations({ locale, namespace: "School" }),
    getTranslations({ locale, namespace: "Account" }),
  ])
  if (!customer) redirect(loginHref(locale, page))

  let enrolments: MyEnrolment[] = []
  let seats: MySeat[] = []
  let failed: FailureKind | null = null
  try {
    ;[enrolments, seats] = await Promise.all([
      listMyEnrolments().then((e) => e ?? []),
      listMySeats().then((s) => s ?? []),
    ])
  } catch (error) {
    console.error("[school] my courses failed:", describe(error))
    failed = kindOf(error)
  }
  const error = oneOf(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const seat = oneOf(query.seat, SEAT)
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })

  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="my-courses-title">{t("mine.title")}</h1>
        <p className="lead">{t("mine.intro")}</p>
      </header>

      {error || failure ? (
        <p
          className="notice notice-error"
          role="alert"
          data-testid="my-courses-error"
          data-error={failure?.kind ?? error}
        >
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}
      {seat ? (
        <p className="notice notice-success" role="status" data-testid="seat-saved" data-saved={seat}>
          {t(`seatSaved.${seat}`)}
        </p>
      ) : null}
      {failed ? <LoadFailure kind={failed}>{t("loadError")}</LoadFailure> : null}

      <section aria-labelledby="my-courses-list">
        <h2 id="my-courses-list" className="visually-hidden">
          {t("mine.title")}
        </h2>
        {enrolments.length ? (
          <ul className="pool-list" data-testid="my-courses">
            {enrolments.map((e) => {
              const course = e.course
              const href = course ? `/${locale}/courses/${encodeURIComponent(course.handle)}` : null
              return (
                <li
                  key={e.id}
                  className="card"
                  data-testid="my-course"
                  data-enrolment-id={e.id}
                  data-handle={course?.handle ?? ""}
                  data-completed={e.completed_at ? "1" : "0"}
                >
                  <h3>
                    {course && href ? (
                      <Link href={href}>
                        <CourseTitle course={course} locale={locale} />
                      </Link>
                    ) : (
                      t("mine.retired")
                    )}
                  </h3>
                  {course ? <p className="muted">{t("byTeacher", { name: course.teacher.name })}</p> : null}
                  <CourseProgress done={e.lessons_done} total={e.lessons_total} locale={locale} />
                  {e.certificate ? (
                    <div data-testid="my-certificate">
                      <p>
                        {t("certificate.issuedOn", { date: date.format(new Date(e.certificate.issued_at)) })} ·{" "}
                        {t("certificate.code")}:{" "}
                        <strong className="certificate-code" data-testid="certificate-code">
                          {e.certificate.code}
                        </strong>
                      </p>
                      <p className="actions-row actions-start">
                        <a
                          href={`/api/enrolments/${encodeURIComponent(e.id)}/certificate?locale=${locale}`}
                          className="button"
                          data-testid="certificate-download"
                        >
                          {t("certificate.download")}
                        </a>
                        <Link
                          href={`/${locale}/certificates/${e.certificate.code}`}
                          className="button button-secondary"
                        >
                          {t("certificate.verify")}
                        </Link>
                      </p>
                    </div>
                  ) : href ? (
                    <Link href={href} className="button button-block" data-testid="my-course-continue">
                      {e.lessons_done > 0 ? t("continue") : t("start")}
                    </Link>
                  ) : null}
                </li>
              )
            })}
          </ul>
        ) : !failed ? (
          <div className="empty-state" data-testid="no-courses">
            <p>
              <strong>{t("mine.emptyTitle")}</strong>
            </p>
            <p>{t("mine.emptyBody")}</p>
            <Link href={`/${locale}/courses`} className="button button-secondary">
              {t("mine.browse")}
            </Link>
          </div>
        ) : null}
      </section>

      <section id="seats" aria-labelledby="seats-title" data-testid="my-seats">
        <h2 id="seats-title">{t("mine.seatsTitle")}</h2>
        {seats.length ? (
          <ul className="pool-list">
            {seats.map((s) => (
              <li key={s.id} className="card" data-testid="my-seat" data-seat-id={s.id} data-status={s.status}>
                <div className="booking-head">
                  <h3>
                    <CourseTitle course={s.workshop.course} locale={locale} />
                  </h3>
                  <span
                    className={`pill ${s.status === "confirmed" ? "pill-course-free" : "pill-neutral"}`}
                    data-testid="seat-status"
                  >
                    {t(`seatStatus.${s.status}`)}
                  </span>
                </div>
                {s.workshop.title ? <p>{s.workshop.title}</p> : null}
                <WorkshopFacts workshop={s.workshop} locale={locale} />
                {s.status === "held" ? <p className="hint">{t("mine.heldNote")}</p> : null}
                {s.status === "confirmed" && s.workshop.mode === "online" && s.workshop.online_url ? (
                  <p>
                    <a
                      href={s.workshop.online_url}
                      className="button"
                      rel="noopener noreferrer"
                      target="_blank"
                      data-testid="seat-online-link"
                    >
                      {t("mine.join")}
                    </a>
                  </p>
                ) : null}
                {canCancelSeat(s) ? (
                  <form action={cancelWorkshopSeat}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="seat_id" value={s.id} />
                    <SubmitButton className="button button-secondary" data-testid="cancel-seat">
                      {t("mine.cancelSeat")}
                    </SubmitButton>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted" data-testid="no-seats">
            {t("mine.noSeats")}{" "}
            <Link href={`/${locale}/workshops`} className="text-link">
              {t("workshops.link")}
            </Link>
          </p>
        )}
      </section>
    </div>
  )
}
