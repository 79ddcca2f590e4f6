import { z } from "@medusajs/framework/zod"
import { saneDate } from "@dharavi/input"
import { LEVEL_CODES, TRADE_CODES } from "../lib/trades"

const skill = z
  .object({
    trade: z.enum(TRADE_CODES, { message: "trade must be one of the trades listed at /store/jobs/trades" }),
    level: z.enum(LEVEL_CODES),
  })
  .strict()
const skills = z
  .array(skill)
  .min(1, "list at least one skill")
  .max(12)
  .refine((list) => new Set(list.map((s) => s.trade)).size === list.length, "skills: list each trade once")

const url = (field: string) =>
  z
    .string()
    .trim()
    .max(500)
    .regex(/^https?:\/\/[^\s]+$/, `${field} must be http(s) URLs`)
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 -]{8,16}$/, "phone must be 8 to 16 digits, spaces or dashes")
const rupees = z.number().int().min(1).max(10_000_000)
const area = z.string().trim().min(2).max(80)
const date = (field: string) => saneDate(field, { message: `${field} must be a date (YYYY-MM-DD)` })
const shift = z.enum(["morning", "day", "evening", "night", "flexible"])
const languages = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/, "languages are 2- or 3-letter codes such as hi, mr, ur")
  )
  .max(10)

export const PostKarigarProfile = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    photo_url: url("photo_url").nullish(),
    skills: skills.optional(),
    years_experience: z.number().int().min(0).max(70).optional(),
    languages: languages.optional(),
    expected_wage: rupees.nullish(),
    wage_period: z.enum(["day", "month"]).optional(),
    area: area.optional(),
    available_from: date("available_from").nullish(),
    available_tomorrow: z.boolean().optional(),
    portfolio_urls: z.array(url("portfolio_urls")).max(12).optional(),
    story: z.string().trim().max(2000).nullish(),
    phone: phone.nullish(),
    email: z.string().trim().email({ message: "email must be an email address" }).nullish(),
  })
  .strict()

export const PostEmployerProfile = z
  .object({
    name: z.string().trim().min(2).max(160).optional(),
    area: area.optional(),
    about: z.string().trim().max(2000).nullish(),
    phone: phone.nullish(),
    email: z.string().trim().email({ message: "email must be an email address" }).nullish(),
  })
  .strict()

export const PostJobPost = z
  .object({
    title: z.string().trim().min(4).max(160),
    description: z.string().trim().max(4000).nullish(),
    skills,
    employment_type: z.enum(["daily", "short_term", "long_term"]),
    wage_amount: rupees,
    wage_period: z.enum(["day", "month"]),
    shifts: z.array(shift).max(5).optional(),
    area,
    landmark: z.string().trim().max(160).nullish(),
    address: z.string().trim().max(400).nullish(),
    openings: z.number().int().min(1).max(500),
    starts_on: date("starts_on"),
    ends_on: date("ends_on").nullish(),
    expires_at: date("expires_at").nullish(),
  })
  .strict()

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}
const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))

export const GetBoard = z
  .object({
    ...page,
    skill: csv.pipe(z.array(z.enum(TRADE_CODES)).max(12)).optional(),
    area: area.optional(),
    type: z.enum(["daily", "short_term", "long_term"]).optional(),
    wage_min: z.coerce.number().min(0).max(10_000_000).optional(),
    wage_max: z.coerce.number().min(0).max(10_000_000).optional(),
    q: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .refine((v) => v.wage_min === undefined || v.wage_max === undefined || v.wage_min <= v.wage_max, {
    message: "wage_min must not be above wage_max",
    path: ["wage_min"],
  })

export const GetPage = z.object(page).strict()
export const GetApplications = z
  .object({ ...page, status: z.enum(["applied", "shortlisted", "rejected", "hired", "withdrawn"]).optional() })
  .strict()
export const GetEmployerPosts = z
  .object({
    ...page,
    status: z.enum(["pending", "live", "rejected", "filled", "closed", "expired", "removed"]).optional(),
  })
  .strict()

export const PostApply = z.object({ note: z.string().trim().max(500).nullish() }).strict()
export const PostShareContact = z.object({ share: z.boolean().default(true) }).strict()
export const PostReport = z
  .object({
    reason: z.enum(["asks_for_money", "fake_job", "unsafe_work", "wrong_wage", "child_labour", "other"]),
    details: z.string().trim().max(1000).nullish(),
  })
  .strict()
export const PostEmpty = z.object({}).strict()

// Admin
export const GetAdminPosts = z
  .object({
    ...page,
    status: z.enum(["pending", "live", "rejected", "filled", "closed", "expired", "removed"]).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict()
export const PostModerate = z
  .object({ status: z.enum(["live", "rejected", "removed"]), note: z.string().trim().max(1000).nullish() })
  .strict()
export const GetReports = z.object({ ...page, status: z.enum(["open", "dismissed", "actioned"]).optional() }).strict()
export const PostResolveReport = z
  .object({
    status: z.enum(["dismissed", "actioned"]),
    note: z.string().trim().max(1000).nullish(),
    remove_post: z.boolean().optional(),
  })
  .strict()
export const GetAdminKarigars = z
  .object({ ...page, status: z.enum(["active", "hidden"]).optional(), area: area.optional() })
  .strict()
export const PostKarigarStatus = z.object({ status: z.enum(["active", "hidden"]) }).strict()
export const GetAdminEmployers = z
  .object({
    ...page,
    verified: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
  })
  .strict()
export const PostVerifyEmployer = z.object({ verified: z.boolean() }).strict()
export const GetReveals = z
  .object({ ...page, viewer_id: z.string().optional(), application_id: z.string().optional() })
  .strict()

export type PostKarigarProfileType = z.infer<typeof PostKarigarProfile>
export type PostEmployerProfileType = z.infer<typeof PostEmployerProfile>
export type PostJobPostType = z.infer<typeof PostJobPost>
export type GetPageType = z.infer<typeof GetPage>
export type GetBoardType = z.infer<typeof GetBoard>
export type GetApplicationsType = z.infer<typeof GetApplications>
export type GetEmployerPostsType = z.infer<typeof GetEmployerPosts>
export type PostApplyType = z.infer<typeof PostApply>
export type PostShareContactType = z.infer<typeof PostShareContact>
export type PostReportType = z.infer<typeof PostReport>
export type GetAdminPostsType = z.infer<typeof GetAdminPosts>
export type PostModerateType = z.infer<typeof PostModerate>
export type GetReportsType = z.infer<typeof GetReports>
export type PostResolveReportType = z.infer<typeof PostResolveReport>
export type GetAdminKarigarsType = z.infer<typeof GetAdminKarigars>
export type PostKarigarStatusType = z.infer<typeof PostKarigarStatus>
export type GetAdminEmployersType = z.infer<typeof GetAdminEmployers>
export type PostVerifyEmployerType = z.infer<typeof PostVerifyEmployer>
export type GetRevealsType = z.infer<typeof GetReveals>
