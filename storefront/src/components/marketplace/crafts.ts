import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { craftKey } from "@/lib/sellers"

/** Names crafts in the UI language; crafts we do not know are shown as the maker typed them. */
export async function craftLabeler(locale: AppLocale): Promise<(craft: string) => string> {
  const t = await getTranslations({ locale, namespace: "Crafts" })
  return (craft: string) => {
    const key = craftKey(craft)
    if (key) return t(key)
    const plain = craft.replace(/[-_]+/g, " ").trim()
    return plain.charAt(0).toUpperCase() + plain.slice(1)
  }
}
