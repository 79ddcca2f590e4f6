import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { BulkOrderForm } from "@/components/wholesale/BulkOrderForm"
import { toAppLocale } from "@/i18n/routing"
import { loginHref } from "@/lib/actions/helpers"
import { retrieveCustomer } from "@/lib/data/customer"
import { getMyCompany } from "@/lib/data/wholesale"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "BulkOrder" })
  return { title: t("title"), robots: { index: false } }
}

/** Order by SKU: rows of product code and quantity (or a pasted list) into the cart at once. */
export default async function BulkOrderPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const page = `/${locale}/wholesale/order`
  const [t, tw, customer] = await Promise.all([
    getTranslations({ locale, namespace: "BulkOrder" }),
    getTranslations({ locale, namespace: "Wholesale" }),
    retrieveCustomer(),
  ])
  if (!customer) redirect(loginHref(locale, page))
  const mine = await getMyCompany()
  const approved = mine?.company?.status === "approved"

  return (
    <div className="container section narrow">
      <p>
        <Link href={`/${locale}/wholesale`} className="text-link">
          ← {tw("accountLink")}
        </Link>
      </p>
      <header className="page-header">
        <h1 data-testid="bulk-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {approved ? (
        <section className="card">
          <BulkOrderForm
            locale={locale}
            initialRows={[]}
            labels={{
              sku: t("sku"),
              quantity: t("quantity"),
              skuLabel: String(t.raw("skuLabel")),
              quantityLabel: String(t.raw("quantityLabel")),
              addRow: t("addRow"),
              removeRow: t("removeRow"),
              pasteTitle: t("pasteTitle"),
              pasteHint: t("pasteHint"),
              pasteLabel: t("pasteLabel"),
              submit: t("submit"),
              adding: t("adding"),
              errors: {
                fields: t("errors.fields"),
                empty: t("errors.empty"),
                unknown: t("errors.unknownTitle"),
                rules: t("errors.rules"),
                forbidden: t("errors.forbidden"),
                failed: t("errors.failed"),
              },
              rowErrors: {
                sku: t("rowErrors.sku"),
                quantity: t("rowErrors.quantity"),
                unknown: t("rowErrors.unknown"),
                rule: t("rowErrors.rule"),
              },
            }}
          />
          <p className="hint">{t("whereSkus")}</p>
        </section>
      ) : (
        <div className="empty-state" data-testid="bulk-not-buyer">
          <p>
            <strong>{t("notBuyerTitle")}</strong>
          </p>
          <p>
            {mine?.company
              ? tw(
                  `statusBody.${mine.company.status === "pending" || mine.company.status === "rejected" || mine.company.status === "suspended" ? mine.company.status : "pending"}`
                )
              : t("notBuyerBody")}
          </p>
          <Link href={`/${locale}/wholesale`} className="button button-secondary">
            {tw("accountLink")}
          </Link>
        </div>
      )}
    </div>
  )
}
