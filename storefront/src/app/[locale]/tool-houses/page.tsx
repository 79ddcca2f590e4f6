import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { describe, kindOf } from "@/lib/data/errors"
import { listToolHouses } from "@/lib/data/tool-houses"
import { localizedDescription, UNIT_KINDS, type ToolHouse } from "@/lib/tool-houses"
import { LoadFailure } from "@/components/LoadFailure"
import type { FailureKind } from "@/lib/failures"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "ToolHouses" })
  return { title: t("title"), description: t("intro") }
}

export default async function ToolHousesPage({ params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "ToolHouses" })
  let houses: ToolHouse[] = []
  let failed: FailureKind | null = null
  try {
    houses = await listToolHouses()
  } catch (error) {
    console.error("[tool-houses] list failed:", describe(error))
    failed = kindOf(error)
  }

  return (
    <div className="container section">
      <header className="page-header">
        <h1 data-testid="tool-houses-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {failed ? (
        <LoadFailure kind={failed}>{t("loadError")}</LoadFailure>
      ) : houses.length ? (
        <ul className="tool-house-list" data-testid="tool-house-list">
          {houses.map((h) => {
            const description = localizedDescription(h.description, locale)
            return (
              <li key={h.id} className="card tool-house-card" data-testid="tool-house-card" data-handle={h.handle}>
                <h2>
                  <Link href={`/${locale}/tool-houses/${encodeURIComponent(h.handle)}`}>{h.name}</Link>
                </h2>
                {h.area || h.address_landmark ? (
                  <p className="muted">{[h.area, h.address_landmark].filter(Boolean).join(" · ")}</p>
                ) : null}
                {description ? (
                  <p lang={description.lang === locale ? undefined : description.lang}>{description.text}</p>
                ) : null}
                <ul className="unit-counts">
                  {UNIT_KINDS.filter((k) => (h.unit_counts?.[k] ?? 0) > 0).map((k) => (
                    <li key={k} className="pill">
                      {t(`kindCount.${k}`, { count: h.unit_counts?.[k] ?? 0 })}
                    </li>
                  ))}
                </ul>
                <Link
                  href={`/${locale}/tool-houses/${encodeURIComponent(h.handle)}`}
                  className="button button-large"
                  data-testid="tool-house-link"
                >
                  {t("view")}
                </Link>
              </li>
            )
          })}
        </ul>
      ) : (
        <div className="empty-state" data-testid="tool-houses-empty">
          <p>
            <strong>{t("emptyTitle")}</strong>
          </p>
          <p>{t("emptyBody")}</p>
        </div>
      )}
    </div>
  )
}
