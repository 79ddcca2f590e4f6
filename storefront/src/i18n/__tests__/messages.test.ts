import en from "../../../messages/en.json"
import hi from "../../../messages/hi.json"
import mr from "../../../messages/mr.json"

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === "string") out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

/** Names of the ICU arguments a message uses ({count}, {price}, ...). */
function placeholders(message: string): string[] {
  const names = new Set<string>()
  // Simple arguments {name} and formatted ones {name, plural|select|number|date|time, ...};
  // plain text inside plural branches ({Cart, empty}) is not an argument.
  for (const m of message.matchAll(/\{\s*([a-zA-Z_]\w*)\s*\}/g)) names.add(m[1]!)
  for (const m of message.matchAll(/\{\s*([a-zA-Z_]\w*)\s*,\s*(?:plural|selectordinal|select|number|date|time)\b/g))
    names.add(m[1]!)
  return [...names].sort()
}

const catalogues = { en: flatten(en), hi: flatten(hi), mr: flatten(mr) }
const DEVANAGARI = /[\u0900-\u097F]/

/** Values that are the same in every language on purpose: the brand and the language names (autonyms). */
const SAME_IN_ALL_LANGUAGES = new Set(["Brand.name", "Locales.en", "Locales.hi", "Locales.mr"])

describe("message catalogues", () => {
  test("English has a reasonable number of messages", () => {
    expect(catalogues.en.size).toBeGreaterThan(150)
  })

  for (const locale of ["hi", "mr"] as const) {
    describe(locale, () => {
      const other = catalogues[locale]

      test("has every English key", () => {
        const missing = [...catalogues.en.keys()].filter((k) => !other.has(k))
        expect(missing).toEqual([])
      })

      test("has no key that English lacks", () => {
        const extra = [...other.keys()].filter((k) => !catalogues.en.has(k))
        expect(extra).toEqual([])
      })

      test("has no empty values", () => {
        const empty = [...other.entries()].filter(([, v]) => !v.trim()).map(([k]) => k)
        expect(empty).toEqual([])
      })

      test("translates every sentence (no value identical to English)", () => {
        const untranslated = [...catalogues.en.entries()]
          .filter(([key, value]) => !SAME_IN_ALL_LANGUAGES.has(key) && /\s/.test(value.trim()))
          .filter(([key, value]) => other.get(key) === value)
          .map(([key]) => key)
        expect(untranslated).toEqual([])
      })

      test("writes its text in Devanagari", () => {
        const latinOnly = [...other.entries()]
          .filter(([key]) => !SAME_IN_ALL_LANGUAGES.has(key))
          .filter(([, value]) => !DEVANAGARI.test(value))
          .map(([key]) => key)
        expect(latinOnly).toEqual([])
      })

      test("uses the same ICU arguments as English", () => {
        const mismatched = [...catalogues.en.entries()]
          .filter(
            ([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(other.get(key) ?? ""))
          )
          .map(([key]) => key)
        expect(mismatched).toEqual([])
      })
    })
  }

  test("English values are all non-empty", () => {
    const empty = [...catalogues.en.entries()].filter(([, v]) => !v.trim()).map(([k]) => k)
    expect(empty).toEqual([])
  })

  test("Hindi and Marathi are not copies of each other for sentences", () => {
    const same = [...catalogues.hi.entries()]
      .filter(
        ([key, value]) => !SAME_IN_ALL_LANGUAGES.has(key) && value.length > 25 && catalogues.mr.get(key) === value
      )
      .map(([key]) => key)
    expect(same).toEqual([])
  })
})
