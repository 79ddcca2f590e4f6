import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CourseProgress, CourseTitle } from "@/components/school/CourseParts"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { completeLesson } from "@/lib/actions/courses"
import { loginHref } from "@/lib/actions/helpers"
import { canOpenLesson, courseTitle, fileSize, nextLesson, paragraphs, sortLessons, videoKind } from "@/lib/courses"
import { getCourse, getLesson } from "@/lib/data/courses"
import { formatNumber } from "@/lib/money"
import { titleData } from "@/lib/data/errors"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string; handle: string; lessonId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const ERRORS = ["complete", "file", "join"] as const
const one = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle, lessonId } = await params
  const locale = toAppLocale(raw)
  const found = await titleData(getCourse(handle))
  const lesson = found?.course.lessons.find((l) => l.id === lessonId)
  const t = await getTranslations({ locale, namespace: "School" })
  return {
    title: lesson && found ? `${lesson.title} · ${courseTitle(found.course, locale)}` : t("title"),
    robots: { index: false },
  }
}

/**
 * Learning a lesson: its text, video (a direct MP4 plays here, other links open in their app) and files
 * (downloaded through the storefront with the learner's token), the lessons with ticks, "Mark as done"
 * then the next lesson, and the certificate once the last one is done.
 */
export default async function LearnPage({ params, searchParams }: Props) {
  const { locale: raw, handle, lessonId } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const [found, query, t] = await Promise.all([
    getCourse(handle),
    searchParams,
    getTranslations({ locale, namespace: "School" }),
  ])
  if (!found) notFound()
  const { course, enrolment } = found
  const lessons = sortLessons(course.lessons)
  const index = lessons.findIndex((l) => l.id === lessonId)
  if (index < 0) notFound()
  const outline = lessons[index]!
  const coursePage = `/${locale}/courses/${encodeURIComponent(course.handle)}`
  const learn = (id: string) => `${coursePage}/learn/${encodeURIComponent(id)}`
  const here = learn(outline.id)
  const enrolled = Boolean(enrolment)
  const completed = enrolment?.lessons_completed ?? []
  const isDone = completed.includes(outline.id)
  const answer = await getLesson(course.id, outline.id)
  const lesson = "lesson" in answer ? answer.lesson : null
  const after = nextLesson(lessons, [...completed, outline.id], outline.id)
  const done = query.done === "lesson" || query.done === "course" ? query.done : null
  const error = one(query.error, ERRORS)
  const failure = await failureNotice(locale, query)
  const certificate = enrolment?.certificate_code ?? null
  const video = videoKind(lesson?.video_url)

  return (
    <div className="container section learn-page">
      <p>
        <Link href={coursePage} className="text-link" data-testid="learn-course-link">
          ← <CourseTitle course={course} locale={locale} />
        </Link>
      </p>

      {done === "lesson" && !certificate ? (
        <p className="notice notice-success" role="status" data-testid="lesson-saved">
          {t("learn.saved")}
        </p>
      ) : null}
      {error || failure ? (
        <p className="notice notice-error" role="alert" data-testid="learn-error" data-error={failure?.kind ?? error}>
          {failure ? failure.text : t(`errors.${error!}`)}
        </p>
      ) : null}
      {certificate ? (
        <section
          className="notice notice-success course-done"
          data-testid="course-complete"
          aria-labelledby="done-title"
        >
          <h2 id="done-title">{t("certificate.finished")}</h2>
          <p>
            {t("certificate.code")}:{" "}
            <strong className="certificate-code" data-testid="certificate-code">
              {certificate}
            </strong>
          </p>
          <p className="actions-row actions-start">
            <a
              href={`/api/enrolments/${encodeURIComponent(enrolment!.id)}/certificate?locale=${locale}`}
              className="button"
              data-testid="certificate-download"
            >
              {t("certificate.download")}
            </a>
            <Link
              href={`/${locale}/certificates/${certificate}`}
              className="button button-secondary"
              data-testid="certificate-verify-link"
            >
              {t("certificate.verify")}
            </Link>
          </p>
        </section>
      ) : null}

      <div className="learn-layout">
        <article
          className="card lesson-content"
          aria-labelledby="lesson-title"
          data-testid="lesson-content"
          data-lesson-id={outline.id}
        >
          <p className="eyebrow">
            {t("learn.lessonOf", {
              number: formatNumber(index + 1, locale),
              total: formatNumber(lessons.length, locale),
            })}
            {outline.is_preview && !enrolled ? ` · ${t("preview")}` : null}
          </p>
          <h1 id="lesson-title" data-testid="lesson-title">
            {outline.title}
          </h1>
          {lesson ? (
            <>
              {video === "file" ? (
                <video
                  className="lesson-video"
                  controls
                  preload="none"
                  playsInline
                  src={lesson.video_url!}
                  data-testid="lesson-video"
                >
                  <a href={lesson.video_url!}>{t("learn.watch")}</a>
                </video>
              ) : null}
              {video ? (
                <p>
                  <a
                    href={lesson.video_url!}
                    className={video === "link" ? "button button-secondary" : "text-link"}
                    rel="noopener noreferrer"
                    target="_blank"
                    data-testid="lesson-video-link"
                  >
                    {video === "link" ? t("learn.watch") : t("learn.openVideo")}
                  </a>
                </p>
              ) : null}
              <div className="lesson-body" data-testid="lesson-body">
                {paragraphs(lesson.body).map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </div>
              {lesson.files.length ? (
                <section aria-labelledby="files-title">
                  <h2 id="files-title">{t("learn.files")}</h2>
                  <ul className="lesson-files" data-testid="lesson-files">
                    {lesson.files.map((f) => (
                      <li key={f.index}>
                        <a
                          href={`/api/courses/${encodeURIComponent(course.id)}/lessons/${encodeURIComponent(outline.id)}/files/${f.index}?${new URLSearchParams({ locale, back: here })}`}
                          className="text-link"
                          download
                          data-testid="lesson-file"
                        >
                          {f.name}
                        </a>{" "}
                        <span className="muted">({fileSize(f.size)})</span>
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}

              {enrolment ? (
                isDone ? (
                  <div className="lesson-next">
                    <p className="muted" data-testid="lesson-is-done">
                      ✓ {t("lessonDone")}
                    </p>
                    {after ? (
                      <Link href={learn(after.id)} className="button button-block" data-testid="next-lesson">
                        {t("learn.next")} →
                      </Link>
                    ) : null}
                  </div>
                ) : (
                  <form action={completeLesson} className="lesson-next">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="handle" value={course.handle} />
                    <input type="hidden" name="course_id" value={course.id} />
                    <input type="hidden" name="lesson_id" value={outline.id} />
                    {after ? <input type="hidden" name="next_lesson_id" value={after.id} /> : null}
                    <SubmitButton className="button button-block" pendingLabel={t("saving")} data-testid="mark-done">
                      {after ? t("learn.markDoneNext") : t("learn.markDone")}
                    </SubmitButton>
                  </form>
                )
              ) : (
                <div className="notice notice-pending" data-testid="preview-cta">
                  <p>{course.is_free ? t("learn.previewFree") : t("learn.previewPaid")}</p>
                  <Link href={coursePage} className="button" data-testid="preview-to-course">
                    {course.is_free ? t("joinFree") : t("learn.getCourse")}
                  </Link>
                </div>
              )}
            </>
          ) : "denied" in answer && answer.denied === "login" ? (
            <div className="notice notice-pending" data-testid="lesson-locked" data-reason="login">
              <p>{t("learn.signInToOpen")}</p>
              <Link href={loginHref(locale, here)} className="button">
                {t("signIn")}
              </Link>
            </div>
          ) : "denied" in answer && answer.denied === "join" ? (
            <div className="notice notice-pending" data-testid="lesson-locked" data-reason="join">
              <p>{course.is_free ? t("learn.joinToOpen") : t("learn.buyToOpen")}</p>
              <Link href={coursePage} className="button">
                {course.is_free ? t("joinFree") : t("learn.getCourse")}
              </Link>
            </div>
          ) : (
            <p className="notice notice-error" role="alert">
              {t("learn.loadError")}
            </p>
          )}
        </article>

        <aside className="card lesson-sidebar" aria-labelledby="sidebar-title">
          <h2 id="sidebar-title">{t("lessonsTitle", { count: lessons.length })}</h2>
          {enrolment ? (
            <CourseProgress done={enrolment.lessons_done} total={enrolment.lessons_total} locale={locale} />
          ) : null}
          <ol className="lesson-list" data-testid="learn-lessons">
            {lessons.map((l, i) => {
              const tick = completed.includes(l.id)
              const open = canOpenLesson(l, enrolled)
              return (
                <li
                  key={l.id}
                  className="lesson-row"
                  data-testid="learn-lesson"
                  data-lesson-id={l.id}
                  data-done={tick ? "1" : "0"}
                >
                  <span className={`lesson-number${tick ? " lesson-tick" : ""}`} aria-hidden="true">
                    {tick ? "✓" : formatNumber(i + 1, locale)}
                  </span>
                  <span className="lesson-main">
                    {open ? (
                      <Link href={learn(l.id)} aria-current={l.id === outline.id ? "page" : undefined}>
                        {l.title}
                      </Link>
                    ) : (
                      <span>{l.title}</span>
                    )}
                    {tick ? <span className="visually-hidden"> ({t("lessonDone")})</span> : null}
                  </span>
                  {!open ? (
                    <span className="pill pill-neutral">{t("locked")}</span>
                  ) : l.is_preview && !enrolled ? (
                    <span className="pill pill-course-free">{t("preview")}</span>
                  ) : null}
                </li>
              )
            })}
          </ol>
        </aside>
      </div>
    </div>
  )
}
