import { getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/locales"
import { getCurrency } from "@/lib/cookies"
import { isWholesaleBuyer } from "@/lib/data/wholesale"
import { lineSheetHref, LINE_SHEET_LANGS, type LineSheetKind } from "@/lib/wholesale"

/**
 * For wholesale buyers only: download a maker's or a collection's line sheet (a PDF with the products,
 * SKUs and the buyer's wholesale prices in their currency), in English or Hindi. The links go through
 * the storefront's route handler, which adds the buyer's token.
 */
export async function LineSheetLinks({
  kind,
  handle,
  name,
  locale,
}: {
  kind: LineSheetKind
  handle: string
  name: string
  locale: AppLocale
}) {
  if (!(await isWholesaleBuyer())) return null
  const [t, currency] = await Promise.all([getTranslations({ locale, namespace: "Wholesale" }), getCurrency()])
  return (
    <section className="card line-sheets" aria-labelledby="line-sheet-title" data-testid="line-sheets">
      <h2 id="line-sheet-title">{t("lineSheet.title")}</h2>
      <p className="muted">{t(kind === "sellers" ? "lineSheet.maker" : "lineSheet.collection", { name })}</p>
      <div className="actions-row actions-start">
        {LINE_SHEET_LANGS.map((lang) => (
          <a
            key={lang}
            href={lineSheetHref(kind, handle, lang, currency, locale)}
            className={lang === "en" ? "button" : "button button-secondary"}
            download
            data-testid={`line-sheet-${lang}`}
          >
            {t(`lineSheet.${lang}`)}
          </a>
        ))}
      </div>
    </section>
  )
}
