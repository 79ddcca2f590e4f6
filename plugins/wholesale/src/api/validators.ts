import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** GSTIN: 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity number, Z, check character. */
export const GSTIN = /^[0-3][0-9][A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

const address = z
  .object({
    label: z.string().max(60).optional(),
    address_1: z.string().min(3).max(200),
    address_2: z.string().max(200).optional(),
    city: z.string().min(2).max(80),
    province: z.string().max(80).optional(),
    postal_code: z.string().min(3).max(12),
    country_code: z.string().length(2).toLowerCase(),
  })
  .strict()

export const PostStoreCompany = z
  .object({
    name: z.string().trim().min(2).max(160),
    gst_number: z
      .string()
      .trim()
      .toUpperCase()
      .regex(GSTIN, "gst_number must be a 15-character GSTIN, such as 27AAPFU0939F1ZV"),
    email: z.string().email(),
    phone: z
      .string()
      .regex(/^\+?[0-9 -]{8,16}$/, "phone must be digits, spaces or dashes")
      .nullish(),
    addresses: z.array(address).min(1, "add at least one address").max(5),
  })
  .strict()

export const PostStoreCompanyEmployee = z
  .object({ email: z.string().email(), role: z.enum(["admin", "buyer"]).default("buyer") })
  .strict()

export const PostAdminCompanyReview = z
  .object({ status: z.enum(["approved", "rejected", "suspended"]), note: z.string().max(1000).nullish() })
  .strict()

export const GetCompanies = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ status: z.enum(["pending", "approved", "rejected", "suspended"]).optional() })
)

const quoteStatus = z.enum(["pending_merchant", "pending_customer", "accepted", "rejected", "expired", "withdrawn"])
export const GetQuotes = createFindParams({ limit: 20, offset: 0 }).merge(z.object({ status: quoteStatus.optional() }))

export const PostStoreQuote = z
  .object({
    cart_id: z.string().min(1),
    message: z.string().trim().min(1, "write a short message to the seller").max(2000),
  })
  .strict()
export const PostQuoteMessage = z
  .object({ body: z.string().trim().min(1).max(2000), request_changes: z.boolean().optional() })
  .strict()
export const PostQuoteReject = z.object({ reason: z.string().trim().max(2000).nullish() }).strict()
export const PostCounterOffer = z
  .object({
    items: z
      .array(
        z
          .object({
            item_id: z.string().min(1),
            quantity: z.number().int().min(0).max(1_000_000),
            unit_price: z.number().min(0).max(100_000_000),
          })
          .strict()
      )
      .min(1)
      .max(200),
    lead_time_days: z.number().int().min(0).max(365).nullish(),
    note: z.string().trim().max(2000).nullish(),
  })
  .strict()

export const PostBulkLines = z
  .object({
    lines: z
      .array(
        z.object({ sku: z.string().trim().min(1).max(80), quantity: z.number().int().min(1).max(100_000) }).strict()
      )
      .min(1)
      .max(100),
  })
  .strict()

export const PostVariantTerms = z
  .object({
    min_order_quantity: z.number().int().min(1).max(100_000),
    case_pack: z.number().int().min(1).max(10_000),
    lead_time_days: z.number().int().min(0).max(365).nullish(),
  })
  .strict()

const money = z.number().min(0).max(100_000_000)
export const PostSellerTerms = z
  .object({
    min_order_value: z
      .object({ inr: money.optional(), usd: money.optional(), eur: money.optional() })
      .strict()
      .nullish(),
    payment_terms: z.string().trim().max(200).nullish(),
    lead_time_days: z.number().int().min(0).max(365).nullish(),
  })
  .strict()

export const GetProductWholesale = z.object({ currency_code: z.enum(["inr", "usd", "eur"]).default("inr") }).strict()
