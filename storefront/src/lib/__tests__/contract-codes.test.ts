/**
 * The storefront and the plugins' contracts agree on error codes: every code the storefront acts on is
 * one a contract declares (or one of the application's own, held to the code table), no form reads a
 * plugin's English message, and every code any contract declares is said in en, hi and mr through
 * errorText, the one helper that turns a failure into a sentence.
 */
import fs from "fs"
import path from "path"
import { CommonsErrors } from "@dharavi/commons/contract"
import { JobsErrors } from "@dharavi/jobs/contract"
import { MakerspaceErrors } from "@dharavi/makerspace/contract"
import { MarketplaceErrors } from "@dharavi/marketplace/contract"
import { SearchErrors } from "@dharavi/search/contract"
import { SkillSchoolErrors } from "@dharavi/skill-school/contract"
import { WholesaleErrors } from "@dharavi/wholesale/contract"
import { locales } from "@/i18n/locales"
import { detailValues, errorText, hasCodeText } from "../error-text"
import { FAILURE_KINDS } from "../failures"
import { PlatformErrors } from "../platform-codes"

const CONTRACTS: Record<string, Record<string, string>> = {
  CommonsErrors,
  JobsErrors,
  MakerspaceErrors,
  MarketplaceErrors,
  SearchErrors,
  SkillSchoolErrors,
  WholesaleErrors,
}
const CONTRACT_CODES = new Set(Object.values(CONTRACTS).flatMap((errors) => Object.values(errors)))
const PLATFORM_CODES = new Set<string>(Object.values(PlatformErrors))

const SRC = path.resolve(__dirname, "../..")

function sourceFiles(dir = SRC): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

const sources = sourceFiles().map((file) => ({ file: path.relative(SRC, file), text: fs.readFileSync(file, "utf8") }))

describe("the codes the storefront acts on", () => {
  test("every <Plugin>Errors.<NAME> it names is declared by that plugin's contract", () => {
    const used = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(\w+Errors)\.([A-Z][A-Z0-9_]*)\b/g)].map(([, group, name]) => ({
        file,
        group: group!,
        name: name!,
      }))
    )
    expect(used.length).toBeGreaterThan(20)
    for (const { file, group, name } of used) {
      const declared =
        group === "PlatformErrors" ? (PlatformErrors as Record<string, string>)[name] : CONTRACTS[group]?.[name]
      expect({ file, code: `${group}.${name}`, declared: typeof declared === "string" }).toEqual({
        file,
        code: `${group}.${name}`,
        declared: true,
      })
    }
  })

  test("a code compared as a string literal is a contract's or the application's", () => {
    const literals = sources.flatMap(({ file, text }) =>
      // Error codes are snake_case with an underscore (a country's "in" or a `typeof x.code` is not one).
      [...text.matchAll(/(?<!typeof [\w.]*)\bcode\s*[!=]==\s*"([a-z][a-z0-9]*_[a-z0-9_]+)"/g)].map(([, code]) => ({
        file,
        code: code!,
      }))
    )
    for (const { file, code } of literals) {
      expect({ file, code, known: CONTRACT_CODES.has(code) || PLATFORM_CODES.has(code) }).toEqual({
        file,
        code,
        known: true,
      })
    }
  })

  test("no plugin error is read from its message: only Medusa's uncoded validation message names fields", () => {
    const readsMessage =
      /\.(?:test|exec|match)\(\s*[\w.]*message\b|message\)?\.(?:match|includes|startsWith)\(|parseRuleProblems|uploadProblemFromMessage/
    for (const { file, text } of sources)
      expect({ file, readsMessage: readsMessage.test(text) }).toEqual({ file, readsMessage: false })
    // The forms' field finders get their text from validationMessage alone.
    const fieldFinders = sources.filter(
      ({ text }) => /(?:apiFieldErrors|jobFieldErrors|companyFieldErrors)\(/.test(text) && /"use server"/.test(text)
    )
    expect(fieldFinders.length).toBeGreaterThan(0)
    for (const { file, text } of fieldFinders)
      expect({ file, validationMessage: text.includes("validationMessage(") }).toEqual({
        file,
        validationMessage: true,
      })
  })

  test("the application's own codes are in the code table (PlatformErrors satisfies it)", () => {
    for (const code of PLATFORM_CODES) expect({ code, text: hasCodeText(code) }).toEqual({ code, text: true })
  })
})

describe("errorText says every contract code in en, hi and mr", () => {
  for (const locale of locales) {
    test(`${locale}: each code has its own sentence, formatted`, () => {
      for (const code of CONTRACT_CODES) {
        for (const kind of ["invalid", "conflict", "not_found"] as const) {
          const text = errorText(locale, { kind, code, details: { room: 4, wanted: 6, skus: ["A-1", "B-2"] } })
          expect({ code, text: text.length > 5 }).toEqual({ code, text: true })
          expect(text).not.toContain("{")
          expect(text).not.toContain("Codes.")
          // Its own text, not the kind's fallback.
          expect({ code, own: text !== errorText(locale, { kind }) }).toEqual({ code, own: true })
        }
      }
    })
  }

  test("Hindi and Marathi texts are their own, not the English one", () => {
    for (const code of CONTRACT_CODES) {
      const en = errorText("en", { kind: "conflict", code })
      expect({ code, hi: errorText("hi", { kind: "conflict", code }) !== en }).toEqual({ code, hi: true })
      expect({ code, mr: errorText("mr", { kind: "conflict", code }) !== en }).toEqual({ code, mr: true })
    }
  })

  test("without a known code: the refused field, else the kind (with the wait)", () => {
    for (const locale of locales) {
      for (const kind of FAILURE_KINDS) {
        const text = errorText(locale, { kind, code: "no_such_code_anywhere", minutes: 3 })
        expect(text).toBe(errorText(locale, { kind, minutes: 3 }))
        expect(text.length).toBeGreaterThan(10)
      }
    }
    expect(errorText("en", { kind: "invalid", field: "quantity" })).toContain("Quantity")
    expect(errorText("en", { kind: "invalid", field: "skills.0.trade" })).toMatch(/trade/i)
    // A throttle's and a refused field's generic codes say less than the failure itself.
    expect(errorText("en", { kind: "rate_limited", code: PlatformErrors.TOO_MANY_ATTEMPTS, minutes: 5 })).toContain("5")
    expect(errorText("en", { kind: "invalid", code: PlatformErrors.INVALID_INPUT, field: "quantity" })).toContain(
      "Quantity"
    )
    // A code says more than its kind: a busy record, a full pool.
    expect(errorText("en", { kind: "conflict", code: CommonsErrors.POOL_FULL })).not.toBe(
      errorText("en", { kind: "conflict" })
    )
  })

  test("details become ICU values: numbers and strings as they are, lists joined, the rest left out", () => {
    expect(
      detailValues({
        room: 4,
        wanted: 6,
        seller: "Imran",
        skus: ["A-1", "B-2"],
        problems: [{ code: "x" }],
        nothing: null,
      })
    ).toEqual({
      room: 4,
      wanted: 6,
      seller: "Imran",
      skus: "A-1, B-2",
    })
    expect(detailValues(undefined)).toEqual({})
  })
})
