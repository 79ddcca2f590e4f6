import { z } from "@medusajs/framework/zod"
import { saneDate, saneDateTime, saneLocalDate } from "@dharavi/input"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { WEEKDAYS } from "../lib/zoned-time"

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "times are 24-hour HH:MM")
const i18n = z
  .object({
    en: z.string().max(4000).optional(),
    hi: z.string().max(4000).optional(),
    mr: z.string().max(4000).optional(),
  })
  .strict()
const handle = z
  .string()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle may use lowercase letters, digits and single hyphens")
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz })
    return true
  } catch {
    return false
  }
}, "timezone must be an IANA zone such as Asia/Kolkata")
const openingHours = z
  .object(
    Object.fromEntries(
      WEEKDAYS.map((d) => [
        d,
        z
          .array(z.tuple([clock, clock]))
          .max(4)
          .optional(),
      ])
    )
  )
  .strict()
const minutes = (max: number) => z.number().int().min(0).max(max)

export const PostAdminToolHouse = z
  .object({
    handle,
    name: z.string().min(2).max(120),
    area: z.string().max(80).nullish(),
    address_landmark: z.string().max(200).nullish(),
    description: i18n.nullish(),
    photos: z.array(z.string().url()).max(12).optional(),
    timezone: timeZone.optional(),
    opening_hours: openingHours,
    status: z.enum(["active", "inactive"]).optional(),
    seller_id: z.string().nullish(),
  })
  .strict()
export const PostAdminToolHouseUpdate = PostAdminToolHouse.partial().strict()

const unitRules = {
  min_minutes: minutes(24 * 60).refine((m) => m >= 15, "min_minutes must be at least 15"),
  max_minutes: minutes(7 * 24 * 60),
  slot_minutes: z.number().int().min(5).max(240),
  min_notice_minutes: minutes(30 * 24 * 60),
  max_advance_days: z.number().int().min(1).max(365),
  buffer_before_minutes: minutes(24 * 60),
  buffer_after_minutes: minutes(24 * 60),
  daily_cap_minutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .nullable(),
  required_qualification_id: z.string().nullable(),
  variant_id: z.string().nullable(),
  active: z.boolean(),
}
export const PostAdminUnit = z
  .object({
    name: z.string().min(1).max(120),
    kind: z.enum(["bench", "machine", "storage_bay"]),
    description: i18n.nullish(),
    ...unitRules,
  })
  .partial()
  .required({ name: true, kind: true })
  .strict()
  .refine((u) => u.min_minutes === undefined || u.max_minutes === undefined || u.min_minutes <= u.max_minutes, {
    message: "min_minutes cannot exceed max_minutes",
    path: ["min_minutes"],
  })
export const PostAdminUnitUpdate = z
  .object({ name: z.string().min(1).max(120), description: i18n.nullable(), ...unitRules })
  .partial()
  .strict()

export const PostAdminOutage = z
  .object({
    unit_id: z.string().nullish(),
    starts_at: saneDate("starts_at"),
    ends_at: saneDate("ends_at"),
    reason: z.string().max(200).nullish(),
  })
  .strict()
  .refine((o) => o.starts_at < o.ends_at, { message: "an outage must end after it starts", path: ["ends_at"] })

export const PostAdminQualification = z.object({ code: handle, name: i18n }).strict()
export const PostAdminGrantQualification = z
  .object({ customer_id: z.string(), source: z.string().max(40).optional() })
  .strict()
export const PostAdminCheckIn = z
  .object({ code: z.string().regex(/^[2-9A-HJ-NP-Z]{10}$/, "a check-in code has 10 letters and digits") })
  .strict()

export const PostStoreBooking = z
  .object({
    unit_id: z.string().optional(),
    tool_house_id: z.string().optional(),
    kind: z.enum(["bench", "machine", "storage_bay"]).optional(),
    starts_at: saneDateTime("starts_at"),
    ends_at: saneDateTime("ends_at"),
    cart_id: z.string().optional(),
  })
  .strict()
  .refine((b) => Boolean(b.unit_id) !== Boolean(b.tool_house_id), {
    message: "give either unit_id, or tool_house_id (with kind) for any free unit",
    path: ["unit_id"],
  })

export const GetAvailabilityParams = z
  .object({
    from: saneLocalDate("from", { message: "from is a local date YYYY-MM-DD" }),
    days: z.coerce.number().int().min(1).max(31).default(7),
    duration: z.coerce
      .number()
      .int()
      .min(15)
      .max(24 * 60)
      .optional(),
    unit_id: z.string().optional(),
    kind: z.enum(["bench", "machine", "storage_bay"]).optional(),
  })
  .strict()

export const GetAdminBookingsParams = createFindParams({ limit: 200, offset: 0 }).merge(
  z.object({ from: saneDate("from"), to: saneDate("to"), unit_id: z.string().optional() })
)
export const GetListParams = createFindParams({ limit: 20, offset: 0 })

export type PostStoreBookingType = z.infer<typeof PostStoreBooking>
export type GetAvailabilityParamsType = z.infer<typeof GetAvailabilityParams>
