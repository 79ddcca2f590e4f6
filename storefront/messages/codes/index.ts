// The storefront's message table for error codes: one JSON file per backend plugin (and one for the
// application's own codes), each { en: {code: text}, hi: {...}, mr: {...} }. The plugins' contract
// tests check that every code a plugin declares has a text in all three languages here.
import platform from "./platform.json"
import commons from "./commons.json"
import jobs from "./jobs.json"
import makerspace from "./makerspace.json"
import marketplace from "./marketplace.json"
import search from "./search.json"
import skillSchool from "./skill-school.json"
import wholesale from "./wholesale.json"

type CodeFile = { en: Record<string, string>; hi: Record<string, string>; mr: Record<string, string> }

export const CODE_FILES: Record<string, CodeFile> = {
  platform,
  commons,
  jobs,
  makerspace,
  marketplace,
  search,
  "skill-school": skillSchool,
  wholesale,
}

const merged = (locale: keyof CodeFile) =>
  Object.assign({}, ...Object.values(CODE_FILES).map((file) => file[locale])) as Record<string, string>

export const codeCatalogues = { en: merged("en"), hi: merged("hi"), mr: merged("mr") }
