import { setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { requireMembership } from "@/lib/data/vendor"

/** The props Next.js hands each page under /sell/dashboard/[seller_id] (`Extra` for deeper segments). */
export type ShopPageProps<Extra extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string; seller_id: string } & Extra>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * Opens a page of one shop's dashboard: sets the request locale and lets in only members of
 * the shop (others go to sign in and come back to `base + subPath`; non-members get a 404).
 */
export async function openShopPage(rawLocale: string, sellerId: string, subPath = "") {
  const locale = toAppLocale(rawLocale)
  setRequestLocale(locale)
  const base = `/${locale}/sell/dashboard/${sellerId}`
  const { me, membership } = await requireMembership(locale, sellerId, `${base}${subPath}`)
  return { locale, base, me, membership }
}
