import Link from "next/link"
import { getLocale, getTranslations } from "next-intl/server"

export default async function NotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: "Errors" })
  return (
    <div className="container section narrow">
      <div className="empty-state" data-testid="not-found">
        <h1>{t("notFoundTitle")}</h1>
        <p>{t("notFoundBody")}</p>
        <Link href={`/${locale}`} className="button">
          {t("backHome")}
        </Link>
      </div>
    </div>
  )
}
