import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ProductListing } from "@/components/ProductListing"
import { LineSheetLinks } from "@/components/wholesale/LineSheetLinks"
import { toAppLocale } from "@/i18n/routing"
import { getCollectionByHandle } from "@/lib/data/catalog"
import { localizedName } from "@/lib/localize"
import { parsePage } from "@/lib/pagination"
import { titleData } from "@/lib/data/errors"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const collection = await titleData(getCollectionByHandle(handle))
  return collection ? { title: localizedName(collection, toAppLocale(raw)) } : {}
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const collection = await getCollectionByHandle(handle)
  if (!collection) notFound()
  const t = await getTranslations({ locale, namespace: "Catalog" })
  return (
    <ProductListing
      locale={locale}
      eyebrow={t("collection")}
      title={localizedName(collection, locale)}
      basePath={`/${locale}/collections/${collection.handle}`}
      page={parsePage((await searchParams).page)}
      collectionId={collection.id}
      extra={
        collection.handle ? (
          <LineSheetLinks
            kind="collections"
            handle={collection.handle}
            name={localizedName(collection, locale)}
            locale={locale}
          />
        ) : null
      }
    />
  )
}
