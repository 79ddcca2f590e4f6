import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import type {
  AdminSellerStatusBody,
  StoreSellersQuery,
  VendorAddMemberBody,
  VendorCreateSellerBody,
  VendorRegisterUserBody,
  VendorStockBody,
  VendorUpdateSellerBody,
} from "../contract/http"

const handle = z
  .string()
  .min(3, "handle must be at least 3 characters")
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle may use lowercase letters, digits and single hyphens")
const story = z
  .object({
    en: z.string().max(4000).optional(),
    hi: z.string().max(4000).optional(),
    mr: z.string().max(4000).optional(),
  })
  .strict()
const contact = z
  .object({
    phone: z
      .string()
      .regex(/^\+?[0-9 -]{8,16}$/, "phone must be a phone number")
      .optional(),
    whatsapp: z
      .string()
      .regex(/^\+?[0-9 -]{8,16}$/, "whatsapp must be a phone number")
      .optional(),
    email: z.string().email().optional(),
  })
  .strict()
const payout = z
  .object({
    account_name: z.string().max(120).optional(),
    account_number: z
      .string()
      .regex(/^[0-9]{6,18}$/, "account_number must be 6-18 digits")
      .optional(),
    ifsc: z
      .string()
      .regex(/^[A-Z]{4}0[A-Z0-9]{6}$/, "ifsc must look like SBIN0001234")
      .optional(),
    upi_id: z
      .string()
      .regex(/^[\w.-]+@[\w.-]+$/, "upi_id must look like name@bank")
      .optional(),
  })
  .strict()
const gst = z
  .string()
  .regex(/^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/, "gst_number must be a 15-character GSTIN")
const percent = z.number().min(0).max(100)

export const SellerProfileFields = {
  name: z.string().min(2).max(120),
  kind: z.enum(["artisan", "workshop"]),
  crafts: z.array(z.string().min(2).max(40)).max(10),
  area: z.string().max(80).nullable(),
  story: story.nullable(),
  photo_url: z.string().url().nullable(),
  contact: contact.nullable(),
  gst_number: gst.nullable(),
  artisan_card: z.string().max(40).nullable(),
  payout_details: payout.nullable(),
}

export const PostVendorUser = z
  .object({
    name: z.string().min(2).max(120),
    phone: z
      .string()
      .regex(/^\+?[0-9 -]{8,16}$/)
      .nullish(),
  })
  .strict() satisfies z.ZodType<VendorRegisterUserBody>

export const PostVendorSeller = z
  .object({ handle, ...SellerProfileFields, name: SellerProfileFields.name })
  .partial()
  .required({ handle: true, name: true })
  .strict() satisfies z.ZodType<VendorCreateSellerBody>

export const PostVendorSellerUpdate = z
  .object({ handle, ...SellerProfileFields })
  .partial()
  .strict() satisfies z.ZodType<VendorUpdateSellerBody>

/** Fields only an owner may change: how the seller is paid and reached, and its legal identity. */
export const OWNER_ONLY_FIELDS = ["payout_details", "contact", "gst_number", "artisan_card", "handle"] as const

export const PostVendorMember = z
  .object({
    email: z.string().email(),
    role: z.enum(["staff", "digipreneur"]),
    revenue_share: percent.optional(),
  })
  .strict()
  .refine((m) => m.role === "digipreneur" || !m.revenue_share, {
    message: "only a digi-preneur earns a revenue share",
    path: ["revenue_share"],
  }) satisfies z.ZodType<VendorAddMemberBody>

const price = z.object({ currency_code: z.enum(["inr", "usd", "eur"]), amount: z.number().positive() }).strict()
const optionValues = z.record(z.string().min(1), z.string().min(1))
const variant = z
  .object({
    title: z.string().min(1).max(200),
    sku: z.string().max(64).optional(),
    options: optionValues,
    prices: z.array(price).min(1, "a variant needs at least one price"),
    manage_inventory: z.boolean().optional(),
  })
  .strict()

export const PostVendorProduct = z
  .object({
    title: z.string().min(2).max(200),
    handle: handle.optional(),
    subtitle: z.string().max(200).optional(),
    description: z.string().max(10000).optional(),
    thumbnail: z.string().url().optional(),
    images: z
      .array(z.object({ url: z.string().url() }).strict())
      .max(12)
      .optional(),
    category_ids: z.array(z.string()).max(5).optional(),
    options: z.array(z.object({ title: z.string().min(1), values: z.array(z.string().min(1)).min(1) }).strict()).min(1),
    variants: z.array(variant).min(1),
    weight: z.number().positive().optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
    status: z.enum(["draft", "published"]).optional(),
  })
  .strict()

export const PostVendorProductUpdate = z
  .object({
    title: z.string().min(2).max(200),
    subtitle: z.string().max(200),
    description: z.string().max(10000),
    // null removes the main photo (e.g. when the last photo is deleted).
    thumbnail: z.string().url().nullable(),
    images: z.array(z.object({ url: z.string().url() }).strict()).max(12),
    category_ids: z.array(z.string()).max(5),
    weight: z.number().positive(),
    metadata: z.record(z.string(), z.unknown()),
    status: z.enum(["draft", "published"]),
    variants: z.array(variant.partial().extend({ id: z.string().optional() }).strict()),
  })
  .partial()
  .strict()

export const PostVendorStock = z
  .object({
    variant_id: z.string(),
    stocked_quantity: z.number().int().min(0).max(1_000_000),
    location_id: z.string().optional(),
  })
  .strict() satisfies z.ZodType<VendorStockBody>

export const PostAdminSellerStatus = z
  .object({
    status: z.enum(["active", "suspended"]),
    commission_rate: percent.optional(),
    verification_status: z.enum(["unverified", "pending", "verified", "rejected"]).optional(),
  })
  .strict() satisfies z.ZodType<AdminSellerStatusBody>

export const GetSellersParams = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({
    q: z.string().max(100).optional(),
    craft: z.string().max(40).optional(),
    area: z.string().max(80).optional(),
  })
) satisfies z.ZodType<StoreSellersQuery>
export const GetAdminSellersParams = GetSellersParams.merge(
  z.object({ status: z.enum(["pending", "active", "suspended"]).optional() })
)
export const GetListParams = createFindParams({ limit: 20, offset: 0 })

export type PostVendorSellerType = z.infer<typeof PostVendorSeller>
export type PostVendorSellerUpdateType = z.infer<typeof PostVendorSellerUpdate>
export type PostVendorMemberType = z.infer<typeof PostVendorMember>
export type PostVendorProductType = z.infer<typeof PostVendorProduct>
export type PostVendorProductUpdateType = z.infer<typeof PostVendorProductUpdate>
export type PostVendorStockType = z.infer<typeof PostVendorStock>
export type PostAdminSellerStatusType = z.infer<typeof PostAdminSellerStatus>
export type PostVendorUserType = z.infer<typeof PostVendorUser>
