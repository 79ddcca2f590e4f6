import en from "../../messages/en.json"
import hi from "../../messages/hi.json"
import mr from "../../messages/mr.json"
import type { AppLocale } from "./routing"

export type Messages = typeof en

export const catalogues: Record<AppLocale, Messages> = { en, hi, mr }
