import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { EmployerHome } from "@/components/jobs/EmployerDashboard"
import { toAppLocale } from "@/i18n/routing"
import { openEmployerPage, type EmployerPageProps } from "@/lib/employer-page"

type Props = EmployerPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Jobs" })
  return { title: t("employer.accountTitle"), robots: { index: false } }
}

/** Hiring as a business customer: the employer profile and the job posts (`/store/jobs/employer`). */
export default async function BusinessEmployerPage({ params, searchParams }: Props) {
  const { locale } = await openEmployerPage((await params).locale)
  const [t, tAccount, query] = await Promise.all([
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "Account" }),
    searchParams,
  ])
  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/account`} className="text-link">
          ← {tAccount("title")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="employer-title">{t("employer.accountTitle")}</h1>
        <p className="lead">{t("employer.intro")}</p>
      </header>
      <EmployerHome locale={locale} scope={{ kind: "business" }} query={query} canEdit />
    </div>
  )
}
