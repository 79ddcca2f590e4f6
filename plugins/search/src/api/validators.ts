import { z } from "@medusajs/framework/zod"
import { SEARCH_CURRENCIES, SEARCH_TYPES } from "../modules/search/types"

// Facet values come from the data (an area may hold a comma), so a filter takes whatever text a facet can offer, but no control characters.
const value = (field: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^\p{Cc}]+$/u, `${field} may not contain control characters`)
const bool = z.enum(["true", "false"]).transform((v) => v === "true")
const amount = z.coerce.number().min(0).max(100_000_000)

/** GET /store/search */
export const GetSearch = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: z.enum(SEARCH_TYPES).optional(),
    category: value("category").optional(),
    craft: value("craft").optional(),
    area: value("area").optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, "language is a two-letter code such as hi, mr or en")
      .optional(),
    currency: z.enum(SEARCH_CURRENCIES).default("inr"),
    /** The lowest price is at least price_min and below price_max (the price facet's buckets). */
    price_min: amount.optional(),
    price_max: amount.optional(),
    wholesale: bool.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    facets: bool.default(true),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min < v.price_max, {
    message: "price_min must be below price_max",
    path: ["price_min"],
  })

/** POST /admin/search/reindex */
export const PostReindex = z
  .object({
    types: z.array(z.enum(SEARCH_TYPES)).min(1).max(SEARCH_TYPES.length).optional(),
  })
  .strict()
