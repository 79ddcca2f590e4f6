import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { ShopHeader } from "@/components/marketplace/ShopHeader"
import { Pagination } from "@/components/Pagination"
import { toAppLocale } from "@/i18n/routing"
import { openShopPage, type ShopPageProps } from "@/lib/dashboard"
import { describe, kindOf } from "@/lib/data/errors"
import { getShopProfile, listVendorProducts } from "@/lib/data/vendor"
import { formatMoney, formatNumber } from "@/lib/money"
import { pageCount, parsePage, paginationLabels } from "@/lib/pagination"
import { storyFor } from "@/lib/sellers"
import { goesOnSaleOnApproval, priceRange, productAvailable, type VendorProduct } from "@/lib/vendor-products"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = ShopPageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Dashboard" })
  return { title: t("productsTitle"), robots: { index: false } }
}

export default async function ShopDashboardPage({ params, searchParams }: Props) {
  const { locale: raw, seller_id: sellerId } = await params
  const { locale, base, me, membership } = await openShopPage(raw, sellerId)
  const query = await searchParams
  const page = parsePage(query.page)
  const [t, tCatalog] = await Promise.all([
    getTranslations({ locale, namespace: "Dashboard" }),
    getTranslations({ locale, namespace: "Catalog" }),
  ])

  let products: VendorProduct[] = []
  let count = 0
  let failed: FailureKind | null = null
  try {
    ;({ products, count } = await listVendorProducts(sellerId, page))
  } catch (error) {
    console.error("[dashboard] products failed:", describe(error))
    failed = kindOf(error)
  }
  const totalPages = pageCount(count)
  const canEdit = membership.seller.status !== "suspended"
  // What the shop profile still lacks: a photo, a story, and (for the owner) where to send the money.
  const profile = canEdit ? await getShopProfile(sellerId) : null
  const payout = profile?.seller.payout_details
  const todo = profile
    ? ([
        !profile.seller.photo_url ? "photo" : null,
        !storyFor(profile.seller.story, locale) ? "story" : null,
        profile.role === "owner" && !payout?.upi_id && !payout?.account_number ? "payout" : null,
      ].filter(Boolean) as ("photo" | "story" | "payout")[])
    : []

  return (
    <div className="container section narrow">
      <ShopHeader locale={locale} me={me} membership={membership} active="products" opened={query.opened === "1"} />

      {query.deleted === "1" ? (
        <p className="notice notice-success" role="status" data-testid="deleted-notice">
          {t("deleted")}
        </p>
      ) : null}

      <div className="section-head">
        <h2>{t("productsTitle")}</h2>
        <span className="muted">{t("productCount", { count })}</span>
      </div>
      {canEdit ? (
        <Link href={`${base}/products/new`} className="button button-large button-block" data-testid="add-product">
          + {t("addProduct")}
        </Link>
      ) : null}

      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : products.length ? (
        <ul className="vendor-products" data-testid="vendor-products">
          {products.map((p) => {
            const available = productAvailable(p)
            const range = priceRange(p)
            const live = p.status === "published"
            const awaiting = goesOnSaleOnApproval(p, membership.seller.status)
            return (
              <li key={p.id}>
                <Link
                  href={`${base}/products/${p.id}`}
                  className="vendor-product"
                  data-testid="vendor-product"
                  data-product-id={p.id}
                >
                  {p.thumbnail ? (
                    <img src={p.thumbnail} alt="" width={64} height={64} loading="lazy" decoding="async" />
                  ) : (
                    <span className="thumb-placeholder" aria-hidden="true" />
                  )}
                  <span className="vendor-product-main">
                    <strong>{p.title}</strong>
                    <span className="muted">
                      {range
                        ? range.min === range.max
                          ? formatMoney(range.min, "inr", locale)
                          : `${formatMoney(range.min, "inr", locale)} – ${formatMoney(range.max, "inr", locale)}`
                        : t("noPrice")}
                    </span>
                    <span className="shop-pills">
                      <span
                        className={`pill ${live ? "pill-status-active" : awaiting ? "pill-status-pending" : "pill-neutral"}`}
                        data-testid="product-status"
                        data-status={p.status}
                      >
                        {live ? t("live") : awaiting ? t("afterApproval") : t("draft")}
                      </span>
                      <span
                        className={`stock ${available > 0 ? "stock-in_stock" : "stock-out_of_stock"}`}
                        data-testid="product-stock"
                        data-available={available}
                      >
                        {available > 0 ? t("inStock", { count: formatNumber(available, locale) }) : t("outOfStock")}
                      </span>
                    </span>
                  </span>
                  <span aria-hidden="true" className="chevron">
                    ›
                  </span>
                </Link>
              </li>
            )
          })}
        </ul>
      ) : (
        <div className="empty-state" data-testid="no-products">
          <p>
            <strong>{t("noProductsTitle")}</strong>
          </p>
          <p>{t("noProductsBody")}</p>
        </div>
      )}

      <Pagination
        basePath={base}
        page={Math.min(page, totalPages)}
        totalPages={totalPages}
        labels={paginationLabels(tCatalog, Math.min(page, totalPages), totalPages, locale)}
      />

      {todo.length ? (
        <section className="card todo-card" aria-labelledby="todo-title" data-testid="profile-todo">
          <h2 id="todo-title">{t("todoTitle")}</h2>
          <ul className="todo-list">
            {todo.map((item) => (
              <li key={item}>
                <Link
                  href={`${base}/profile#${item === "payout" ? "private" : "profile"}`}
                  className="text-link"
                  data-testid={`todo-${item}`}
                >
                  {t(`todo.${item}`)} →
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
