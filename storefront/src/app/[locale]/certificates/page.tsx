import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SubmitButton } from "@/components/SubmitButton"
import { toAppLocale } from "@/i18n/routing"
import { findCertificate } from "@/lib/actions/courses"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "School" })
  return { title: t("verify.title"), description: t("verify.intro") }
}

/** Check a certificate: type the code printed on it (any case, with or without dashes). */
export default async function CertificatesPage({ params, searchParams }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "School" }), searchParams])
  const typed = typeof query.code === "string" ? query.code.slice(0, 40) : ""
  return (
    <div className="container section narrow">
      <header className="page-header">
        <h1 data-testid="verify-title">{t("verify.title")}</h1>
        <p className="lead">{t("verify.intro")}</p>
      </header>
      {query.error === "code" ? (
        <p className="notice notice-error" role="alert" data-testid="verify-error">
          {t("verify.badCode")}
        </p>
      ) : null}
      <form action={findCertificate} className="card" data-testid="verify-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="certificate-code">{t("verify.codeLabel")}</label>
          <input
            id="certificate-code"
            name="code"
            required
            maxLength={40}
            defaultValue={typed}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            placeholder="DHV-XXXX-XXXX"
            data-testid="verify-code"
          />
          <p className="hint">{t("verify.codeHint")}</p>
        </div>
        <SubmitButton className="button button-block" data-testid="verify-submit">
          {t("verify.submit")}
        </SubmitButton>
      </form>
    </div>
  )
}
