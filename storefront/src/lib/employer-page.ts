import { redirect } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { toAppLocale } from "@/i18n/routing"
import { withQuery } from "./actions/helpers"
import { retrieveCustomer } from "./data/customer"

/** The props Next.js hands the business employer's pages under /account/employer. */
export type EmployerPageProps<Extra extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & Extra>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Opens a page of the business employer's dashboard: signed-in customers only (others sign in and come back). */
export async function openEmployerPage(rawLocale: string, subPath = "") {
  const locale = toAppLocale(rawLocale)
  setRequestLocale(locale)
  const base = `/${locale}/account/employer`
  const customer = await retrieveCustomer()
  if (!customer) redirect(withQuery(`/${locale}/account/login`, { return_to: `${base}${subPath}` }))
  return { locale, base, customer }
}
