import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { EmployerPostView } from "@/components/jobs/EmployerDashboard"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { toAppLocale } from "@/i18n/routing"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"

type Props = ShopPageProps<{ post_id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("manage.applicantsTitle"), robots: { index: false } }
}

/** One of the shop's posts: its review, applicants (shortlist, reject, hire, contact) and matching karigars. */
export default async function ShopPostPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId, post_id: postId } = await params
  const { locale, me, membership } = await openShopPage(raw, sellerId, `/jobs/posts/${postId}`)
  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="jobs" />
      <EmployerPostView
        locale={locale}
        scope={{ kind: "seller", sellerId }}
        postId={postId}
        query={await searchParams}
        canEdit={membership.seller.status !== "suspended"}
      />
    </div>
  )
}
