import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { TradeIcon } from "@/components/jobs/TradeIcon"
import { ProductGrid } from "@/components/ProductCard"
import { toAppLocale } from "@/i18n/routing"
import { listCategories } from "@/lib/data/catalog"
import { listHomeProducts } from "@/lib/data/products"
import { getCurrentRegion } from "@/lib/data/regions"
import { localizedName } from "@/lib/localize"

type Props = { params: Promise<{ locale: string }> }

const FEATURED = 8

export default async function HomePage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, tCatalog, tProduct, tJobs, tSchool, categories, region] = await Promise.all([
    getTranslations({ locale, namespace: "Home" }),
    getTranslations({ locale, namespace: "Catalog" }),
    getTranslations({ locale, namespace: "Product" }),
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "School" }),
    listCategories(),
    getCurrentRegion(),
  ])
  const products = region ? await listHomeProducts(region.id) : []
  // One product picture per craft, and a featured list that mixes crafts.
  const pictureFor = new Map<string, string>()
  for (const p of products) {
    for (const c of p.categories ?? []) {
      if (p.thumbnail && !pictureFor.has(c.id)) pictureFor.set(c.id, p.thumbnail)
    }
  }
  const featured = [...products]
    .sort((a, b) => (a.handle ?? "").localeCompare(b.handle ?? ""))
    .filter((_, i) => i % 3 === 0)
    .slice(0, FEATURED)

  return (
    <>
      <section className="hero">
        <div className="container hero-inner">
          <p className="eyebrow">{t("heroEyebrow")}</p>
          <h1 data-testid="hero-title">{t("heroTitle")}</h1>
          <p className="lead">{t("heroBody")}</p>
          <div className="hero-actions">
            <Link href={`/${locale}/store`} className="button">
              {t("heroCta")}
            </Link>
            <a href="#crafts" className="button button-ghost">
              {t("heroSecondary")}
            </a>
          </div>
        </div>
      </section>

      <section className="container section" id="crafts" aria-labelledby="crafts-title">
        <h2 id="crafts-title">{t("categoriesTitle")}</h2>
        <ul className="category-tiles">
          {categories.map((c, i) => (
            <li key={c.id}>
              <Link
                href={`/${locale}/categories/${c.handle}`}
                className={`category-tile tone-${i % 5}`}
                data-testid="category-tile"
                data-handle={c.handle}
              >
                {pictureFor.get(c.id) ? (
                  <img src={pictureFor.get(c.id)} alt="" width={160} height={160} loading="lazy" decoding="async" />
                ) : null}
                <span>{localizedName(c, locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="featured-title">
        <div className="section-head">
          <h2 id="featured-title">{t("featuredTitle")}</h2>
          <Link href={`/${locale}/store`} className="text-link">
            {t("viewAll")} →
          </Link>
        </div>
        <ProductGrid
          products={featured}
          locale={locale}
          labels={{
            from: (price) => tCatalog("from", { price }),
            noPrice: tProduct("noPrice"),
            by: (name) => tProduct("byMaker", { name }),
          }}
        />
      </section>

      <section className="container section" aria-labelledby="jobs-home-title">
        <div className="jobs-band" data-testid="home-jobs">
          <TradeIcon trade="leather_cutting" size={40} className="trade-icon jobs-band-icon" />
          <div>
            <h2 id="jobs-home-title">{tJobs("home.title")}</h2>
            <p>{tJobs("home.body")}</p>
            <div className="actions-row actions-start">
              <Link href={`/${locale}/jobs`} className="button" data-testid="home-jobs-link">
                {tJobs("home.find")}
              </Link>
              <Link href={`/${locale}/account/employer`} className="button button-secondary">
                {tJobs("home.hire")}
              </Link>
            </div>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="school-home-title">
        <div className="jobs-band" data-testid="home-courses">
          <div>
            <h2 id="school-home-title">{tSchool("home.title")}</h2>
            <p>{tSchool("home.body")}</p>
            <div className="actions-row actions-start">
              <Link href={`/${locale}/courses`} className="button" data-testid="home-courses-link">
                {tSchool("home.find")}
              </Link>
              <Link href={`/${locale}/workshops`} className="button button-secondary">
                {tSchool("home.workshops")}
              </Link>
            </div>
          </div>
        </div>
      </section>

      <section className="how" aria-labelledby="how-title">
        <div className="container section">
          <h2 id="how-title">{t("howTitle")}</h2>
          <ol className="how-list">
            <li>{t("howMakers")}</li>
            <li>{t("howDirect")}</li>
            <li>{t("howShip")}</li>
          </ol>
        </div>
      </section>
    </>
  )
}
