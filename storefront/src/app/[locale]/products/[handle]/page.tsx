import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { craftLabeler } from "@/components/marketplace/crafts"
import { MakerBlock } from "@/components/marketplace/MakerBlock"
import { ProductForm, type PickerOption, type PickerVariant, type WholesaleBoxProps } from "@/components/ProductForm"
import { toAppLocale, type AppLocale } from "@/i18n/routing"
import { getProductByHandle, sellerOf } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { getProductWholesale } from "@/lib/data/wholesale"
import { localizedDescription, localizedName, localizedTitle } from "@/lib/localize"
import { formatMoney, formatNumber } from "@/lib/money"
import { defaultVariant, selectionOf, stockState } from "@/lib/variants"
import type { StoreProductWholesaleResponse } from "@dharavi/wholesale/contract"
import { hasTerms, problemFromQuery, quantityInput, sortTiers } from "@/lib/wholesale"
import { titleData } from "@/lib/data/errors"
import { failureNotice } from "@/lib/failure-text"

type Props = {
  params: Promise<{ locale: string; handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const DEFAULT_VALUES = new Set(["default", "default option value"])

const OPTION_KEYS = ["colour", "size", "capacity", "pack", "finish", "style", "age"] as const
type OptionKey = (typeof OPTION_KEYS)[number]

function optionKey(title: string | null | undefined): OptionKey | null {
  const key = (title ?? "").trim().toLowerCase().replace("color", "colour")
  return (OPTION_KEYS as readonly string[]).includes(key) ? (key as OptionKey) : null
}

async function load(handle: string) {
  const region = await getCurrentRegion()
  const product = region ? await getProductByHandle(handle, region.id) : null
  return { region, product }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, handle } = await params
  const product = (await titleData(load(handle)))?.product
  if (!product) return {}
  const l = toAppLocale(locale)
  return { title: localizedTitle(product, l), description: localizedDescription(product, l).slice(0, 160) }
}

export default async function ProductPage({ params, searchParams }: Props) {
  const { locale: raw, handle } = await params
  const locale: AppLocale = toAppLocale(raw)
  setRequestLocale(locale)
  const { product, region } = await load(handle)
  if (!product) notFound()
  const query = await searchParams
  const currency = region?.currency_code ?? "inr"
  const [t, tNav, tBox, craftLabel, terms] = await Promise.all([
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "WholesaleBox" }),
    craftLabeler(locale),
    getProductWholesale(product.id, currency),
  ])
  const maker = sellerOf(product)

  const title = localizedTitle(product, locale)
  const description = localizedDescription(product, locale)
  const category = product.categories?.[0]
  const images = (product.images?.length ? product.images.map((i) => i.url) : [product.thumbnail]).filter(
    (u): u is string => Boolean(u)
  )

  const variants = product.variants ?? []
  // Option values in the order the variants list them (S, M, L rather than alphabetical).
  const options: PickerOption[] = (product.options ?? []).map((o) => {
    const seen: string[] = []
    for (const v of variants) {
      const value = selectionOf(v)[o.id]
      if (value && !seen.includes(value)) seen.push(value)
    }
    for (const v of o.values ?? []) if (v.value && !seen.includes(v.value)) seen.push(v.value)
    const key = optionKey(o.title)
    const label = key ? t(`optionNames.${key}`) : (o.title ?? "")
    // Products listed without choices have one "Default" option (Medusa needs one): nothing to ask.
    const fixed = seen.length === 1 && DEFAULT_VALUES.has(seen[0]!.toLowerCase())
    return { id: o.id, label, legend: t("chooseOption", { option: label }), values: seen, fixed }
  })
  const pickerVariants: PickerVariant[] = variants.map((v) => {
    const stock = stockState(v)
    const cp = v.calculated_price
    return {
      id: v.id,
      selection: selectionOf(v),
      price:
        typeof cp?.calculated_amount === "number" && cp.currency_code
          ? formatMoney(cp.calculated_amount, cp.currency_code, locale)
          : null,
      stock,
      stockLabel:
        stock === "out_of_stock"
          ? t("outOfStock")
          : stock === "low_stock"
            ? t("lowStock", { count: formatNumber(v.inventory_quantity ?? 0, locale) })
            : t("inStock"),
    }
  })
  const first = defaultVariant(variants)
  const added = query.added === "1"
  const problem = problemFromQuery(query)
  const error = !problem && typeof query.error === "string" ? query.error : null
  const failure = error ? await failureNotice(locale, query) : null
  const wholesale = wholesaleBox(terms, currency, locale, tBox)

  return (
    <div className="container section">
      <nav aria-label={tNav("breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link href={`/${locale}`}>{tNav("home")}</Link>
          </li>
          {category ? (
            <li>
              <Link href={`/${locale}/categories/${category.handle}`}>{localizedName(category, locale)}</Link>
            </li>
          ) : null}
          <li aria-current="page">{title}</li>
        </ol>
      </nav>

      <div className="product-layout">
        <section className="gallery" aria-label={t("images")}>
          {images.map((src, i) => (
            <img
              key={src}
              src={src}
              alt={t("imageAlt", { title, index: formatNumber(i + 1, locale) })}
              width={800}
              height={800}
              loading="lazy"
              decoding="async"
              className={i === 0 ? "gallery-main" : "gallery-thumb"}
            />
          ))}
        </section>

        <section className="product-info">
          <h1 data-testid="product-title">{title}</h1>
          <p className="muted">{t("madeIn")}</p>

          {added ? (
            <div className="notice notice-success" role="status" data-testid="added-notice">
              <span>{t("added")}</span>
              <Link href={`/${locale}/cart`} className="button button-secondary" data-testid="view-cart">
                {t("viewCart")}
              </Link>
            </div>
          ) : null}
          {error ? (
            <p
              className="notice notice-error"
              role="alert"
              data-testid="product-error"
              data-error={failure?.kind ?? error}
            >
              {failure ? failure.text : error === "not_purchasable" ? t("unavailable") : t("addError")}
            </p>
          ) : null}
          {problem ? (
            <p className="notice notice-error" role="alert" data-testid="wholesale-error" data-error={problem.rule}>
              {problem.rule === "minimum"
                ? tBox("problem.minimum", {
                    min: formatNumber(problem.min, locale),
                    quantity: formatNumber(problem.quantity, locale),
                  })
                : problem.rule === "case_pack"
                  ? tBox("problem.case_pack", {
                      pack: formatNumber(problem.pack, locale),
                      suggested: formatNumber(problem.suggested, locale),
                      quantity: formatNumber(problem.quantity, locale),
                    })
                  : tBox("problem.wholesale")}
            </p>
          ) : null}

          <ProductForm
            locale={locale}
            productId={product.id}
            handle={product.handle ?? handle}
            options={options}
            variants={pickerVariants}
            initial={first ? selectionOf(first) : {}}
            labels={{
              addToCart: t("addToCart"),
              adding: t("adding"),
              quantity: t("quantity"),
              unavailable: t("unavailable"),
              noPrice: t("noPrice"),
            }}
            wholesale={wholesale}
          />

          {maker ? (
            <MakerBlock
              seller={maker}
              locale={locale}
              labels={{ madeBy: t("madeBy"), meetMaker: t("meetMaker"), craft: craftLabel }}
            />
          ) : null}

          {description ? (
            <section className="description">
              <h2>{t("description")}</h2>
              {/* Untranslated descriptions fall back to English: say so for screen readers. */}
              <p lang={locale !== "en" && description === product.description ? "en" : undefined}>{description}</p>
            </section>
          ) : null}
        </section>
      </div>
    </div>
  )
}

type BoxTranslator = Awaited<ReturnType<typeof getTranslations<"WholesaleBox">>>

/**
 * The wholesale box's content per variant, in the UI language: the terms for everyone (when the maker
 * set any), the price tiers for wholesale buyers. Undefined when the terms could not be read.
 */
function wholesaleBox(
  terms: StoreProductWholesaleResponse | null,
  currency: string,
  locale: AppLocale,
  t: BoxTranslator
): WholesaleBoxProps | undefined {
  if (!terms) return undefined
  const byVariant: WholesaleBoxProps["byVariant"] = {}
  for (const v of terms.variants ?? []) {
    const facts: string[] = []
    if (hasTerms(v)) {
      if (v.min_order_quantity > 1) facts.push(t("moq", { count: v.min_order_quantity }))
      if (v.case_pack > 1) facts.push(t("casePack", { count: v.case_pack }))
      if (typeof v.lead_time_days === "number") facts.push(t("leadTime", { count: v.lead_time_days }))
    }
    const { min, step } = quantityInput(v)
    byVariant[v.variant_id] = {
      facts,
      min,
      step,
      tiers: sortTiers(v.tiers).map((tier) => ({
        ...tier,
        label:
          tier.max_quantity === null || tier.max_quantity === undefined
            ? t("tierFrom", { from: formatNumber(tier.min_quantity, locale) })
            : t("tierRange", {
                from: formatNumber(tier.min_quantity, locale),
                to: formatNumber(tier.max_quantity, locale),
              }),
        price: formatMoney(tier.amount, currency, locale),
        max_quantity: tier.max_quantity ?? null,
      })),
    }
  }
  return {
    buyer: terms.is_wholesale_buyer,
    currency,
    byVariant,
    labels: {
      title: t("title"),
      tiersTitle: t("tiersTitle"),
      quantityCol: t("quantityCol"),
      priceCol: t("priceCol"),
      noTiers: t("noTiers"),
      atQuantity: String(t.raw("atQuantity")),
      quantityHint: String(t.raw("quantityHint")),
      register: t("register"),
      registerHref: `/${locale}/wholesale`,
    },
  }
}
