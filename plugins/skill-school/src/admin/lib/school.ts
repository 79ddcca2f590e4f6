/** The shapes the skill-school admin routes answer (see src/lib/views.ts). */

export type Level = "beginner" | "intermediate" | "advanced"
export type CourseStatus = "draft" | "published"

export type Course = {
  id: string
  handle: string
  title: string
  title_i18n: { hi?: string; mr?: string } | null
  summary: string | null
  description: string | null
  teacher: { type: "seller" | "expert"; seller_id: string | null; name: string; bio: string | null }
  languages: string[]
  level: Level
  craft: string
  thumbnail: string | null
  status: CourseStatus
  is_free: boolean
  product_id: string | null
  grants_qualification_id: string | null
  lesson_count?: number
}

export type LessonFile = { index: number; name: string; mime_type: string; size: number; download_path: string }

export type Lesson = {
  id: string
  position: number
  title: string
  kind: "video" | "text" | "file"
  is_preview: boolean
  duration_minutes: number | null
  file_count: number
  body: string | null
  video_url: string | null
  files: LessonFile[]
}

export type Session = {
  id: string
  course_id: string
  title: string | null
  starts_at: string
  ends_at: string
  timezone: string
  mode: "online" | "in_person"
  place: string | null
  language: string
  seat_limit: number
  seats_left: number
  is_free: boolean
  variant_id: string | null
  status: "scheduled" | "cancelled"
  online_url: string | null
}

export type CourseDetail = Course & { lessons: Lesson[]; sessions: Session[]; enrolment_count: number }

export type Person = {
  id: string
  first_name?: string | null
  last_name?: string | null
  email?: string | null
  phone?: string | null
}

export type Enrolment = {
  id: string
  course_id: string
  source: "order" | "free" | "workshop" | "admin"
  order_id: string | null
  completed_at: string | null
  created_at: string
  lessons_done: number
  lessons_total: number
  customer: Person
  certificate_code: string | null
}

export type Attendee = {
  seat_id: string
  status: "held" | "confirmed"
  hold_expires_at: string | null
  order_id: string | null
  customer: Person
}

export type Qualification = { id: string; code: string; name: { en?: string; hi?: string; mr?: string } | null }
export type Seller = { id: string; name: string; handle: string }

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const LEVELS: Level[] = ["beginner", "intermediate", "advanced"]
export const LEVEL_LABEL: Record<Level, string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
}
export const COURSE_STATUS: Record<CourseStatus, { label: string; color: Color }> = {
  draft: { label: "Draft", color: "grey" },
  published: { label: "Published", color: "green" },
}
/** Craft codes the storefront knows; any other code of lowercase letters works too. */
export const CRAFTS = [
  "leather",
  "pottery",
  "embroidery",
  "printing",
  "tailoring",
  "recycling",
  "machines",
  "finance",
  "business",
]
export const LANGUAGES: { code: string; label: string }[] = [
  { code: "hi", label: "Hindi" },
  { code: "mr", label: "Marathi" },
  { code: "en", label: "English" },
  { code: "ur", label: "Urdu" },
  { code: "ta", label: "Tamil" },
  { code: "gu", label: "Gujarati" },
]
export const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.label ?? code
export const CURRENCIES = ["inr", "usd", "eur"] as const
export const SOURCE_LABEL: Record<Enrolment["source"], string> = {
  order: "Bought",
  free: "Joined (free)",
  workshop: "Workshop seat",
  admin: "Given by the team",
}

export const personName = (p: Person) => [p.first_name, p.last_name].filter(Boolean).join(" ") || p.email || p.id

/** Prices from the form's INR/USD/EUR boxes: the ones filled in. */
export const pricesFrom = (boxes: Record<(typeof CURRENCIES)[number], string>) =>
  CURRENCIES.filter((c) => boxes[c].trim() !== "").map((c) => ({ currency_code: c, amount: Number(boxes[c]) }))

/** A zone's offset from UTC (ms) at an instant. */
function offsetAt(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value])
  )
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second) - instant
}

/** "2026-03-12T10:00" read as a wall-clock time in `timeZone` (the workshop's), as an ISO instant. */
export function zonedToIso(local: string, timeZone: string) {
  const [date, time = "00:00"] = local.split("T")
  const [y, m, d] = date.split("-").map(Number)
  const [h, min] = time.split(":").map(Number)
  const wall = Date.UTC(y, m - 1, d, h, min)
  let instant = wall - offsetAt(wall, timeZone)
  instant = wall - offsetAt(instant, timeZone)
  return new Date(instant).toISOString()
}

/** An ISO instant as a datetime-local value in `timeZone`. */
export function isoToZoned(iso: string, timeZone: string) {
  const instant = new Date(iso).getTime()
  return new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 16)
}
