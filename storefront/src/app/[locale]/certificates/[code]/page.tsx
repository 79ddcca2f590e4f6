import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { normaliseCertificateCode, type Certificate } from "@/lib/courses"
import { getCertificate } from "@/lib/data/courses"
import { numberLocale } from "@/lib/money"

type Props = { params: Promise<{ locale: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toAppLocale((await params).locale), namespace: "School" })
  return { title: t("verify.title"), robots: { index: false } }
}

/** A certificate anyone can check (the PDF links here): holder, course, teacher and date, or "no certificate has this code". */
export default async function CertificatePage({ params }: Props) {
  const { locale: raw, code: rawCode } = await params
  const locale = toAppLocale(raw)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "School" })
  const code = normaliseCertificateCode(decodeURIComponent(rawCode))
  let certificate: Certificate | null = null
  let failed = false
  if (code) {
    try {
      certificate = await getCertificate(code)
    } catch {
      failed = true
    }
  }
  const date = new Intl.DateTimeFormat(numberLocale(locale), { dateStyle: "long", timeZone: "Asia/Kolkata" })

  return (
    <div className="container section narrow">
      <header className="page-header">
        <p className="eyebrow">{t("verify.title")}</p>
        <h1 data-testid="certificate-code-title">{code ?? decodeURIComponent(rawCode).slice(0, 40)}</h1>
      </header>
      {certificate ? (
        <section className="card certificate-card" data-testid="certificate-valid" aria-labelledby="valid-title">
          <p className="notice notice-success" id="valid-title">
            <strong>✓ {t("verify.valid")}</strong>
          </p>
          <dl className="profile">
            <div>
              <dt>{t("verify.holder")}</dt>
              <dd data-testid="certificate-holder">{certificate.holder_name}</dd>
            </div>
            <div>
              <dt>{t("verify.course")}</dt>
              <dd data-testid="certificate-course">{certificate.course_title}</dd>
            </div>
            <div>
              <dt>{t("verify.teacher")}</dt>
              <dd>{certificate.teacher_name}</dd>
            </div>
            <div>
              <dt>{t("verify.issued")}</dt>
              <dd>{date.format(new Date(certificate.issued_at))}</dd>
            </div>
          </dl>
        </section>
      ) : (
        <p
          className={`notice ${failed ? "notice-error" : "notice-pending"}`}
          role="alert"
          data-testid="certificate-invalid"
        >
          {failed ? t("loadError") : t("verify.notFound")}
        </p>
      )}
      <p>
        <Link href={`/${locale}/certificates`} className="text-link">
          {t("verify.another")} →
        </Link>
      </p>
    </div>
  )
}
