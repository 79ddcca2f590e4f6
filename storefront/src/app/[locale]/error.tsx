"use client"

import { useTranslations } from "next-intl"

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors")
  return (
    <div className="container section narrow">
      <div className="empty-state" role="alert" data-testid="error-state">
        <h1>{t("title")}</h1>
        <p>{t("body")}</p>
        <button type="button" className="button" onClick={() => reset()}>
          {t("retry")}
        </button>
      </div>
    </div>
  )
}
