import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { EmployerPostView } from "@/components/jobs/EmployerDashboard"
import { toAppLocale } from "@/i18n/routing"
import { openEmployerPage, type EmployerPageProps } from "@/lib/employer-page"

type Props = EmployerPageProps<{ post_id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("manage.applicantsTitle"), robots: { index: false } }
}

/** One of the business customer's posts: its review, applicants (shortlist, reject, hire, contact) and matching karigars. */
export default async function BusinessPostPage({ params, searchParams }: Props) {
  const { locale: raw, post_id: postId } = await params
  const { locale } = await openEmployerPage(raw, `/posts/${postId}`)
  return (
    <div className="container section narrow">
      <EmployerPostView
        locale={locale}
        scope={{ kind: "business" }}
        postId={postId}
        query={await searchParams}
        canEdit
      />
    </div>
  )
}
