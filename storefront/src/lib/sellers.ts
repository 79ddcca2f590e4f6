import type { SellerStatus, StoreSeller } from "@dharavi/marketplace/contract"
import { locales, type AppLocale } from "@/i18n/locales"

/**
 * Pure helpers for makers (sellers): shop handles, stories by language, avatars
 * and crafts. No Medusa or Next imports, so unit tests can use them directly.
 */

/** What the storefront shows of a maker (the marketplace's public fields: never contact or payout data). */
export type PublicSeller = StoreSeller
export type { SellerStatus }

/** The same rule as the marketplace API: lowercase letters, digits, single hyphens, 3 to 60 characters. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const HANDLE_MIN = 3
export const HANDLE_MAX = 60

export function isValidHandle(value: unknown): value is string {
  return (
    typeof value === "string" && value.length >= HANDLE_MIN && value.length <= HANDLE_MAX && HANDLE_PATTERN.test(value)
  )
}

// Devanagari to Latin letters, close to how people in Mumbai spell names in English
// ("रमेश कुम्हार" → "ramesh kumhar"), so a Hindi or Marathi shop name still gets a readable handle.
const DEV_VOWELS: Record<string, string> = {
  अ: "a",
  आ: "a",
  इ: "i",
  ई: "i",
  उ: "u",
  ऊ: "u",
  ऋ: "ri",
  ए: "e",
  ऐ: "ai",
  ओ: "o",
  औ: "au",
  ऍ: "e",
  ऑ: "o",
  ॲ: "a",
}
const DEV_MATRAS: Record<string, string> = {
  "ा": "a",
  "ि": "i",
  "ी": "i",
  "ु": "u",
  "ू": "u",
  "ृ": "ri",
  "े": "e",
  "ै": "ai",
  "ो": "o",
  "ौ": "au",
  "ॅ": "e",
  "ॉ": "o",
}
const DEV_CONSONANTS: Record<string, string> = {
  क: "k",
  ख: "kh",
  ग: "g",
  घ: "gh",
  ङ: "n",
  च: "ch",
  छ: "chh",
  ज: "j",
  झ: "jh",
  ञ: "n",
  ट: "t",
  ठ: "th",
  ड: "d",
  ढ: "dh",
  ण: "n",
  त: "t",
  थ: "th",
  द: "d",
  ध: "dh",
  न: "n",
  प: "p",
  फ: "ph",
  ब: "b",
  भ: "bh",
  म: "m",
  य: "y",
  र: "r",
  ल: "l",
  ळ: "l",
  व: "v",
  श: "sh",
  ष: "sh",
  स: "s",
  ह: "h",
  क़: "q",
  ख़: "kh",
  ग़: "g",
  ज़: "z",
  ड़: "d",
  ढ़: "dh",
  फ़: "f",
  य़: "y",
}
const DEV_DIGITS = "०१२३४५६७८९"
const VIRAMA = "्"
const NUKTA = "़"

/** Devanagari text in Latin letters (inherent vowel dropped at the end of a word). Other text is kept. */
export function transliterateDevanagari(input: string): string {
  const chars = [...input.normalize("NFC")]
  let out = ""
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i]!
    if (chars[i + 1] === NUKTA) {
      ch += NUKTA
      i++
    }
    const consonant = DEV_CONSONANTS[ch] ?? DEV_CONSONANTS[ch.replace(NUKTA, "")]
    if (consonant !== undefined) {
      out += consonant
      const next = chars[i + 1]
      if (next === VIRAMA) {
        i++
      } else if (next && DEV_MATRAS[next] !== undefined) {
        out += DEV_MATRAS[next]
        i++
      } else if (next && (DEV_CONSONANTS[next] !== undefined || next === "ं" || next === "ँ")) {
        out += "a"
      }
      // Before a space, punctuation or the end: no inherent "a" ("रमेश" → "ramesh").
      continue
    }
    if (DEV_VOWELS[ch] !== undefined) out += DEV_VOWELS[ch]
    else if (ch === "ं" || ch === "ँ") out += "n"
    else if (ch === "ः") out += "h"
    else if (DEV_DIGITS.includes(ch)) out += toAsciiDigits(ch)
    else if (ch === "।" || ch === "॥") out += " "
    else out += ch
  }
  return out
}

/**
 * A shop handle suggested from a name: "Rukhsana's Leather Works" → "rukhsanas-leather-works",
 * "कुम्हार कला" → "kumhar-kala". Empty when nothing usable is left; short results get "-shop".
 */
export function suggestHandle(name: string): string {
  const latin = transliterateDevanagari(name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  if (!latin) return ""
  let handle = latin.slice(0, HANDLE_MAX).replace(/-+$/g, "")
  if (handle.length < HANDLE_MIN) handle = `${handle}-shop`
  return handle
}

/** The nth alternative when a handle is taken: "kumhar-kala" → "kumhar-kala-2", kept within 60 characters. */
export function alternativeHandle(handle: string, n: number): string {
  const suffix = `-${n}`
  return `${handle.slice(0, HANDLE_MAX - suffix.length).replace(/-+$/g, "")}${suffix}`
}

/**
 * A maker's story for the UI language: that language if written, else English,
 * else whatever language the maker wrote it in. `lang` says which one it is, so
 * the page can mark text that is not in the UI language.
 */
export function storyFor(
  story: PublicSeller["story"] | undefined,
  locale: AppLocale
): { text: string; lang: AppLocale } | null {
  if (!story || typeof story !== "object") return null
  const order: AppLocale[] = [locale, "en", ...locales.filter((l) => l !== locale && l !== "en")]
  for (const lang of order) {
    const value = story[lang]
    if (typeof value === "string" && value.trim()) return { text: value.trim(), lang }
  }
  return null
}

/**
 * The first lines of a story for a teaser: the first paragraph, cut at a word
 * boundary near `max` characters, with an ellipsis when shortened.
 */
export function storyExcerpt(text: string, max = 220): string {
  const first = text
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, " ")
    .trim()
  if (first.length <= max) return first
  const cut = first.slice(0, max)
  const space = cut.lastIndexOf(" ")
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?।-]+$/u, "")}…`
}

/** A story as paragraphs (blank lines separate them). */
export function storyParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Up to two initials for an avatar without a photo: "Rukhsana Shaikh" → "RS", "रमेश" → "र". */
export function initials(name: string): string {
  const words = (name ?? "").trim().split(/\s+/).filter(Boolean)
  const first = (w: string | undefined) => (w ? ([...w.normalize("NFC")][0] ?? "") : "")
  const letters = words.length > 1 ? first(words[0]) + first(words[words.length - 1]) : first(words[0])
  return letters.toUpperCase()
}

/** Crafts with a name in every UI language (Crafts.* messages). */
export const CRAFT_KEYS = [
  "leather",
  "pottery",
  "embroidery",
  "zari",
  "garments",
  "tailoring",
  "recycling",
  "upcycling",
  "lighting",
] as const
export type CraftKey = (typeof CRAFT_KEYS)[number]

/** Crafts a maker can tick when opening a shop (others can be typed in). */
export const CRAFTS: readonly CraftKey[] = [
  "leather",
  "pottery",
  "zari",
  "embroidery",
  "tailoring",
  "garments",
  "recycling",
  "upcycling",
]

/** Other spellings makers or the catalogue use for the same craft. */
const CRAFT_ALIASES: Record<string, CraftKey> = {
  "leather-goods": "leather",
  leatherwork: "leather",
  "leather-work": "leather",
  potter: "pottery",
  clay: "pottery",
  terracotta: "pottery",
  "zari-work": "zari",
  "zari-embroidery": "zari",
  "embroidery-zari": "zari",
  aari: "embroidery",
  "aari-work": "embroidery",
  garment: "garments",
  tailor: "tailoring",
  stitching: "tailoring",
  recycle: "recycling",
  recycled: "recycling",
  "recycled-goods": "recycling",
  upcycle: "upcycling",
  upcycled: "upcycling",
  lamps: "lighting",
}

export function normalizeCraft(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
}

/** The known craft a free-text craft stands for, if any ("Zari work" → "zari"). */
export function craftKey(value: string | null | undefined): CraftKey | null {
  if (!value) return null
  const c = normalizeCraft(value)
  if ((CRAFT_KEYS as readonly string[]).includes(c)) return c as CraftKey
  return CRAFT_ALIASES[c] ?? null
}

/**
 * Crafts from the "open your shop" form: the ticked known crafts plus any typed
 * in "other" (comma separated), normalised, without duplicates, at most 10
 * (the API's limit), each 2 to 40 characters.
 */
export function parseCrafts(checked: readonly string[], other: string): string[] {
  const out: string[] = []
  const add = (raw: string) => {
    const c = normalizeCraft(raw).replace(/^-+|-+$/g, "")
    if (c.length < 2 || c.length > 40) return
    const key = craftKey(c) ?? c
    if (!out.includes(key)) out.push(key)
  }
  for (const c of checked) add(c)
  for (const c of splitList(other)) add(c)
  return out.slice(0, 10)
}

/** Splits a comma-separated list (also the Devanagari danda and semicolons), trimmed, without empties. */
export function splitList(text: string): string[] {
  return (text ?? "")
    .split(/[,،;।\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** The same check as the API for phone numbers: digits, spaces and dashes, optional +, 8 to 16 characters. */
export function normalizePhone(value: string): string | null {
  const v = toAsciiDigits(value ?? "").trim()
  if (!v) return null
  return /^\+?[0-9 -]{8,16}$/.test(v) ? v : null
}

/** Devanagari digits (as typed on a Hindi or Marathi keyboard) to ASCII: "१२५०" → "1250". */
export function toAsciiDigits(value: string): string {
  return value.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - 0x0966))
}
