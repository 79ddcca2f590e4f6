import type { AppLocale } from "@/i18n/routing"
import { localizedTitle } from "@/lib/localize"

type ItemLike = {
  product_title?: string | null
  title?: string | null
  variant_title?: string | null
  product?: { metadata?: Record<string, unknown> | null } | null
}

/** A line item's product title in the UI language (from the product's metadata.i18n). */
export function itemTitle(item: ItemLike, locale: AppLocale): string {
  return localizedTitle(
    { title: item.product_title ?? item.title ?? "", metadata: item.product?.metadata ?? null },
    locale
  )
}
