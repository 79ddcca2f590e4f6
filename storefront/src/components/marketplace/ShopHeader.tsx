import Link from "next/link"
import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { sellerLogout } from "@/lib/actions/seller"
import type { Membership, VendorMe } from "@/lib/data/vendor"
import { SubmitButton } from "../SubmitButton"
import { MakerAvatar } from "./MakerAvatar"

type Props = {
  locale: AppLocale
  me: VendorMe
  membership: Membership
  active: "products" | "orders" | "quotes" | "pools" | "jobs" | "profile" | "members" | null
  /** Just opened (?opened=1): thank them on top of the pending notice. */
  opened?: boolean
}

/** The top of every page of one shop: who and which shop, its approval state, and the tabs. */
export async function ShopHeader({ locale, me, membership, active, opened }: Props) {
  const t = await getTranslations({ locale, namespace: "Dashboard" })
  const tJobs = await getTranslations({ locale, namespace: "Jobs" })
  const tPools = await getTranslations({ locale, namespace: "SellerPools" })
  const seller = membership.seller
  const base = `/${locale}/sell/dashboard/${seller.id}`
  return (
    <header className="shop-header">
      <div className="shop-bar">
        <Link href={`/${locale}/sell/dashboard`} className="text-link" data-testid="all-shops">
          ← {me.memberships.length > 1 ? t("switchShop") : t("yourShops")}
        </Link>
        <form action={sellerLogout}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="text-button" data-testid="seller-logout">
            {t("logout")}
          </SubmitButton>
        </form>
      </div>

      <div className="shop-id">
        <MakerAvatar name={seller.name} photoUrl={seller.photo_url} size="sm" />
        <div>
          <h1 data-testid="shop-name">{seller.name}</h1>
          <p className="shop-pills">
            <span className={`pill pill-status-${seller.status}`} data-testid="shop-status" data-status={seller.status}>
              {t(`status.${seller.status}`)}
            </span>
            <span className="pill pill-neutral">{t(`role.${membership.role}`)}</span>
          </p>
        </div>
      </div>

      {seller.status === "pending" ? (
        <div className="notice notice-pending" role="status" data-testid="status-pending">
          <div>
            <strong>{opened ? t("openedTitle") : t("pendingTitle")}</strong>
            <p>{t("pendingBody")}</p>
          </div>
        </div>
      ) : null}
      {seller.status === "suspended" ? (
        <div className="notice notice-error" role="status" data-testid="status-suspended">
          <div>
            <strong>{t("suspendedTitle")}</strong>
            <p>{t("suspendedBody")}</p>
          </div>
        </div>
      ) : null}
      {seller.status === "active" ? (
        <p>
          <Link href={`/${locale}/makers/${seller.handle}`} className="text-link" data-testid="shop-public-link">
            {t("shopLink")} →
          </Link>
        </p>
      ) : null}

      {active ? (
        <nav className="tabs" aria-label={t("sections")}>
          <Link href={base} aria-current={active === "products" ? "page" : undefined} data-testid="tab-products">
            {t("tabProducts")}
          </Link>
          <Link
            href={`${base}/orders`}
            aria-current={active === "orders" ? "page" : undefined}
            data-testid="tab-orders"
          >
            {t("tabOrders")}
          </Link>
          <Link
            href={`${base}/quotes`}
            aria-current={active === "quotes" ? "page" : undefined}
            data-testid="tab-quotes"
          >
            {t("tabQuotes")}
          </Link>
          <Link href={`${base}/pools`} aria-current={active === "pools" ? "page" : undefined} data-testid="tab-pools">
            {tPools("tab")}
          </Link>
          <Link href={`${base}/jobs`} aria-current={active === "jobs" ? "page" : undefined} data-testid="tab-jobs">
            {tJobs("employer.tab")}
          </Link>
          <Link
            href={`${base}/profile`}
            aria-current={active === "profile" ? "page" : undefined}
            data-testid="tab-profile"
          >
            {t("tabProfile")}
          </Link>
          {membership.role === "owner" ? (
            <Link
              href={`${base}/members`}
              aria-current={active === "members" ? "page" : undefined}
              data-testid="tab-members"
            >
              {t("tabMembers")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </header>
  )
}
