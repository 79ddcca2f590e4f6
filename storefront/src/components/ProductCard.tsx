import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "@/i18n/routing"
import { lowestPrice, sellerOf } from "@/lib/data/products"
import { localizedTitle } from "@/lib/localize"
import { formatMoney } from "@/lib/money"

/** `by` names the maker under the title ("by Rukhsana Leather"); left out where every card has the same maker. */
type Labels = { from: (price: string) => string; noPrice: string; by?: (name: string) => string }

export function ProductCard({
  product,
  locale,
  labels,
}: {
  product: HttpTypes.StoreProduct
  locale: AppLocale
  labels: Labels
}) {
  const title = localizedTitle(product, locale)
  const price = lowestPrice(product)
  const maker = labels.by ? sellerOf(product) : null
  const prices = new Set((product.variants ?? []).map((v) => v.calculated_price?.calculated_amount))
  const priceText = price
    ? prices.size > 1
      ? labels.from(formatMoney(price.amount, price.currency, locale))
      : formatMoney(price.amount, price.currency, locale)
    : labels.noPrice
  return (
    <li className="product-card" data-testid="product-card" data-handle={product.handle}>
      <Link href={`/${locale}/products/${product.handle}`}>
        <span className="product-card-image">
          {product.thumbnail ? (
            <img src={product.thumbnail} alt="" width={400} height={400} loading="lazy" decoding="async" />
          ) : null}
        </span>
        <span className="product-card-title">{title}</span>
        {maker && labels.by ? (
          <span className="product-card-maker" data-testid="product-card-maker">
            {labels.by(maker.name)}
          </span>
        ) : null}
        <span className="product-card-price">{priceText}</span>
      </Link>
    </li>
  )
}

export function ProductGrid({
  products,
  locale,
  labels,
}: {
  products: HttpTypes.StoreProduct[]
  locale: AppLocale
  labels: Labels
}) {
  return (
    <ul className="product-grid" data-testid="product-grid">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} locale={locale} labels={labels} />
      ))}
    </ul>
  )
}
