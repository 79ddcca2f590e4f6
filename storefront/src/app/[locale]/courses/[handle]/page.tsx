import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CourseProgress, CourseTitle, craftName, languageList } from "@/components/school/CourseParts"
import { WorkshopCard } from "@/components/school/WorkshopCard"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { addCourseToCart, joinFreeCourse } from "@/lib/actions/courses"
import { loginHref } from "@/lib/actions/helpers"
import { canOpenLesson, courseTitle, nextLesson, paragraphs, seatError, sortLessons } from "@/lib/courses"
import { getCourse, getCourseProduct } from "@/lib/data/courses"
import { retrieveCustomer } from "@/lib/data/customer"
import { getCurrentRegion } from "@/lib/data/regions"
import { formatMoney, formatNumber } from "@/lib/money"
import { titleData } from "@/lib/data/errors"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["cart", "join", "file"] as const
const one = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  const found = await titleData(getCourse(handle))
  const t = await getTranslations({ locale, namespace: "School" })
  return {
    title: found ? courseTitle(found.course, locale) : t("title"),
    description: found?.course.summary ?? undefined,
  }
}

/**
 * A course: teacher, languages, level, what it teaches, its lessons (preview ones open for anyone), its
 * upcoming workshops; "Add to cart" (paid, signed in), "Join free", or the learner's progress and
 * "Continue learning" with the certificate once every lesson is done.
 */
export default async function CoursePage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [found, query, t, customer, region] = await Promise.all([
    getCourse(handle),
    searchParams,
    getTranslations({ locale, namespace: "School" }),
    retrieveCustomer(),
    getCurrentRegion(),
  ])
  if (!found) notFound()
  const { course, enrolment } = found
  const page = `/${locale}/courses/${encodeURIComponent(course.handle)}`
  const lessons = sortLessons(course.lessons)
  const enrolled = Boolean(enrolment)
  const completed = new Set(enrolment?.lessons_completed ?? [])
  const next = enrolment ? nextLesson(lessons, enrolment.lessons_completed) : null
  const firstPreview = lessons.find((l) => l.is_preview) ?? null
  const learn = (id: string) => `${page}/learn/${encodeURIComponent(id)}`
  const error = one(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  // The workshop's own answers (seats gone, already seated), or the kind of a failure (unavailable, wait…).
  const seatFailure = await failureNotice(locale, query, "seat_error")
  const seatErr = !seatFailure && typeof query.seat_error === "string" ? seatError(409, query.seat_error) : null
  const seatErrFor = typeof query.workshop === "string" ? query.workshop : null

  // A paid course's price comes from its Medusa product, in the shopper's region (like product pages).
  let price: string | null = null
  if (!course.is_free && course.product_id) {
    const product = await getCourseProduct(course.product_id, region?.id)
    const variant = product?.variants?.find((v) => v.id === course.variant_id) ?? product?.variants?.[0]
    const cp = variant?.calculated_price
    if (typeof cp?.calculated_amount === "number" && cp.currency_code)
      price = formatMoney(cp.calculated_amount, cp.currency_code, locale)
  }
  const done =
    enrolment?.completed_at ||
    (enrolment && enrolment.lessons_total > 0 && enrolment.lessons_done >= enrolment.lessons_total)

  return (
    <div className="container section course-page">
      <p>
        <Link href={`/${locale}/courses`} className="text-link">
          ← {t("back")}
        </Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">
          {await craftName(course.craft, locale)} · {t(`level.${course.level}`)}
        </p>
        <h1 data-testid="course-title">
          <CourseTitle course={course} locale={locale} />
        </h1>
        {course.summary ? <p className="lead">{course.summary}</p> : null}
        <p className="muted" data-testid="course-teacher">
          {t("byTeacher", { name: course.teacher.name })} ·{" "}
          {t("taughtIn", { languages: languageList(course.languages, locale) })}
        </p>
      </header>

      {query.joined === "1" ? (
        <p className="notice notice-success" role="status" data-testid="course-joined">
          {t("joined")}
        </p>
      ) : null}
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="course-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}

      <section className="card course-action" aria-labelledby="course-action-title" data-testid="course-action">
        <h2 id="course-action-title">
          {enrolled ? t("yourProgress") : course.is_free ? t("freeTitle") : t("buyTitle")}
        </h2>
        {enrolment ? (
          <>
            <CourseProgress done={enrolment.lessons_done} total={enrolment.lessons_total} locale={locale} />
            {done && enrolment.certificate_code ? (
              <div className="notice notice-success" data-testid="course-certificate">
                <p>
                  <strong>{t("certificate.earned")}</strong>
                </p>
                <p>
                  {t("certificate.code")}:{" "}
                  <strong className="certificate-code" data-testid="certificate-code">
                    {enrolment.certificate_code}
                  </strong>
                </p>
                <p className="actions-row actions-start">
                  <a
                    href={`/api/enrolments/${encodeURIComponent(enrolment.id)}/certificate?locale=${locale}`}
                    className="button"
                    data-testid="certificate-download"
                  >
                    {t("certificate.download")}
                  </a>
                  <Link
                    href={`/${locale}/certificates/${enrolment.certificate_code}`}
                    className="button button-secondary"
                    data-testid="certificate-verify-link"
                  >
                    {t("certificate.verify")}
                  </Link>
                </p>
              </div>
            ) : null}
            {next ? (
              <Link href={learn(next.id)} className="button button-block" data-testid="continue-learning">
                {enrolment.lessons_done > 0 ? t("continue") : t("start")}
              </Link>
            ) : null}
          </>
        ) : course.is_free ? (
          customer ? (
            <form action={joinFreeCourse}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="handle" value={course.handle} />
              <input type="hidden" name="course_id" value={course.id} />
              <p className="hint">{t("freeNote")}</p>
              <SubmitButton className="button button-block" pendingLabel={t("saving")} data-testid="join-free">
                {t("joinFree")}
              </SubmitButton>
            </form>
          ) : (
            <>
              <p className="hint">{t("signInToJoin")}</p>
              <Link href={loginHref(locale, page)} className="button button-block" data-testid="course-sign-in">
                {t("signIn")}
              </Link>
            </>
          )
        ) : (
          <>
            <p className="course-price" data-testid="course-price">
              {price ?? t("noPrice")}
            </p>
            <p className="hint">{t("lifetime")}</p>
            {!customer ? (
              <>
                <p className="hint">{t("signInToBuy")}</p>
                <Link href={loginHref(locale, page)} className="button button-block" data-testid="course-sign-in">
                  {t("signIn")}
                </Link>
              </>
            ) : course.variant_id && price ? (
              <form action={addCourseToCart}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="handle" value={course.handle} />
                <input type="hidden" name="variant_id" value={course.variant_id} />
                <SubmitButton
                  className="button button-block"
                  pendingLabel={t("saving")}
                  data-testid="course-add-to-cart"
                >
                  {t("addToCart")}
                </SubmitButton>
              </form>
            ) : (
              <p className="muted">{t("notForSale")}</p>
            )}
          </>
        )}
        {!enrolled && firstPreview ? (
          <p>
            <Link href={learn(firstPreview.id)} className="text-link" data-testid="try-preview">
              {t("tryPreview")} →
            </Link>
          </p>
        ) : null}
      </section>

      {course.description ? (
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t("about")}</h2>
          {paragraphs(course.description).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ) : null}

      <section className="card" aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t("lessonsTitle", { count: lessons.length })}</h2>
        {lessons.length ? (
          <ol className="lesson-list" data-testid="lesson-list">
            {lessons.map((l, i) => {
              const open = canOpenLesson(l, enrolled)
              return (
                <li
                  key={l.id}
                  className="lesson-row"
                  data-testid="lesson-row"
                  data-lesson-id={l.id}
                  data-preview={l.is_preview ? "1" : "0"}
                  data-done={completed.has(l.id) ? "1" : "0"}
                >
                  <span className="lesson-number" aria-hidden="true">
                    {completed.has(l.id) ? "✓" : formatNumber(i + 1, locale)}
                  </span>
                  <span className="lesson-main">
                    {open ? (
                      <Link href={learn(l.id)} data-testid="lesson-link">
                        {l.title}
                      </Link>
                    ) : (
                      <span>{l.title}</span>
                    )}
                    <span className="muted">
                      {" "}
                      {t(`kind.${l.kind}`)}
                      {l.duration_minutes
                        ? ` · ${t("minutes", { count: l.duration_minutes, minutes: formatNumber(l.duration_minutes, locale) })}`
                        : null}
                      {completed.has(l.id) ? ` · ${t("lessonDone")}` : null}
                    </span>
                  </span>
                  {l.is_preview && !enrolled ? (
                    <span className="pill pill-course-free" data-testid="preview-badge">
                      {t("preview")}
                    </span>
                  ) : !open ? (
                    <span className="pill pill-neutral">{t("locked")}</span>
                  ) : null}
                </li>
              )
            })}
          </ol>
        ) : (
          <p className="muted">{t("noLessons")}</p>
        )}
      </section>

      {course.teacher.bio ? (
        <section className="card" aria-labelledby="teacher-title">
          <h2 id="teacher-title">{t("teacherTitle", { name: course.teacher.name })}</h2>
          {paragraphs(course.teacher.bio).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ) : null}

      <section className="course-workshops" aria-labelledby="course-workshops-title" data-testid="course-workshops">
        <h2 id="course-workshops-title">{t("workshops.upcoming")}</h2>
        {course.sessions.length ? (
          <ul className="pool-list">
            {course.sessions.map((w) => (
              <WorkshopCard
                key={w.id}
                workshop={{ ...w, course }}
                locale={locale}
                returnTo={page}
                signedIn={Boolean(customer)}
                error={seatErrFor === w.id ? seatErr : null}
                failure={seatErrFor === w.id ? seatFailure : null}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{t("workshops.noneForCourse")}</p>
        )}
      </section>
    </div>
  )
}
