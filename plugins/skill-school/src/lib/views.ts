/**
 * What leaves the plugin, built field by field: a column added to a model later stays private until
 * it is added here. Lesson bodies, videos and files are in `lessonContent` only, which routes give to
 * enrolled learners (or for preview lessons); a session's online link is in `sessionView` only for
 * attendees.
 */
type Row = Record<string, any>

export type LessonFile = { key: string; name: string; mime_type: string; size: number }

export const courseView = (c: Row) => ({
  id: c.id,
  handle: c.handle,
  title: c.title,
  title_i18n: c.title_i18n ?? null,
  summary: c.summary ?? null,
  description: c.description ?? null,
  teacher: { type: c.teacher_type, seller_id: c.teacher_seller_id ?? null, name: c.teacher_name, bio: c.teacher_bio ?? null },
  languages: c.languages ?? [],
  level: c.level,
  craft: c.craft,
  thumbnail: c.thumbnail ?? null,
  status: c.status,
  is_free: Boolean(c.is_free),
  product_id: c.product_id ?? null,
  grants_qualification_id: c.grants_qualification_id ?? null,
  lesson_count: Array.isArray(c.lessons) ? c.lessons.length : undefined,
})

export const lessonOutline = (l: Row) => ({
  id: l.id,
  position: l.position,
  title: l.title,
  kind: l.kind,
  is_preview: Boolean(l.is_preview),
  duration_minutes: l.duration_minutes ?? null,
  file_count: ((l.files as LessonFile[]) ?? []).length,
})

/** A lesson's files are named, never located: `download_path` is the authorised route that streams one. */
export const lessonContent = (l: Row, courseId: string) => ({
  ...lessonOutline(l),
  body: l.body ?? null,
  video_url: l.video_url ?? null,
  files: ((l.files as LessonFile[]) ?? []).map((f, index) => ({
    index,
    name: f.name,
    mime_type: f.mime_type,
    size: f.size,
    download_path: `/store/courses/${courseId}/lessons/${l.id}/files/${index}`,
  })),
})

/** Admin view of a lesson: its content and file names, still without file keys. */
export const adminLessonView = (l: Row) => lessonContent(l, l.course_id ?? l.course?.id)

export const sessionView = (s: Row, taken: number, opts: { attendee?: boolean; admin?: boolean } = {}) => ({
  id: s.id,
  course_id: s.course_id ?? s.course?.id,
  title: s.title ?? null,
  starts_at: s.starts_at,
  ends_at: s.ends_at,
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

export const enrolmentView = (e: Row, progress: { done: number; total: number }) => ({
  id: e.id,
  course_id: e.course_id ?? e.course?.id,
  source: e.source,
  order_id: e.order_id ?? null,
  completed_at: e.completed_at ?? null,
  created_at: e.created_at,
  lessons_done: progress.done,
  lessons_total: progress.total,
})

export const certificateView = (c: Row) => ({
  code: c.code,
  holder_name: c.holder_name,
  course_title: c.course_title,
  course_id: c.course_id,
  teacher_name: c.teacher_name,
  issued_at: c.issued_at,
})
