import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { MakerAvatar } from "@/components/marketplace/MakerAvatar"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { sellerLogout } from "@/lib/actions/seller"
import { requireVendor } from "@/lib/data/vendor"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Dashboard" })
  return { title: t("title"), robots: { index: false } }
}

/** The shops this person can manage: one for most karigars, several for a digi-preneur. */
export default async function DashboardPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const me = await requireVendor(locale, `/${locale}/sell/dashboard`)
  const t = await getTranslations({ locale, namespace: "Dashboard" })
  const helps = me.memberships.some((m) => m.role === "digipreneur")

  return (
    <div className="container section narrow">
      <div className="shop-bar">
        <p className="eyebrow">{t("title")}</p>
        <form action={sellerLogout}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="text-button" data-testid="seller-logout">
            {t("logout")}
          </SubmitButton>
        </form>
      </div>
      <h1 data-testid="dashboard-greeting">{t("greeting", { name: me.user.name })}</h1>

      {me.memberships.length ? (
        <section aria-labelledby="shops-title">
          <h2 id="shops-title">{t("yourShops")}</h2>
          {me.memberships.length > 1 ? <p className="muted">{t("chooseShop")}</p> : null}
          <ul className="shop-list" data-testid="shop-list">
            {me.memberships.map((m) => (
              <li key={m.id}>
                <Link
                  href={`/${locale}/sell/dashboard/${m.seller.id}`}
                  className="shop-row"
                  data-testid="shop-row"
                  data-seller-id={m.seller.id}
                >
                  <MakerAvatar name={m.seller.name} photoUrl={m.seller.photo_url} size="sm" />
                  <span className="shop-row-main">
                    <strong>{m.seller.name}</strong>
                    <span className="shop-pills">
                      <span className={`pill pill-status-${m.seller.status}`}>{t(`status.${m.seller.status}`)}</span>
                      <span className="pill pill-neutral">{t(`role.${m.role}`)}</span>
                    </span>
                  </span>
                  <span aria-hidden="true" className="chevron">
                    ›
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <div className="empty-state" data-testid="no-shops">
          <p>
            <strong>{t("noShopsTitle")}</strong>
          </p>
          <p>{t("noShopsBody")}</p>
        </div>
      )}

      <div className="actions-row actions-start">
        {helps ? (
          <Link href={`/${locale}/sell/dashboard/earnings`} className="button" data-testid="earnings-link">
            {t("earnings")}
          </Link>
        ) : null}
        <Link
          href={`/${locale}/sell/shop`}
          className={me.memberships.length ? "button button-secondary" : "button"}
          data-testid="open-shop-link"
        >
          {me.memberships.length ? t("openAnother") : t("openFirst")}
        </Link>
      </div>
    </div>
  )
}
