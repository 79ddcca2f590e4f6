import { vectorLiteral } from "../providers/postgres"
import { fold, isLatin, prefixLexeme, queryWords, words } from "../tokens"

describe("search words", () => {
  it("folds case, Latin accents, the nukta and chandrabindu the same way for the index and the query", () => {
    expect(fold("Café LEATHER")).toBe("cafe leather")
    expect(fold("ज़री")).toBe(fold("जरी"))
    expect(fold("चमड़े")).toBe(fold("चमडे"))
    expect(fold("माँ")).toBe(fold("मां"))
    // Vowel signs and the virama stay inside a word; inflected endings of longer words go.
    expect(words("मिट्टी का मटका")).toEqual(["मिट्ट", "का", "मटक"])
    expect(words("मातीचे माठ")).toEqual(["मातीच", "माठ"])
    expect(words("चमड़ा")).toEqual(words("चमड़े"))
    expect(words("चमड़ों")).toEqual(words("चमड़े"))
    expect(words("मिट्")).toEqual(["मिट्"])
  })

  it("splits on anything but letters, marks and digits, keeps each word once, drops overlong ones", () => {
    expect(words("Kulhad set (12 pcs) — kulhad, clay!")).toEqual(["kulhad", "set", "12", "pcs", "clay"])
    expect(words(`ok ${"x".repeat(41)}`)).toEqual(["ok"])
    expect(words(null)).toEqual([])
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8)
  })

  it("quotes prefix lexemes and tells Latin words from others", () => {
    expect(prefixLexeme("bag")).toBe("'bag':*")
    expect(prefixLexeme("o'neil")).toBe("'o''neil':*")
    expect([isLatin("lether"), isLatin("मटका"), isLatin("kurta2")]).toEqual([true, false, true])
  })

  it("writes a tsvector literal with positions and weights: titles A, names B, body C", () => {
    expect(
      vectorLiteral([
        ["A", ["Leather Bag"]],
        ["B", ["Imran Leather Works"]],
        ["C", ["A bag"]],
      ])
    ).toBe("'leather':1A,4B 'bag':2A,7C 'imran':3B 'works':5B 'a':6C")
  })
})
