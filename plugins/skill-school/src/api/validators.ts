import { z } from "@medusajs/framework/zod"
import { saneDate } from "@dharavi/input"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

const handle = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle may use lowercase letters, digits and single hyphens")
const language = z.string().regex(/^[a-z]{2}$/, "use a two-letter language code such as en, hi or mr")
const url = z
  .string()
  .trim()
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), "only http(s) links")
const text = (max: number) => z.string().trim().max(max)
const price = z
  .object({ currency_code: z.enum(["inr", "usd", "eur"]), amount: z.number().min(0).max(10_000_000) })
  .strict()

// Without defaults, so an update names only what it changes.
const courseFields = z.object({
  handle,
  title: text(160).min(3),
  title_i18n: z
    .object({ hi: text(160).optional(), mr: text(160).optional() })
    .strict()
    .nullish(),
  summary: text(400).nullish(),
  description: text(8000).nullish(),
  teacher_type: z.enum(["seller", "expert"]),
  teacher_seller_id: z.string().min(1).nullish(),
  teacher_name: text(120).min(2),
  teacher_bio: text(2000).nullish(),
  languages: z.array(language).min(1).max(6),
  level: z.enum(["beginner", "intermediate", "advanced"]),
  craft: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[a-z0-9_-]+$/, "craft is a code such as leather, pottery or finance"),
  thumbnail: url.nullish(),
  status: z.enum(["draft", "published"]),
  grants_qualification_id: z.string().min(1).nullish(),
})

const teacherRule = (c: { teacher_type?: string; teacher_seller_id?: string | null }) =>
  c.teacher_type !== "seller" || Boolean(c.teacher_seller_id)
const teacherMessage = {
  message: "teacher_seller_id: a seller teacher needs the seller's id",
  path: ["teacher_seller_id"],
}

export const PostAdminCourse = courseFields
  .extend({
    teacher_type: courseFields.shape.teacher_type.default("expert"),
    level: courseFields.shape.level.default("beginner"),
    status: courseFields.shape.status.default("draft"),
    is_free: z.boolean().default(false),
    /** The price of a paid course, one per currency (INR at least). */
    prices: z.array(price).max(3).default([]),
  })
  .strict()
  .refine(teacherRule, teacherMessage)
  .refine((c) => c.is_free || c.prices.some((p) => p.currency_code === "inr" && p.amount > 0), {
    message: "prices: a paid course needs an INR price above 0 (or set is_free)",
    path: ["prices"],
  })
  .refine((c) => !c.is_free || c.prices.length === 0, {
    message: "prices: a free course has no prices",
    path: ["prices"],
  })
export type PostAdminCourseType = z.infer<typeof PostAdminCourse>

export const PostAdminCourseUpdate = courseFields.partial().strict().refine(teacherRule, teacherMessage)
export type PostAdminCourseUpdateType = z.infer<typeof PostAdminCourseUpdate>

const lessonFields = z.object({
  title: text(160).min(2),
  kind: z.enum(["video", "text", "file"]),
  body: text(50_000).nullish(),
  video_url: url.nullish(),
  is_preview: z.boolean(),
  duration_minutes: z.number().int().min(1).max(600).nullish(),
  position: z.number().int().min(0).max(10_000),
})
const videoRule = (l: { kind?: string; video_url?: string | null }) => l.kind !== "video" || Boolean(l.video_url)
const videoMessage = { message: "video_url: a video lesson needs its link", path: ["video_url"] }

export const PostAdminLesson = lessonFields
  .extend({
    kind: lessonFields.shape.kind.default("text"),
    is_preview: z.boolean().default(false),
    position: lessonFields.shape.position.optional(),
  })
  .strict()
  .refine(videoRule, videoMessage)
export type PostAdminLessonType = z.infer<typeof PostAdminLesson>
export const PostAdminLessonUpdate = lessonFields.partial().strict()
export type PostAdminLessonUpdateType = z.infer<typeof PostAdminLessonUpdate>

export const PostAdminLessonOrder = z.object({ ids: z.array(z.string().min(1)).min(1).max(500) }).strict()
export type PostAdminLessonOrderType = z.infer<typeof PostAdminLessonOrder>

/** Lesson files travel as base64 in JSON (validated like every other body): PDFs, images, audio and video up to 20 MB. */
export const LESSON_FILE_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "audio/mpeg",
  "video/mp4",
  "video/webm",
] as const
export const LESSON_FILE_MAX_BYTES = 20 * 1024 * 1024
export const PostAdminLessonFile = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[^/\\]+$/, "a file name, not a path"),
    mime_type: z.enum(LESSON_FILE_TYPES),
    content_base64: z
      .string()
      .min(4)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "content_base64 must be base64"),
  })
  .strict()
  .transform((f, ctx) => {
    const size = Math.floor((f.content_base64.length * 3) / 4) - (f.content_base64.match(/=+$/)?.[0].length ?? 0)
    if (size > LESSON_FILE_MAX_BYTES)
      ctx.addIssue({
        code: "custom",
        message: `content_base64: a lesson file may be at most ${LESSON_FILE_MAX_BYTES / 1024 / 1024} MB`,
        path: ["content_base64"],
      })
    return { ...f, size }
  })
export type PostAdminLessonFileType = z.infer<typeof PostAdminLessonFile>

const sessionFields = z.object({
  title: text(160).nullish(),
  starts_at: saneDate("starts_at"),
  ends_at: saneDate("ends_at"),
  timezone: z.string().min(3).max(60),
  mode: z.enum(["online", "in_person"]),
  online_url: url.nullish(),
  place: text(300).nullish(),
  language,
  seat_limit: z.number().int().min(1).max(10_000),
})
type SessionShape = {
  starts_at?: Date
  ends_at?: Date
  mode?: "online" | "in_person"
  online_url?: string | null
  place?: string | null
}
const sessionRules = <T extends z.ZodType<SessionShape>>(schema: T) =>
  schema
    .refine((s) => !s.starts_at || !s.ends_at || s.ends_at > s.starts_at, {
      message: "ends_at: must be after starts_at",
      path: ["ends_at"],
    })
    .refine((s) => s.mode !== "online" || Boolean(s.online_url), {
      message: "online_url: an online workshop needs its link",
      path: ["online_url"],
    })
    .refine((s) => s.mode !== "in_person" || Boolean(s.place), {
      message: "place: an in-person workshop needs a place",
      path: ["place"],
    })

export const PostAdminSession = sessionRules(
  sessionFields
    .extend({
      timezone: sessionFields.shape.timezone.default("Asia/Kolkata"),
      language: language.default("hi"),
      /** Seat prices; none (or all 0) makes the workshop free. */
      prices: z.array(price).max(3).default([]),
    })
    .strict()
    .refine((s) => s.starts_at > new Date(), {
      message: "starts_at: a workshop starts in the future",
      path: ["starts_at"],
    })
)
export type PostAdminSessionType = z.infer<typeof PostAdminSession>
export const PostAdminSessionUpdate = sessionRules(
  sessionFields
    .partial()
    .extend({ status: z.enum(["scheduled", "cancelled"]).optional() })
    .strict()
)
export type PostAdminSessionUpdateType = z.infer<typeof PostAdminSessionUpdate>

export const PostAdminEnrolment = z.object({ customer_id: z.string().min(1) }).strict()
export type PostAdminEnrolmentType = z.infer<typeof PostAdminEnrolment>

const yes = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())
export const GetCourses = createFindParams({ limit: 20, offset: 0 }).merge(
  z
    .object({
      craft: z.string().max(40).optional(),
      language: language.optional(),
      level: z.enum(["beginner", "intermediate", "advanced"]).optional(),
      free: yes.optional(),
      q: z.string().trim().max(100).optional(),
      status: z.enum(["draft", "published"]).optional(),
    })
    .strict()
)
export type GetCoursesType = z.infer<typeof GetCourses>

export const GetWorkshops = createFindParams({ limit: 20, offset: 0 }).merge(
  z
    .object({ course_id: z.string().optional(), from: saneDate("from").optional(), language: language.optional() })
    .strict()
)
export type GetWorkshopsType = z.infer<typeof GetWorkshops>

export const GetList = createFindParams({ limit: 20, offset: 0 })

export const PostStoreSeat = z.object({ cart_id: z.string().min(1).optional() }).strict()
export type PostStoreSeatType = z.infer<typeof PostStoreSeat>

export const PostEmpty = z.object({}).strict()
