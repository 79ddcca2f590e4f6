import { z } from "@medusajs/framework/zod"
import { SEARCH_CURRENCIES, SEARCH_TYPES } from "../modules/search/types"

const code = (field: string) =>
  z.string().trim().min(1).max(60).regex(/^[\p{L}\p{M}\p{N} _&'().-]+$/u, `${field} may use letters, digits, spaces and - _ & ' ( ) . only`)
const bool = z.enum(["true", "false"]).transform((v) => v === "true")
const amount = z.coerce.number().min(0).max(100_000_000)

/** GET /store/search */
export const GetSearch = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: z.enum(SEARCH_TYPES).optional(),
    category: code("category").optional(),
    craft: code("craft").optional(),
    area: code("area").optional(),
    language: z.enum(["en", "hi", "mr"]).optional(),
    currency: z.enum(SEARCH_CURRENCIES).default("inr"),
    price_min: amount.optional(),
    price_max: amount.optional(),
    wholesale: bool.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    facets: bool.default(true),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })

/** POST /admin/search/reindex */
export const PostReindex = z
  .object({
    types: z.array(z.enum(SEARCH_TYPES)).min(1).max(SEARCH_TYPES.length).optional(),
  })
  .strict()
