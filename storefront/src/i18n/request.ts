import { getRequestConfig } from "next-intl/server"
import { catalogues } from "./messages"
import { toAppLocale } from "./routing"

export default getRequestConfig(async ({ locale, requestLocale }) => {
  const resolved = toAppLocale(locale ?? (await requestLocale))
  return {
    locale: resolved,
    messages: catalogues[resolved],
    timeZone: "Asia/Kolkata",
  }
})
