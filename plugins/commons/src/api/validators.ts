import { z } from "@medusajs/framework/zod"
import { saneDate } from "@dharavi/input"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

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
const quantity = z.number().int().min(1).max(1_000_000)
const price = z.number().min(0).max(100_000_000)

// Without defaults, so an update names only what it changes.
const poolFields = z.object({
  handle,
  title: z.string().trim().min(2).max(160),
  description: i18n.nullish(),
  product_id: z.string().min(1),
  variant_id: z.string().min(1),
  unit: z.string().trim().min(1).max(20),
  case_size: z.number().int().min(1).max(100_000),
  currency_code: z.enum(["inr", "usd", "eur"]),
  tiers: z
    .array(z.object({ min_quantity: z.number().int().min(0), unit_price: price }).strict())
    .min(1)
    .max(10),
  min_quantity: quantity,
  max_quantity: quantity,
  opens_at: saneDate("opens_at"),
  closes_at: saneDate("closes_at"),
  fulfilment: z.enum(["pickup", "delivery"]),
  pickup_point: z.string().max(300).nullish(),
  freight_cost: price,
  handling_cost: price,
  cost_split: z.enum(["quantity", "equal"]),
})

/** The fields the cross-field checks read (an update names only some of them). */
type PoolChecked = {
  min_quantity?: number
  max_quantity?: number
  opens_at?: Date
  closes_at?: Date
  tiers?: { min_quantity: number; unit_price: number }[]
}

const consistent = <T extends z.ZodType<PoolChecked>>(schema: T) =>
  schema
    .refine((p) => p.min_quantity === undefined || p.max_quantity === undefined || p.min_quantity <= p.max_quantity, {
      message: "min_quantity cannot exceed max_quantity",
      path: ["min_quantity"],
    })
    .refine((p) => !p.opens_at || !p.closes_at || p.opens_at < p.closes_at, {
      message: "a pool must close after it opens",
      path: ["closes_at"],
    })
    .refine((p) => !p.tiers || new Set(p.tiers.map((t) => t.min_quantity)).size === p.tiers.length, {
      message: "each tier needs its own min_quantity",
      path: ["tiers"],
    })
    .refine(
      (p) =>
        !p.tiers ||
        [...p.tiers]
          .sort((a, b) => a.min_quantity - b.min_quantity)
          .every((t, i, all) => i === 0 || t.unit_price <= all[i - 1].unit_price),
      {
        message: "a larger tier cannot cost more per unit",
        path: ["tiers"],
      }
    )

export const PostAdminPool = consistent(
  poolFields
    .extend({
      case_size: poolFields.shape.case_size.default(1),
      currency_code: poolFields.shape.currency_code.default("inr"),
      fulfilment: poolFields.shape.fulfilment.default("pickup"),
      freight_cost: price.default(0),
      handling_cost: price.default(0),
      cost_split: poolFields.shape.cost_split.default("quantity"),
    })
    .strict()
)
export const PostAdminPoolUpdate = consistent(poolFields.partial().strict())
export const GetPools = createFindParams({ limit: 20, offset: 0 }).merge(
  z.object({ status: z.enum(["draft", "open", "succeeded", "failed", "settled", "cancelled"]).optional() })
)

const payment = z
  .object({ provider_id: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() })
  .strict()
export const PostStorePledge = z
  .object({ quantity, flex_quantity: z.number().int().min(0).max(1_000_000).default(0), payment })
  .strict()
