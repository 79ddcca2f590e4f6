import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { logout } from "@/lib/actions/account"
import { retrieveCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { formatMoney, numberLocale } from "@/lib/money"

type Props = { params: Promise<{ locale: string }> }

const STATUSES = ["pending", "completed", "canceled", "archived", "requires_action", "draft"] as const
type Status = (typeof STATUSES)[number]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "Account" })
  return { title: t("title"), robots: { index: false } }
}

export default async function AccountPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account/login`)
  const [t, tJobs, tSchool, { orders }] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    getTranslations({ locale, namespace: "Jobs" }),
    getTranslations({ locale, namespace: "School" }),
    listOrders(),
  ])
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "medium", timeZone: "Asia/Kolkata" })
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email

  return (
    <div className="container section">
      <div className="account-head">
        <div>
          <p className="eyebrow">{t("title")}</p>
          <h1 data-testid="account-greeting">{t("greeting", { name })}</h1>
        </div>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <SubmitButton className="button button-secondary" data-testid="logout">
            {t("logout")}
          </SubmitButton>
        </form>
      </div>

      <div className="account-layout">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t("profile")}</h2>
          <dl className="profile">
            <div>
              <dt>{t("firstName")}</dt>
              <dd>{customer.first_name || "—"}</dd>
            </div>
            <div>
              <dt>{t("lastName")}</dt>
              <dd>{customer.last_name || "—"}</dd>
            </div>
            <div>
              <dt>{t("email")}</dt>
              <dd data-testid="account-email">{customer.email}</dd>
            </div>
          </dl>
          {customer.created_at ? (
            <p className="muted">{t("memberSince", { date: date.format(new Date(customer.created_at)) })}</p>
          ) : null}
          <p className="actions-row actions-start">
            <Link
              href={`/${locale}/account/bookings`}
              className="button button-secondary"
              data-testid="my-bookings-link"
            >
              {t("bookingsLink")}
            </Link>
            <Link href={`/${locale}/account/quotes`} className="button button-secondary" data-testid="my-quotes-link">
              {t("quotesLink")}
            </Link>
            <Link href={`/${locale}/account/pledges`} className="button button-secondary" data-testid="my-pledges-link">
              {t("pledgesLink")}
            </Link>
            <Link href={`/${locale}/account/courses`} className="button button-secondary" data-testid="my-courses-link">
              {tSchool("account.courses")}
            </Link>
            <Link
              href={`/${locale}/wholesale`}
              className="button button-secondary"
              data-testid="wholesale-account-link"
            >
              {t("wholesaleLink")}
            </Link>
          </p>
          <h3>{tJobs("account.title")}</h3>
          <p className="actions-row actions-start">
            <Link href={`/${locale}/account/karigar`} className="button button-secondary" data-testid="my-karigar-link">
              {tJobs("account.karigar")}
            </Link>
            <Link
              href={`/${locale}/account/applications`}
              className="button button-secondary"
              data-testid="my-applications-link"
            >
              {tJobs("account.applications")}
            </Link>
            <Link
              href={`/${locale}/account/employer`}
              className="button button-secondary"
              data-testid="my-employer-link"
            >
              {tJobs("account.employer")}
            </Link>
          </p>
        </section>

        <section className="card" aria-labelledby="orders-title">
          <h2 id="orders-title">{t("orders")}</h2>
          {orders.length === 0 ? (
            <div className="empty-state compact" data-testid="no-orders">
              <p>
                <strong>{t("noOrdersTitle")}</strong>
              </p>
              <p>{t("noOrdersBody")}</p>
              <Link href={`/${locale}/store`} className="button button-secondary">
                {(await getTranslations({ locale, namespace: "Cart" }))("continueShopping")}
              </Link>
            </div>
          ) : (
            <ul className="order-list" data-testid="order-history">
              {orders.map((order) => {
                const status = (STATUSES as readonly string[]).includes(order.status) ? (order.status as Status) : null
                const count = (order.items ?? []).reduce((n, i) => n + (i.quantity ?? 0), 0)
                return (
                  <li key={order.id} className="order-row" data-testid="order-row" data-display-id={order.display_id}>
                    <Link href={`/${locale}/order/${order.id}/confirmed`}>
                      <span className="order-row-main">
                        <strong>{t("orderLabel", { number: String(order.display_id) })}</strong>
                        <span className="muted">
                          {date.format(new Date(order.created_at as string | Date))} · {t("orderItems", { count })}
                        </span>
                      </span>
                      <span className="order-row-side">
                        <strong>{formatMoney(order.total, order.currency_code, locale)}</strong>
                        {status ? <span className="pill">{t(`status.${status}`)}</span> : null}
                      </span>
                    </Link>
                  </li>
                )
              })}
            </ul>
          )}
        </section>
      </div>
    </div>
  )
}
