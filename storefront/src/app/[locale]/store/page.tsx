import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ProductListing } from "@/components/ProductListing"
import { toAppLocale } from "@/i18n/routing"
import { parsePage } from "@/lib/pagination"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toAppLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Catalog" })
  return { title: t("storeTitle") }
}

export default async function StorePage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "Catalog" })
  const page = parsePage((await searchParams).page)
  return (
    <ProductListing
      locale={locale}
      title={t("storeTitle")}
      intro={t("storeIntro")}
      basePath={`/${locale}/store`}
      page={page}
    />
  )
}
