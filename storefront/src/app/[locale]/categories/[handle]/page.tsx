import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ProductListing } from "@/components/ProductListing"
import { toAppLocale } from "@/i18n/routing"
import { getCategoryByHandle } from "@/lib/data/catalog"
import { localizedCategoryDescription, localizedName } from "@/lib/localize"
import { parsePage } from "@/lib/pagination"
import { titleData } from "@/lib/data/errors"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const category = await titleData(getCategoryByHandle(handle))
  return category ? { title: localizedName(category, toAppLocale(raw)) } : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const category = await getCategoryByHandle(handle)
  if (!category) notFound()
  const t = await getTranslations({ locale, namespace: "Catalog" })
  return (
    <ProductListing
      locale={locale}
      eyebrow={t("category")}
      title={localizedName(category, locale)}
      intro={localizedCategoryDescription(category, locale)}
      basePath={`/${locale}/categories/${category.handle}`}
      page={parsePage((await searchParams).page)}
      categoryId={category.id}
    />
  )
}
