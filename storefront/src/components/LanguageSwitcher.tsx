"use client"

import { usePathname } from "next/navigation"
import { locales, type AppLocale } from "@/i18n/locales"
import { swapLocale } from "@/lib/paths"

type Props = { current: AppLocale; names: Record<AppLocale, string>; label: string }

/** Links to the same page in each language (server-rendered, so it works without JavaScript). */
export function LanguageSwitcher({ current, names, label }: Props) {
  const pathname = usePathname() || `/${current}`
  return (
    <nav aria-label={label} className="switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={swapLocale(pathname, locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              data-testid={`locale-${locale}`}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
