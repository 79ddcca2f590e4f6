import { z } from "@medusajs/framework/zod"

/** `?lang=en|hi&currency=inr|usd|eur` (defaults: en, inr). */
export const GetLineSheetParams = z.object({
  lang: z.enum(["en", "hi"]).default("en"),
  currency: z.enum(["inr", "usd", "eur"]).default("inr"),
})

export type GetLineSheetParamsType = z.infer<typeof GetLineSheetParams>
