import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import {
  courseTitle,
  courseTitleLang,
  languageName,
  progressPercent,
  tidyCode,
  workshopWhen,
  type Course,
  type Workshop,
} from "@/lib/courses"
import { formatNumber, numberLocale } from "@/lib/money"

/** A craft code in the UI language ("leather" → "चमड़ा"), or the code tidied when the messages lack it. */
export async function craftName(code: string, locale: AppLocale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "School" })
  const key = `crafts.${code}` as "crafts.leather"
  return t.has(key) ? t(key) : tidyCode(code)
}

/** "Hindi, Marathi" in the UI language. */
export function languageList(codes: string[], locale: AppLocale): string {
  return codes.map((c) => languageName(c, locale)).join(", ")
}

/** The course title in the reader's language, marked `lang="en"` when it falls back to English. */
export function CourseTitle({ course, locale }: { course: Pick<Course, "title" | "title_i18n">; locale: AppLocale }) {
  return <span lang={courseTitleLang(course, locale)}>{courseTitle(course, locale)}</span>
}

/** A course in the catalogue: title, teacher, craft, level, languages, lessons, free or paid. */
export async function CourseCard({ course, locale }: { course: Course; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "School" })
  const href = `/${locale}/courses/${encodeURIComponent(course.handle)}`
  return (
    <li className="card course-card" data-testid="course-card" data-handle={course.handle}>
      <div className="booking-head">
        <h3>
          <Link href={href} data-testid="course-link">
            <CourseTitle course={course} locale={locale} />
          </Link>
        </h3>
        <span
          className={`pill ${course.is_free ? "pill-course-free" : "pill-neutral"}`}
          data-testid="course-price-kind"
        >
          {course.is_free ? t("free") : t("paid")}
        </span>
      </div>
      <p className="muted">{t("byTeacher", { name: course.teacher.name })}</p>
      {course.summary ? <p>{course.summary}</p> : null}
      <p className="course-facts">
        <span>{await craftName(course.craft, locale)}</span> · <span>{t(`level.${course.level}`)}</span> ·{" "}
        <span>{languageList(course.languages, locale)}</span>
        {typeof course.lesson_count === "number" ? (
          <>
            {" "}
            · <span>{t("lessonCount", { count: course.lesson_count })}</span>
          </>
        ) : null}
      </p>
    </li>
  )
}

/** Lessons done as a bar with "2 of 5 lessons done". */
export async function CourseProgress({ done, total, locale }: { done: number; total: number; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "School" })
  const percent = progressPercent(done, total)
  const label = t("progress", { done: formatNumber(done, locale), total: formatNumber(total, locale) })
  return (
    <div className="course-progress" data-testid="course-progress" data-done={done} data-total={total}>
      <p>
        <strong>{label}</strong> <span className="muted">· {formatNumber(percent, locale)}%</span>
      </p>
      <div
        className="meter"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
      >
        <span className={`meter-fill${percent >= 100 ? " meter-ok" : ""}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}

/** A workshop's when, where (online or a place), language and seats left. */
export async function WorkshopFacts({ workshop, locale }: { workshop: Workshop; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "School" })
  return (
    <>
      <p>
        <strong data-testid="workshop-when">{workshopWhen(workshop, numberLocale(locale))}</strong>
      </p>
      <p className="muted">
        {workshop.mode === "online" ? t("workshops.online") : t("workshops.place", { place: workshop.place ?? "" })} ·{" "}
        {languageName(workshop.language, locale)}
      </p>
      <p data-testid="workshop-seats" data-seats-left={workshop.seats_left}>
        {workshop.seats_left > 0
          ? t("workshops.seatsLeft", { count: workshop.seats_left, left: formatNumber(workshop.seats_left, locale) })
          : t("workshops.full")}
      </p>
    </>
  )
}
