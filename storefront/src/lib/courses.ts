import {
  SkillSchoolErrors,
  type CourseLevel,
  type LessonKind,
  type SeatStatus,
  type StoreCertificate,
  type StoreCourse,
  type StoreCourseResponse,
  type StoreEnrolment,
  type StoreEnrolmentListResponse,
  type StoreLessonContent,
  type StoreLessonFile,
  type StoreLessonOutline,
  type StoreLessonProgress,
  type StoreMySeat,
  type StoreWorkshop,
} from "@dharavi/skill-school/contract"
import type { AppLocale } from "@/i18n/locales"

/**
 * Skill School (the skill-school plugin) as the storefront shows it: the shapes its JSON routes answer,
 * the catalogue's filters, course titles in the reader's language, progress, the next lesson, how a
 * lesson's video is shown, certificate codes as typed, and the seat refusals. Pure: no React, no fetch.
 */

export const COURSE_LEVELS: readonly CourseLevel[] = ["beginner", "intermediate", "advanced"]
/** The crafts the catalogue offers as chips; a course with another code still shows (its code, tidied). */
export const COURSE_CRAFTS = [
  "leather",
  "pottery",
  "embroidery",
  "zari",
  "tailoring",
  "printing",
  "recycling",
  "machines",
  "finance",
  "digital",
] as const
/** The languages a course is taught in, offered as a filter (their names come from Intl.DisplayNames). */
export const COURSE_LANGUAGES = ["hi", "mr", "en", "ur"] as const
export const COURSE_PAGE_SIZE = 12

// The shapes Skill School's routes answer are its contract's (@dharavi/skill-school/contract), named here
// as the storefront's pages call them.
export type { CourseLevel, LessonKind, SeatStatus }
export type Course = StoreCourse
export type Teacher = StoreCourse["teacher"]
export type LessonOutline = StoreLessonOutline
export type LessonFile = StoreLessonFile
export type Lesson = StoreLessonContent
/** A session; lists of workshops carry their course. */
export type Workshop = StoreWorkshop & { course?: StoreCourse }
/** `GET /store/courses/:id_or_handle`. */
export type CourseDetail = StoreCourseResponse["course"]
export type Enrolment = StoreEnrolment
/** The learner's place on the course page. */
export type CourseEnrolment = NonNullable<StoreCourseResponse["enrolment"]>
export type Certificate = StoreCertificate
/** `GET /store/enrolments`. */
export type MyEnrolment = StoreEnrolmentListResponse["enrolments"][number]
/** `POST …/lessons/:lesson_id/complete`. */
export type LessonProgress = StoreLessonProgress
/** `GET /store/workshop-seats`. */
export type MySeat = StoreMySeat

// ---------- Words ----------

/** The course title in the reader's language when the course has one, else the English title. */
export function courseTitle(course: Pick<Course, "title" | "title_i18n">, locale: AppLocale): string {
  if (locale === "en") return course.title
  const t = course.title_i18n?.[locale]
  return typeof t === "string" && t.trim() ? t.trim() : course.title
}

/** `lang` for a course title that is not in the page's language (screen readers pronounce it right). */
export function courseTitleLang(course: Pick<Course, "title" | "title_i18n">, locale: AppLocale): string | undefined {
  return locale === "en" || courseTitle(course, locale) !== course.title ? undefined : "en"
}

/** A language code's name in the UI language ("hi" → "Hindi", "हिन्दी"), or the code itself. */
export function languageName(code: string, locale: AppLocale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code
  } catch {
    return code
  }
}

/** A craft code the messages do not know, made readable: "block_printing" → "Block printing". */
export function tidyCode(code: string): string {
  const s = code.replace(/[_-]+/g, " ").trim()
  return s ? s[0]!.toUpperCase() + s.slice(1) : code
}

// ---------- Catalogue filters ----------

export type CourseFilters = {
  craft: string
  language: string
  level: CourseLevel | null
  free: "free" | "paid" | null
  page: number
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const clean = (v: unknown, max: number) =>
  typeof first(v) === "string" ? (first(v) as string).trim().slice(0, max) : ""

/** The catalogue's search params, checked like the plugin's validator (odd values are dropped, not sent). */
export function parseCourseFilters(query: Record<string, unknown>): CourseFilters {
  const craft = clean(query.craft, 40).toLowerCase()
  const language = clean(query.language, 3).toLowerCase()
  const level = clean(query.level, 20) as CourseLevel
  const free = clean(query.free, 5)
  const page = Number.parseInt(clean(query.page, 6), 10)
  return {
    craft: /^[a-z0-9_-]{2,40}$/.test(craft) ? craft : "",
    language: /^[a-z]{2}$/.test(language) ? language : "",
    level: COURSE_LEVELS.includes(level) ? level : null,
    free: free === "free" || free === "paid" ? free : null,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 10_000) : 1,
  }
}

export function hasCourseFilters(f: CourseFilters): boolean {
  return Boolean(f.craft || f.language || f.level || f.free)
}

/** The query for `GET /store/courses`. */
export function coursesApiQuery(f: CourseFilters, limit = COURSE_PAGE_SIZE): Record<string, string | number> {
  const q: Record<string, string | number> = { limit, offset: (Math.max(1, f.page) - 1) * limit }
  if (f.craft) q.craft = f.craft
  if (f.language) q.language = f.language
  if (f.level) q.level = f.level
  if (f.free) q.free = f.free === "free" ? "true" : "false"
  return q
}

/** A catalogue link with some filters changed (null removes one); changing filters goes back to page 1. */
export function catalogueHref(base: string, f: CourseFilters, change: Partial<CourseFilters> = {}): string {
  const next = { ...f, page: 1, ...change }
  const q = new URLSearchParams()
  if (next.craft) q.set("craft", next.craft)
  if (next.language) q.set("language", next.language)
  if (next.level) q.set("level", next.level)
  if (next.free) q.set("free", next.free)
  if (next.page > 1) q.set("page", String(next.page))
  const s = q.toString()
  return s ? `${base}?${s}` : base
}

// ---------- Learning ----------

/** Whole-number percent of lessons done (0 for a course without lessons). */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0)) return 0
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)))
}

/** The lessons in order (position, then id: the plugin's order). */
export function sortLessons<T extends { position: number; id: string }>(lessons: T[]): T[] {
  return [...lessons].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
}

/**
 * Where "Continue learning" goes: the first lesson not done yet, else the first lesson. With `after`,
 * the first unfinished lesson after that one (then any unfinished one before it): "Mark as done" moves on.
 */
export function nextLesson<T extends { id: string; position: number }>(
  lessons: T[],
  completed: readonly string[],
  after?: string
): T | null {
  const ordered = sortLessons(lessons)
  const done = new Set(completed)
  if (after) {
    const i = ordered.findIndex((l) => l.id === after)
    const later = ordered.slice(i + 1).find((l) => !done.has(l.id))
    if (later) return later
    return ordered.find((l) => !done.has(l.id) && l.id !== after) ?? null
  }
  return ordered.find((l) => !done.has(l.id)) ?? ordered[0] ?? null
}

/** May this reader open the lesson? Preview lessons: anyone; the others: enrolled learners. */
export function canOpenLesson(lesson: Pick<LessonOutline, "is_preview">, enrolled: boolean): boolean {
  return lesson.is_preview || enrolled
}

/**
 * How a lesson's video is shown: a direct MP4 (or WebM) file plays in a `<video>`; any other link
 * (YouTube, Drive…) is a plain link, so cheap phones open it in the app they already have.
 */
export function videoKind(url: string | null | undefined): "file" | "link" | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null
  return /\.(mp4|m4v|webm)$/i.test(parsed.pathname) ? "file" : "link"
}

/** A lesson body as paragraphs (blank lines separate them; single newlines stay inside one). */
export function paragraphs(body: string | null | undefined): string[] {
  return (body ?? "")
    .replace(/\r\n/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** A file size people can read: 900 B, 12 KB, 3.4 MB. */
export function fileSize(bytes: number): string {
  if (!(bytes >= 0)) return ""
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

// ---------- Certificates ----------

/** The code alphabet: no 0/O, 1/I/L look-alikes (the plugin's). */
const CODE_CHARS = /[^2-9A-HJ-KMNP-Z]/g

/**
 * A certificate code as someone typed it ("dhv 7k3m-pq9x", with spaces, small letters or none of the
 * dashes) in the plugin's form `DHV-XXXX-XXXX`; null when it cannot be one.
 */
export function normaliseCertificateCode(input: string | null | undefined): string | null {
  const raw = (input ?? "").toUpperCase().replace(/[\s\-_.]/g, "")
  const body = raw.startsWith("DHV") ? raw.slice(3) : raw
  if (body.length !== 8 || body.replace(CODE_CHARS, "").length !== 8) return null
  return `DHV-${body.slice(0, 4)}-${body.slice(4)}`
}

// ---------- Workshops ----------

export type SeatError = "seats_gone" | "already_seated" | "login" | "failed"

/**
 * A refusal of `POST /store/workshops/:id/seats` in the page's words, from its status and the Skill
 * School contract's code (`seats_gone`, `already_seated`); a page reads the code back from its URL.
 */
export function seatError(status: number | undefined, code: string | null | undefined): SeatError {
  if (status === 401) return "login"
  if (status !== 409) return "failed"
  return code === SkillSchoolErrors.ALREADY_SEATED ? "already_seated" : "seats_gone"
}

/** A seat its holder may let go: a hold (it leaves the cart) or a free seat; paid confirmed seats are refunded by the team. */
export function canCancelSeat(seat: Pick<MySeat, "status"> & { workshop: Pick<Workshop, "is_free"> }): boolean {
  return seat.status === "held" || (seat.status === "confirmed" && seat.workshop.is_free)
}

/** Is the workshop still bookable: scheduled, in the future, with a seat left. */
export function isBookable(w: Pick<Workshop, "status" | "starts_at" | "seats_left">, now = Date.now()): boolean {
  return w.status === "scheduled" && w.seats_left > 0 && new Date(w.starts_at).getTime() > now
}

/** A workshop's day and time in its own time zone, in the UI language. */
export function workshopWhen(w: Pick<Workshop, "starts_at" | "ends_at" | "timezone">, locale: string): string {
  let zone = w.timezone || "Asia/Kolkata"
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
  } catch {
    zone = "Asia/Kolkata"
  }
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone })
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: zone })
  return `${day.format(new Date(w.starts_at))} – ${time.format(new Date(w.ends_at))}`
}
