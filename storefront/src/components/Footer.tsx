import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"

export async function Footer({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "Footer" })
  const tBrand = await getTranslations({ locale, namespace: "Brand" })
  const tJobs = await getTranslations({ locale, namespace: "Jobs" })
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p className="footer-brand">{tBrand("name")}</p>
        <p className="mission" data-testid="footer-mission">
          {t("mission")}
        </p>
        <p>{t("about")}</p>
        <nav aria-label={t("linksTitle")} className="footer-links">
          <ul>
            <li>
              <Link href={`/${locale}/store`}>{t("shopAll")}</Link>
            </li>
            <li>
              <Link href={`/${locale}/makers`} data-testid="footer-makers">
                {t("makers")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/sell`} data-testid="footer-sell">
                {t("sell")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/sell/login`}>{t("sellerLogin")}</Link>
            </li>
            <li>
              <Link href={`/${locale}/wholesale`} data-testid="footer-wholesale">
                {t("wholesale")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/pools`} data-testid="footer-pools">
                {t("pools")}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/jobs`} data-testid="footer-jobs">
                {tJobs("nav")}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="muted">{t("openSource")}</p>
      </div>
    </footer>
  )
}
