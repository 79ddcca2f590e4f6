/**
 * Requests and answers of Skill School's store routes (and the admin ones the dashboard reads).
 * Dates travel as ISO strings.
 */

export type CourseLevel = "beginner" | "intermediate" | "advanced"
export type CourseStatus = "draft" | "published"
export type LessonKind = "video" | "text" | "file"
export type EnrolmentSource = "order" | "free" | "workshop" | "admin"
export type SessionMode = "online" | "in_person"
export type SessionStatus = "scheduled" | "cancelled"
export type SeatStatus = "held" | "confirmed" | "cancelled" | "expired"

type Page = { count: number; offset: number; limit: number }

// ---------- Requests ----------

export type StoreCourseListQuery = {
  craft?: string
  language?: string
  level?: CourseLevel
  free?: boolean
  q?: string
  limit?: number
  offset?: number
}
export type StoreWorkshopListQuery = {
  course_id?: string
  from?: string
  language?: string
  limit?: number
  offset?: number
}
export type StoreListQuery = { limit?: number; offset?: number }
/** `POST /store/workshops/:id/seats`: a paid session's seat is held in this cart. */
export type StoreSeatRequest = { cart_id?: string }

// ---------- Records ----------

export type StoreCourse = {
  id: string
  handle: string
  title: string
  title_i18n: { hi?: string; mr?: string } | null
  summary: string | null
  description: string | null
  teacher: { type: "seller" | "expert"; seller_id: string | null; name: string; bio: string | null }
  languages: string[]
  level: CourseLevel
  craft: string
  thumbnail: string | null
  status: CourseStatus
  is_free: boolean
  product_id: string | null
  /** The makerspace qualification completing the course grants. */
  grants_qualification_id: string | null
  /** Present when the lessons were read with the course. */
  lesson_count?: number
}

export type StoreLessonOutline = {
  id: string
  position: number
  title: string
  kind: LessonKind
  is_preview: boolean
  duration_minutes: number | null
  file_count: number
}

export type StoreLessonFile = { index: number; name: string; mime_type: string; size: number; download_path: string }

export type StoreLessonContent = StoreLessonOutline & {
  body: string | null
  video_url: string | null
  files: StoreLessonFile[]
}

export type StoreWorkshop = {
  id: string
  course_id: string
  title: string | null
  starts_at: string
  ends_at: string
  timezone: string
  mode: SessionMode
  place: string | null
  language: string
  seat_limit: number
  seats_left: number
  is_free: boolean
  variant_id: string | null
  status: SessionStatus
  /** Only for attendees with a confirmed seat (and admins). */
  online_url?: string | null
}

export type StoreEnrolment = {
  id: string
  course_id: string
  source: EnrolmentSource
  order_id: string | null
  completed_at: string | null
  created_at: string
  lessons_done: number
  lessons_total: number
}

/** An enrolment as written (the answer of joining or being given a place). */
export type StoreEnrolmentRecord = {
  id: string
  course_id: string
  customer_id: string
  source: EnrolmentSource
  order_id: string | null
  completed_at: string | null
  created_at: string
  updated_at: string
}

export type StoreCertificate = {
  code: string
  holder_name: string
  course_title: string
  course_id: string
  teacher_name: string
  issued_at: string
}

/** A seat as taken (the answer of `POST /store/workshops/:id/seats`). */
export type StoreSeatRecord = {
  id: string
  session_id: string
  customer_id: string
  status: SeatStatus
  hold_expires_at: string | null
  cart_id: string | null
  line_item_id: string | null
  order_id: string | null
  confirmed_at: string | null
  created_at: string
  updated_at: string
}

export type StoreLessonProgress = {
  lessons_done: number
  lessons_total: number
  completed: boolean
  certificate_code: string | null
}

// ---------- Answers ----------

export type StoreCourseListResponse = Page & { courses: StoreCourse[] }
export type StoreCourseResponse = {
  course: StoreCourse & { variant_id: string | null; lessons: StoreLessonOutline[]; sessions: StoreWorkshop[] }
  /** The logged-in learner's place, with the lessons they finished. */
  enrolment: (StoreEnrolment & { lessons_completed: string[]; certificate_code: string | null }) | null
}
export type StoreEnrolResponse = { enrolment: StoreEnrolmentRecord }
export type StoreLessonResponse = { lesson: StoreLessonContent }
export type StoreLessonProgressResponse = { progress: StoreLessonProgress }
export type StoreEnrolmentListResponse = Page & {
  enrolments: (StoreEnrolment & { course: StoreCourse | null; certificate: StoreCertificate | null })[]
}
export type StoreCertificateResponse = { certificate: StoreCertificate }
export type StoreWorkshopWithCourse = StoreWorkshop & { course: StoreCourse }
export type StoreWorkshopListResponse = Page & { workshops: StoreWorkshopWithCourse[] }
export type StoreWorkshopResponse = {
  workshop: StoreWorkshopWithCourse
  seat: { id: string; status: SeatStatus; hold_expires_at: string | null } | null
}
export type StoreSeatResponse = { seat: StoreSeatRecord }
export type StoreMySeat = {
  id: string
  status: SeatStatus
  hold_expires_at: string | null
  order_id: string | null
  workshop: StoreWorkshopWithCourse
}
export type StoreSeatListResponse = Page & { seats: StoreMySeat[] }
export type StoreSeatCancelResponse = { seat: { id: string; status: SeatStatus } }

// ---------- Admin ----------

export type AdminLesson = StoreLessonContent
export type AdminCourseListResponse = Page & { courses: StoreCourse[] }
export type AdminCourseResponse = { course: StoreCourse }
export type AdminCourseDetailResponse = {
  course: StoreCourse & { lessons: AdminLesson[]; sessions: StoreWorkshop[]; enrolment_count: number }
}
export type AdminLessonResponse = { lesson: AdminLesson }
export type AdminLessonOrderResponse = { ids: string[] }
export type AdminSessionResponse = { session: StoreWorkshop }
export type AdminSessionListResponse = { sessions: StoreWorkshop[] }
export type AdminCustomer = {
  id: string
  first_name?: string | null
  last_name?: string | null
  email?: string | null
  phone?: string | null
}
export type AdminEnrolmentListResponse = Page & {
  enrolments: (StoreEnrolment & { customer: AdminCustomer; certificate_code: string | null })[]
}
export type AdminEnrolmentResponse = { enrolment: StoreEnrolmentRecord }
export type AdminAttendeesResponse = {
  session: StoreWorkshop
  attendees: {
    seat_id: string
    status: SeatStatus
    hold_expires_at: string | null
    order_id: string | null
    customer: AdminCustomer
  }[]
}
export type AdminDeleteResponse = { id: string; object: "course" | "lesson"; deleted: true }
