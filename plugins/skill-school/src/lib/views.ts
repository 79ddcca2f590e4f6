/**
 * What leaves the plugin, built field by field: a column added to a model later stays private until
 * it is added here. Lesson bodies, videos and files are in `lessonContent` only, which routes give to
 * enrolled learners (or for preview lessons); a session's online link is in `sessionView` only for
 * attendees. Each view answers a type of the contract (`src/contract/http.ts`).
 */
import type {
  EnrolmentSource,
  SeatStatus,
  StoreCertificate,
  StoreCourse,
  StoreEnrolment,
  StoreEnrolmentRecord,
  StoreLessonContent,
  StoreLessonOutline,
  StoreSeatRecord,
  StoreWorkshop,
} from "../contract"

export type LessonFile = { key: string; name: string; mime_type: string; size: number }

type When = Date | string
/** Dates leave as ISO strings (what JSON makes of a Date anyway). */
export const iso = (d: When): string => (d instanceof Date ? d.toISOString() : new Date(d).toISOString())
const isoOrNull = (d: When | null | undefined): string | null => (d ? iso(d) : null)

/** A lesson's files, from its JSON column. */
export const filesOf = (l: { files?: unknown }): LessonFile[] =>
  Array.isArray(l.files) ? (l.files as LessonFile[]) : []

export type CourseIn = {
  id: string
  handle: string
  title: string
  title_i18n?: unknown
  summary?: string | null
  description?: string | null
  teacher_type: StoreCourse["teacher"]["type"]
  teacher_seller_id?: string | null
  teacher_name: string
  teacher_bio?: string | null
  languages?: unknown
  level: StoreCourse["level"]
  craft: string
  thumbnail?: string | null
  status: StoreCourse["status"]
  is_free?: boolean | null
  product_id?: string | null
  grants_qualification_id?: string | null
  lessons?: unknown
}

export const courseView = (c: CourseIn): StoreCourse => ({
  id: c.id,
  handle: c.handle,
  title: c.title,
  title_i18n: (c.title_i18n as StoreCourse["title_i18n"]) ?? null,
  summary: c.summary ?? null,
  description: c.description ?? null,
  teacher: {
    type: c.teacher_type,
    seller_id: c.teacher_seller_id ?? null,
    name: c.teacher_name,
    bio: c.teacher_bio ?? null,
  },
  languages: Array.isArray(c.languages) ? (c.languages as string[]) : [],
  level: c.level,
  craft: c.craft,
  thumbnail: c.thumbnail ?? null,
  status: c.status,
  is_free: Boolean(c.is_free),
  product_id: c.product_id ?? null,
  grants_qualification_id: c.grants_qualification_id ?? null,
  lesson_count: Array.isArray(c.lessons) ? c.lessons.length : undefined,
})

export type LessonIn = {
  id: string
  position: number
  title: string
  kind: StoreLessonOutline["kind"]
  is_preview?: boolean | null
  duration_minutes?: number | null
  body?: string | null
  video_url?: string | null
  files?: unknown
}

export const lessonOutline = (l: LessonIn): StoreLessonOutline => ({
  id: l.id,
  position: l.position,
  title: l.title,
  kind: l.kind,
  is_preview: Boolean(l.is_preview),
  duration_minutes: l.duration_minutes ?? null,
  file_count: filesOf(l).length,
})

/** A lesson's files are named, never located: `download_path` is the authorised route that streams one. */
export const lessonContent = (l: LessonIn, courseId: string): StoreLessonContent => ({
  ...lessonOutline(l),
  body: l.body ?? null,
  video_url: l.video_url ?? null,
  files: filesOf(l).map((f, index) => ({
    index,
    name: f.name,
    mime_type: f.mime_type,
    size: f.size,
    download_path: `/store/courses/${courseId}/lessons/${l.id}/files/${index}`,
  })),
})

/** Admin view of a lesson: its content and file names, still without file keys. */
export const adminLessonView = (l: LessonIn & { course_id: string }): StoreLessonContent =>
  lessonContent(l, l.course_id)

export type SessionIn = {
  id: string
  course_id?: string
  course?: { id: string } | null
  title?: string | null
  starts_at: When
  ends_at: When
  timezone: string
  mode: StoreWorkshop["mode"]
  online_url?: string | null
  place?: string | null
  language: string
  seat_limit: number | string
  variant_id?: string | null
  status: StoreWorkshop["status"]
}

export const sessionView = (
  s: SessionIn,
  taken: number,
  opts: { attendee?: boolean; admin?: boolean } = {}
): StoreWorkshop => ({
  id: s.id,
  course_id: (s.course_id ?? s.course?.id) as string,
  title: s.title ?? null,
  starts_at: iso(s.starts_at),
  ends_at: iso(s.ends_at),
  timezone: s.timezone,
  mode: s.mode,
  place: s.place ?? null,
  language: s.language,
  seat_limit: Number(s.seat_limit),
  seats_left: Math.max(0, Number(s.seat_limit) - taken),
  is_free: !s.variant_id,
  variant_id: s.variant_id ?? null,
  status: s.status,
  online_url: opts.attendee || opts.admin ? (s.online_url ?? null) : undefined,
})

export type EnrolmentIn = {
  id: string
  course_id?: string
  course?: { id: string } | null
  customer_id: string
  source: EnrolmentSource
  order_id?: string | null
  completed_at?: When | null
  created_at: When
  updated_at: When
}

const courseIdOf = (e: { course_id?: string; course?: { id: string } | null }) =>
  (e.course_id ?? e.course?.id) as string

export const enrolmentView = (e: EnrolmentIn, progress: { done: number; total: number }): StoreEnrolment => ({
  id: e.id,
  course_id: courseIdOf(e),
  source: e.source,
  order_id: e.order_id ?? null,
  completed_at: isoOrNull(e.completed_at),
  created_at: iso(e.created_at),
  lessons_done: progress.done,
  lessons_total: progress.total,
})

/** An enrolment as written: the answer of joining a course or being given a place. */
export const enrolmentRecord = (e: EnrolmentIn): StoreEnrolmentRecord => ({
  id: e.id,
  course_id: courseIdOf(e),
  customer_id: e.customer_id,
  source: e.source,
  order_id: e.order_id ?? null,
  completed_at: isoOrNull(e.completed_at),
  created_at: iso(e.created_at),
  updated_at: iso(e.updated_at),
})

export type SeatIn = {
  id: string
  session_id?: string
  session?: { id: string } | null
  customer_id: string
  status: SeatStatus
  hold_expires_at?: When | null
  cart_id?: string | null
  line_item_id?: string | null
  order_id?: string | null
  confirmed_at?: When | null
  created_at: When
  updated_at: When
}

/** A seat as taken: the answer of `POST /store/workshops/:id/seats`. */
export const seatRecord = (s: SeatIn): StoreSeatRecord => ({
  id: s.id,
  session_id: (s.session_id ?? s.session?.id) as string,
  customer_id: s.customer_id,
  status: s.status,
  hold_expires_at: isoOrNull(s.hold_expires_at),
  cart_id: s.cart_id ?? null,
  line_item_id: s.line_item_id ?? null,
  order_id: s.order_id ?? null,
  confirmed_at: isoOrNull(s.confirmed_at),
  created_at: iso(s.created_at),
  updated_at: iso(s.updated_at),
})

export type CertificateIn = {
  code: string
  holder_name: string
  course_title: string
  course_id: string
  teacher_name: string
  issued_at: When
}

export const certificateView = (c: CertificateIn): StoreCertificate => ({
  code: c.code,
  holder_name: c.holder_name,
  course_title: c.course_title,
  course_id: c.course_id,
  teacher_name: c.teacher_name,
  issued_at: iso(c.issued_at),
})
