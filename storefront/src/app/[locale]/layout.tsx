import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Footer } from "@/components/Footer"
import { Header } from "@/components/Header"
import { catalogues } from "@/i18n/messages"
import { toAppLocale } from "@/i18n/routing"
import "../globals.css"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const locale = toAppLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Meta" })
  const brand = (await getTranslations({ locale, namespace: "Brand" }))("name")
  return {
    title: { default: t("title"), template: `%s · ${brand}` },
    description: t("description"),
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#b5532f",
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = toAppLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "Nav" })
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* Only the error messages go to the browser: client components get their text as props. */}
        <NextIntlClientProvider locale={locale} messages={{ Errors: catalogues[locale].Errors }}>
          <Header locale={locale} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <Footer locale={locale} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
