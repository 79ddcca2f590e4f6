import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { EmployerHome } from "@/components/jobs/EmployerDashboard"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { toAppLocale } from "@/i18n/routing"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"

type Props = ShopPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("employer.title"), robots: { index: false } }
}

/** The shop's "Jobs" tab: its employer profile and job posts (`/vendors/sellers/:id/jobs`), for any member. */
export default async function ShopJobsPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, me, membership } = await openShopPage(raw, sellerId, "/jobs")
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "Jobs" }), searchParams])
  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="jobs" />
      <h2 data-testid="employer-title">{t("employer.title")}</h2>
      <p className="muted">{t("employer.intro")}</p>
      <EmployerHome
        locale={locale}
        scope={{ kind: "seller", sellerId }}
        query={query}
        canEdit={membership.seller.status !== "suspended"}
      />
    </div>
  )
}
