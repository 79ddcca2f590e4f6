import { toAppLocale, type AppLocale } from "@/i18n/locales"
import { pickPhotos } from "../photos"

export function str(form: FormData, name: string, max = 500): string {
  const v = form.get(name)
  return typeof v === "string" ? v.trim().slice(0, max) : ""
}

export function localeOf(form: FormData): AppLocale {
  return toAppLocale(str(form, "locale", 5))
}

/** Appends query parameters to a path that may already have some. */
export function withQuery(path: string, params: Record<string, string>): string {
  const [base, existing = ""] = path.split("?", 2)
  const q = new URLSearchParams(existing)
  for (const [k, v] of Object.entries(params)) q.set(k, v)
  const s = q.toString()
  return s ? `${base}?${s}` : base!
}

/** The sign-in page, which sends the customer back to `returnTo` afterwards. */
export function loginHref(locale: string, returnTo: string): string {
  return withQuery(`/${locale}/account/login`, { return_to: returnTo })
}

/** A page of one shop in the seller dashboard: /en/sell/dashboard/sel_…/rest. */
export function shopPath(locale: AppLocale, sellerId: string, rest = ""): string {
  return `/${locale}/sell/dashboard/${encodeURIComponent(sellerId)}${rest}`
}

/** Files sent in a form field (a file input sends an empty, nameless file when nothing was chosen). */
export function files(form: FormData, name: string): File[] {
  return pickPhotos<File>(form.getAll(name))
}
