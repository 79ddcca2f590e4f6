import { defineRouting } from "next-intl/routing"
import { defaultLocale, locales } from "./locales"

export { defaultLocale, isAppLocale, locales, toAppLocale, type AppLocale } from "./locales"

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL carries its language: /en/..., /hi/..., /mr/...
  localePrefix: "always",
})
