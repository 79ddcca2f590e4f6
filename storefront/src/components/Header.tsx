import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { changeCurrency } from "@/lib/actions/cart"
import { getCurrency } from "@/lib/cookies"
import { currencies } from "@/lib/currency"
import { itemCount, retrieveCart } from "@/lib/data/cart"
import { listCategories } from "@/lib/data/catalog"
import { retrieveCustomer } from "@/lib/data/customer"
import { describe } from "@/lib/data/errors"
import { localizedName } from "@/lib/localize"
import { formatNumber } from "@/lib/money"
import { CurrentPathInput } from "./CurrentPathInput"
import { CartIcon, Logo, UserIcon } from "./Icons"
import { LanguageSwitcher } from "./LanguageSwitcher"
import { SearchBox } from "./SearchBox"

const CURRENCY_SYMBOLS = { inr: "₹", usd: "$", eur: "€" } as const

async function safe<T>(label: string, fn: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await fn()
  } catch (error) {
    console.error(`[header] ${label}:`, describe(error))
    return fallback
  }
}

export async function Header({ locale }: { locale: AppLocale }) {
  const [t, tLocales, tCurrencies, currency, categories, cart, customer] = await Promise.all([
    getTranslations({ locale, namespace: "Nav" }),
    getTranslations({ locale, namespace: "Locales" }),
    getTranslations({ locale, namespace: "Currencies" }),
    getCurrency(),
    safe("categories", listCategories, []),
    safe("cart", retrieveCart, null),
    safe("customer", retrieveCustomer, null),
  ])
  const count = itemCount(cart)
  const tBrand = await getTranslations({ locale, namespace: "Brand" })
  const tJobs = await getTranslations({ locale, namespace: "Jobs" })
  const tSchool = await getTranslations({ locale, namespace: "School" })
  const tSearch = await getTranslations({ locale, namespace: "Search" })

  return (
    <header className="site-header">
      <div className="utility-bar">
        <div className="container utility-inner">
          <LanguageSwitcher
            current={locale}
            label={t("language")}
            names={{ en: tLocales("en"), hi: tLocales("hi"), mr: tLocales("mr") }}
          />
          <form action={changeCurrency} className="switcher currency-switcher" aria-label={t("currency")}>
            <input type="hidden" name="locale" value={locale} />
            <CurrentPathInput fallback={`/${locale}`} />
            <ul>
              {currencies.map((code) => (
                <li key={code}>
                  <button
                    type="submit"
                    name="currency"
                    value={code}
                    aria-pressed={code === currency}
                    aria-label={t("changeCurrency", { currency: code.toUpperCase() })}
                    data-testid={`currency-${code}`}
                  >
                    <span aria-hidden="true" className="currency-symbol">
                      {CURRENCY_SYMBOLS[code]}
                    </span>
                    <span className="currency-name">{tCurrencies(code)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </form>
        </div>
      </div>
      <div className="container header-main">
        <Link href={`/${locale}`} className="brand" data-testid="brand-link">
          <Logo />
          <span>
            <strong>{tBrand("name")}</strong>
            <small>{tBrand("tagline")}</small>
          </span>
        </Link>
        <SearchBox
          locale={locale}
          currency={currency}
          labels={{
            label: tSearch("label"),
            placeholder: tSearch("placeholder"),
            submit: tSearch("submit"),
            seeAll: tSearch("seeAll"),
            list: tSearch("instantLabel"),
            ready: tSearch("instantReady"),
            none: tSearch("instantNone"),
            error: tSearch("instantError"),
            types: {
              product: tSearch("types.product"),
              maker: tSearch("types.maker"),
              course: tSearch("types.course"),
              job: tSearch("types.job"),
              tool_house: tSearch("types.tool_house"),
            },
          }}
        />
        <div className="header-actions">
          <Link
            href={customer ? `/${locale}/account` : `/${locale}/account/login`}
            className="icon-link"
            data-testid="account-link"
          >
            <UserIcon />
            <span className="icon-label">{customer ? t("account") : t("signIn")}</span>
          </Link>
          <Link
            href={`/${locale}/cart`}
            className="icon-link cart-link"
            data-testid="cart-link"
            aria-label={t("cartLabel", { count })}
          >
            <CartIcon />
            <span className="icon-label" aria-hidden="true">
              {t("cart")}
            </span>
            <span className="badge" data-testid="cart-count" data-count={count} aria-hidden="true">
              {formatNumber(count, locale)}
            </span>
          </Link>
        </div>
      </div>
      <nav className="category-nav" aria-label={t("mainMenu")}>
        <ul className="container">
          <li>
            <Link href={`/${locale}/store`}>{t("shop")}</Link>
          </li>
          <li>
            <Link href={`/${locale}/makers`} data-testid="nav-makers">
              {t("makers")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/tool-houses`} data-testid="nav-tool-houses">
              {t("toolHouses")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/pools`} data-testid="nav-pools">
              {t("pools")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/jobs`} data-testid="nav-jobs">
              {tJobs("nav")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/courses`} data-testid="nav-courses">
              {tSchool("nav")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/sell`} className="nav-sell" data-testid="nav-sell">
              {t("sell")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/wholesale`} data-testid="nav-wholesale">
              {t("wholesale")}
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={`/${locale}/categories/${c.handle}`} data-testid={`nav-category-${c.handle}`}>
                {localizedName(c, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
