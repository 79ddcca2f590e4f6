import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { craftLabeler } from "@/components/marketplace/crafts"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import { Pagination } from "@/components/Pagination"
import { LineSheetLinks } from "@/components/wholesale/LineSheetLinks"
import { ProductGrid } from "@/components/ProductCard"
import { toAppLocale } from "@/i18n/routing"
import { listProductsByIds } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { getSellerByHandle } from "@/lib/data/sellers"
import { pageCount, pageOffset, parsePage, PAGE_SIZE, paginationLabels } from "@/lib/pagination"
import { storyExcerpt, storyFor, storyParagraphs } from "@/lib/sellers"
import { titleData } from "@/lib/data/errors"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, handle } = await params
  const found = await titleData(getSellerByHandle(handle))
  if (!found) return {}
  const story = storyFor(found.seller.story, toAppLocale(raw))
  return { title: found.seller.name, description: story ? storyExcerpt(story.text, 160) : undefined }
}

export default async function MakerPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const found = await getSellerByHandle(handle)
  if (!found) notFound()
  const { seller, product_ids } = found
  const page = parsePage((await searchParams).page)
  const totalPages = pageCount(product_ids.length, PAGE_SIZE)
  const current = Math.min(page, totalPages)

  const [t, tNav, tCatalog, tProduct, craftLabel, region] = await Promise.all([
    getTranslations({ locale, namespace: "Makers" }),
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "Catalog" }),
    getTranslations({ locale, namespace: "Product" }),
    craftLabeler(locale),
    getCurrentRegion(),
  ])
  const ids = product_ids.slice(pageOffset(current, PAGE_SIZE), pageOffset(current, PAGE_SIZE) + PAGE_SIZE)
  const products = region ? await listProductsByIds(ids, region.id) : []
  const story = storyFor(seller.story, locale)
  const crafts = [...new Set((seller.crafts ?? []).map(craftLabel))]

  return (
    <div className="container section">
      <nav aria-label={tNav("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={`/${locale}`}>{tNav("home")}</Link>
          </li>
          <li>
            <Link href={`/${locale}/makers`}>{tNav("makers")}</Link>
          </li>
          <li aria-current="page">{seller.name}</li>
        </ol>
      </nav>

      <section className="maker-profile card" data-testid="maker-profile" data-handle={seller.handle}>
        <MakerAvatar name={seller.name} photoUrl={seller.photo_url} size="lg" />
        <div>
          <p className="eyebrow">{seller.kind === "workshop" ? t("kind.workshop") : t("kind.artisan")}</p>
          <h1 data-testid="maker-name">{seller.name}</h1>
          <dl className="maker-facts">
            {crafts.length ? (
              <div>
                <dt>{t("crafts")}</dt>
                <dd>{crafts.join(", ")}</dd>
              </div>
            ) : null}
            {seller.area ? (
              <div>
                <dt>{t("area")}</dt>
                <dd>{seller.area}</dd>
              </div>
            ) : null}
          </dl>
          {seller.verification_status === "verified" ? <p className="pill pill-verified">✓ {t("verified")}</p> : null}
        </div>
      </section>

      {story ? (
        <section className="maker-story" aria-labelledby="story-title" data-testid="maker-story">
          <h2 id="story-title">{t("storyTitle")}</h2>
          <div lang={story.lang !== locale ? story.lang : undefined}>
            {storyParagraphs(story.text).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      ) : null}

      <LineSheetLinks kind="sellers" handle={seller.handle} name={seller.name} locale={locale} />

      <section className="section" aria-labelledby="maker-products-title">
        <h2 id="maker-products-title">{t("productsTitle", { name: seller.name })}</h2>
        <p className="muted">{tCatalog("productCount", { count: product_ids.length })}</p>
        {products.length ? (
          <ProductGrid
            products={products}
            locale={locale}
            labels={{ from: (price) => tCatalog("from", { price }), noPrice: tProduct("noPrice") }}
          />
        ) : (
          <div className="empty-state" data-testid="maker-products-empty">
            <p>{t("productsEmpty", { name: seller.name })}</p>
            <Link href={`/${locale}/makers`} className="button button-secondary">
              {t("backToMakers")}
            </Link>
          </div>
        )}
        <Pagination
          basePath={`/${locale}/makers/${seller.handle}`}
          page={current}
          totalPages={totalPages}
          labels={paginationLabels(tCatalog, current, totalPages, locale)}
        />
      </section>
    </div>
  )
}
