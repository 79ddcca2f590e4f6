import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { PostJobForm } from "@/components/jobs/EmployerDashboard"
import { toAppLocale } from "@/i18n/routing"
import { openEmployerPage, type EmployerPageProps } from "@/lib/employer-page"

type Props = EmployerPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("postForm.title"), robots: { index: false } }
}

/** A business customer posts a job (it waits for the platform's review). */
export default async function BusinessNewPostPage({ params, searchParams }: Props) {
  const { locale } = await openEmployerPage((await params).locale, "/new")
  return (
    <div className="container section narrow">
      <PostJobForm locale={locale} scope={{ kind: "business" }} query={await searchParams} canEdit />
    </div>
  )
}
