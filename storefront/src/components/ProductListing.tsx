import Link from "next/link"
import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { listProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { pageCount, PAGE_SIZE, paginationLabels } from "@/lib/pagination"
import { Pagination } from "./Pagination"
import { ProductGrid } from "./ProductCard"

type Props = {
  locale: AppLocale
  title: string
  intro?: string
  eyebrow?: string
  basePath: string
  page: number
  categoryId?: string
  collectionId?: string
  /** Shown under the title (a collection's line-sheet downloads for wholesale buyers). */
  extra?: ReactNode
}

/** Title, product grid and pagination: the shared body of the store, category and collection pages. */
export async function ProductListing({
  locale,
  title,
  intro,
  eyebrow,
  basePath,
  page,
  categoryId,
  collectionId,
  extra,
}: Props) {
  const [t, tProduct] = await Promise.all([
    getTranslations({ locale, namespace: "Catalog" }),
    getTranslations({ locale, namespace: "Product" }),
  ])
  const region = await getCurrentRegion()
  const { products, count } = region
    ? await listProducts({ regionId: region.id, page, limit: PAGE_SIZE, categoryId, collectionId })
    : { products: [], count: 0 }
  const totalPages = pageCount(count)

  return (
    <div className="container section">
      <header className="page-header">
        {eyebrow ? <p className="eyebrow">{eyebrow}</p> : null}
        <h1 data-testid="listing-title">{title}</h1>
        {intro ? <p className="lead">{intro}</p> : null}
        <p className="muted">{t("productCount", { count })}</p>
      </header>
      {extra}
      {products.length ? (
        <ProductGrid
          products={products}
          locale={locale}
          labels={{
            from: (price) => t("from", { price }),
            noPrice: tProduct("noPrice"),
            by: (name) => tProduct("byMaker", { name }),
          }}
        />
      ) : (
        <div className="empty-state" data-testid="listing-empty">
          <p>{t("empty")}</p>
          <Link href={`/${locale}/store`} className="button button-secondary">
            {t("storeTitle")}
          </Link>
        </div>
      )}
      <Pagination
        basePath={basePath}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        labels={paginationLabels(t, Math.min(page, totalPages), totalPages, locale)}
      />
    </div>
  )
}
