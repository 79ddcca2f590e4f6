import { getTranslations } from "next-intl/server"
import { LoadFailure } from "@/components/LoadFailure"
import type { AppLocale } from "@/i18n/locales"
import type { FailureKind } from "@/lib/failures"

/**
 * When the trade names could not be loaded (getTradesOrEmpty), the page shows trades by their codes and
 * says so, with why and a retry, instead of quietly showing fewer or unnamed trades.
 */
export async function TradeNamesFailure({
  catalogue,
  locale,
}: {
  catalogue: { failed?: FailureKind }
  locale: AppLocale
}) {
  if (!catalogue.failed) return null
  const t = await getTranslations({ locale, namespace: "Errors" })
  return (
    <LoadFailure kind={catalogue.failed} data-testid="trades-failure">
      {t("trades")}
    </LoadFailure>
  )
}
