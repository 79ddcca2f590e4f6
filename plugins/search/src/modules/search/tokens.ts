/**
 * Words for the PostgreSQL provider, cut and folded in JavaScript rather than by a text-search
 * configuration, so the index and the query fold spellings the same way whatever the database's
 * locale or configurations: no English stemming of Hindi, and the nukta and chandrabindu folded
 * (which no PostgreSQL dictionary does). The words go into the index as a tsvector literal with
 * positions and weights, and into queries as quoted `tsquery` lexemes, never re-parsed.
 */

/** Longest word kept (a pasted URL or a serial number is not worth more). */
const MAX_WORD = 40

/**
 * Folds spellings people type interchangeably: case, Latin accents, the Devanagari nukta
 * (ज़री / जरी) and chandrabindu vs anusvara (माँ / मां).
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\u093c/g, "")
    .replace(/\u0901/g, "\u0902")
    .normalize("NFC")
    .toLowerCase()
}

/** A Hindi or Marathi word's inflected ending: चमड़ा / चमड़े / चमड़ों, मटका / मटके. */
const DEVANAGARI_ENDING = /(?:ों|ें|ां|ा|े|ी|ो)$/u

/**
 * A light stem for Devanagari words of four letters or more: the inflected ending is dropped, so
 * "चमड़ा बैग" finds "चमड़े का बैग". Latin words are left whole (prefix matching serves English).
 */
export function stem(word: string): string {
  if (!/[\u0900-\u097f]/.test(word) || [...word].length < 4) return word
  return word.replace(DEVANAGARI_ENDING, "")
}

/** The distinct words of a text: letters, marks and digits in any script; everything else splits. */
export function words(text: string | null | undefined): string[] {
  if (!text) return []
  const out = new Set<string>()
  for (const word of fold(text).split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (word && word.length <= MAX_WORD) out.add(stem(word))
  }
  return [...out]
}

/** The words of a shopper's query: at most eight, in the order typed. */
export function queryWords(q: string | null | undefined): string[] {
  return words(q).slice(0, 8)
}

/** A word written in Latin letters (pg_trgm's typo matching works on those). */
export function isLatin(word: string): boolean {
  return /^[a-z0-9]+$/.test(word)
}

/** A quoted prefix lexeme for a `tsquery`: the word as typed, matching any longer word. */
export function prefixLexeme(word: string): string {
  return `'${word.replace(/'/g, "''")}':*`
}
