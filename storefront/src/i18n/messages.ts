import en from "../../messages/en.json"
import hi from "../../messages/hi.json"
import mr from "../../messages/mr.json"
import { codeCatalogues } from "../../messages/codes"
import type { AppLocale } from "./routing"

/**
 * Interface text per locale, plus `Codes`: what each error code a backend plugin declares in its
 * contract means to the reader (messages/codes/<plugin>.json, one file per plugin with en/hi/mr
 * together, so a plugin's codes and their three languages are written and checked in one place).
 */
export type Messages = typeof en & { Codes: Record<string, string> }

export const catalogues: Record<AppLocale, Messages> = {
  en: { ...en, Codes: codeCatalogues.en },
  hi: { ...hi, Codes: codeCatalogues.hi },
  mr: { ...mr, Codes: codeCatalogues.mr },
}
