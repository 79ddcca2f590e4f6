import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { PostJobForm } from "@/components/jobs/EmployerDashboard"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { toAppLocale } from "@/i18n/routing"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"

type Props = ShopPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("postForm.title"), robots: { index: false } }
}

/** The shop posts a job (it waits for the platform's review). */
export default async function ShopNewPostPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, me, membership } = await openShopPage(raw, sellerId, "/jobs/new")
  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="jobs" />
      <PostJobForm
        locale={locale}
        scope={{ kind: "seller", sellerId }}
        query={await searchParams}
        canEdit={membership.seller.status !== "suspended"}
      />
    </div>
  )
}
